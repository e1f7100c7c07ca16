/* Maps: any per-query JSON Lines or CSV log read as canonical trace
 * records by a mapping file (ipwsim-convert(1), MAPS). A map says, for
 * each canonical field, where its value is in a source record (a dotted
 * path into nested objects, several paths joined or the first present,
 * a sum over an array) or what constant it is, the unit to convert from,
 * how correctness is decided (a boolean, a threshold on a score or an
 * error, a set of status strings), which records to skip, and, for logs
 * with several configurations a line, the object or array whose entries
 * are the records. The trace readers (trace.h) apply it. */
#ifndef IPW_TRACEMAP_H
#define IPW_TRACEMAP_H

#include <stdint.h>

#include <cjson/cJSON.h>

#include "csv.h"
#include "error.h"
#include "jsonfile.h"
#include "record.h"

#define TRACEMAP_MAX_FROM 8	/* paths of one field */
#define TRACEMAP_MAX_PARTS 16	/* segments of one path */
#define TRACEMAP_MAX_WORDS 32	/* strings of a true, false or in list */
#define TRACEMAP_MAX_SKIP 16
#define TRACEMAP_MAX_PATHS (RF_COUNT * (TRACEMAP_MAX_FROM + 1) + \
    TRACEMAP_MAX_SKIP)

enum tracemap_format { TRACEMAP_AUTO, TRACEMAP_JSONL, TRACEMAP_CSV };

struct tracemap_path {
	const char *text;	/* as the map writes it */
	int id;			/* index among the map's paths */
	int root;		/* "$.a.b": from the line's root, not the entry */
	int key;		/* "$key": the entry's name (or index) */
	int nparts;
	char *part[TRACEMAP_MAX_PARTS];
	int sum_after;		/* "a[].b": part sum_after is an array whose
				 * elements' rest is summed; -1: none */
	char *copy;		/* the text split into parts (owned) */
};

struct tracemap_rule {
	int set;
	char where[48];		/* "fields.energy_j", for map errors */
	const cJSON *value;	/* a constant, or NULL */
	struct tracemap_path from[TRACEMAP_MAX_FROM];
	int nfrom;
	const char *join;	/* concatenate every path; NULL: the first
				 * present */
	double scale;		/* the unit's factor to the canonical unit */
	const char *hash;	/* text: this prefix and a hash of it */
	const char *truths[TRACEMAP_MAX_WORDS], *falses[TRACEMAP_MAX_WORDS];
	int ntrue, nfalse;
	double at_least, at_most;	/* correct: NaN when not given */
	int optional;		/* a path the source lacks leaves it unset */
	struct tracemap_path unless;	/* present and not null: unset */
	int has_unless;
	struct tracemap_rule *fallback;	/* "else": when every path is
					 * absent (owned) */
};

struct tracemap_skip {
	char where[32];		/* "skip[2]" */
	struct tracemap_path path;
	const char *in[TRACEMAP_MAX_WORDS];
	int nin;
	int missing;		/* skip when the path is absent or null */
};

struct tracemap {
	struct jsondoc doc;	/* kept for the positions of its fields */
	enum tracemap_format format;
	struct tracemap_path each;
	int has_each;
	struct tracemap_rule rule[RF_COUNT];
	struct tracemap_skip skip[TRACEMAP_MAX_SKIP];
	int nskip;
	int npaths;
};

/* Reads and checks a map; errors name the map's line and column (65),
 * or the file (66). */
int tracemap_load(struct tracemap *m, const char *path, struct ipw_error *err);
void tracemap_release(struct tracemap *m);
/* "accelerator, model" and so on: whether the map gives the field. */
int tracemap_gives(const struct tracemap *m, int field);

/* One source record: a JSON line (the entry under "each", else the
 * root) or a CSV record with the columns its paths name. */
struct tracemap_src {
	const cJSON *root, *entry;
	const char *key;		/* the entry's name, or NULL */
	const struct csv_reader *csv;
	const int *col;			/* per path id: column, or -1 */
};

/* Per-input state: the texts built for the record being mapped (joined
 * ids, hashes, numbers as text) and what was skipped. */
struct tracemap_state {
	char text[RF_COUNT][RECORD_MAX_TEXT + 1];
	uint64_t skipped[TRACEMAP_MAX_SKIP];
	int col[TRACEMAP_MAX_PATHS];
};

/* Resolves the CSV columns the map's paths name, from the header. */
void tracemap_bind_csv(const struct tracemap *m, struct tracemap_state *st,
    const struct csv_reader *header);

enum tracemap_result {
	TRACEMAP_OK,
	TRACEMAP_SKIPPED,	/* by a skip rule */
	TRACEMAP_BAD_VALUE,	/* a source value the field cannot take */
	TRACEMAP_LACKS,		/* the source lacks a path the map names */
};

struct tracemap_fail {
	int field;		/* the canonical field, or -1 (each, skip) */
	const struct tracemap_path *path;	/* the path concerned */
	char where[96];		/* the map's place: "fields.energy_j.from" */
	const char *why;	/* BAD_VALUE: as record_set_* says */
	char shown[80];		/* the value, as text; "" when none */
	int csv_col;		/* the CSV column, or -1 */
};

/* Fills rec (cleared first) from src. */
enum tracemap_result tracemap_apply(const struct tracemap *m,
    struct tracemap_state *st, const struct tracemap_src *src,
    struct record *rec, struct tracemap_fail *fail);
/* The entries of a line under "each" (an object's members or an array's
 * elements); NULL without "each". An error (not an object or array, or
 * absent) leaves *bad set. */
const cJSON *tracemap_entries(const struct tracemap *m, const cJSON *root,
    int *bad);
/* The error about a path the source lacks, at the path's place in the
 * map, naming the first record lacking it (file, line). */
int tracemap_lacks_error(const struct tracemap *m,
    const struct tracemap_fail *f, const char *file, long line,
    struct ipw_error *err);
/* "status in timeout, error" for skip rule i, for the closing note. */
void tracemap_skip_text(const struct tracemap *m, int i, char *buf,
    size_t size);

#endif

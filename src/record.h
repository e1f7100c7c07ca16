/* One canonical trace record: a (query, configuration) measurement, as
 * read from any input format, before it enters the table. The field list
 * is the trace format of ipwsim(5)/README. */
#ifndef IPW_RECORD_H
#define IPW_RECORD_H

/* The longest text field (query_id, model, accelerator, domain, dataset)
 * accepted, in bytes. */
#define RECORD_MAX_TEXT 4096

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "swar.h"

enum rec_field {
	RF_QUERY_ID,
	RF_MODEL,
	RF_ACCELERATOR,
	RF_CORRECT,
	RF_SCORE,
	RF_ENERGY,
	RF_LATENCY,
	RF_TTFT,
	RF_TOKENS_IN,
	RF_TOKENS_OUT,
	RF_POWER,
	RF_FLOPS,
	RF_COST,
	RF_BATCH,
	RF_DOMAIN,
	RF_DATASET,
	RF_P_CORRECT,
	RF_ENERGY_SOURCE,
	RF_ENERGY_SCOPE,
	RF_PRECISION,
	RF_ACCELERATORS,
	RF_COUNT
};

/* RK_ENUM: a word of a fixed vocabulary (prov.h; precision.h for
 * precision, as its index in precision_table), kept as its code in
 * num[] */
enum rec_kind { RK_TEXT, RK_BOOL, RK_REAL, RK_COUNT, RK_ENUM };

struct rec_field_info {
	const char *name;
	size_t len;		/* strlen(name) */
	enum rec_kind kind;
	int required;
};

extern const struct rec_field_info rec_fields[RF_COUNT];

struct record {
	uint32_t have;			/* bit (1 << field) when set */
	const char *text[RF_COUNT];	/* RK_TEXT fields; not owned */
	size_t text_len[RF_COUNT];
	double num[RF_COUNT];		/* every other kind */
};

/* The most devices a replica may have (accelerators). */
#define RECORD_MAX_DEVICES 4096

#define REC_HAS(r, f) (((r)->have >> (f)) & 1u)

/* Field named name[0..len), or -1. */
int record_field(const char *name, size_t len);

/* a[0..len) == b[0..len), for any len: the 4 to 16 bytes of a field
 * name or a short text by two overlapping words rather than a call. */
static inline int
record_same_bytes(const char *a, const char *b, size_t len)
{
	if (len >= 8 && len <= 16)
		return swar_load8(a) == swar_load8(b) &&
		    swar_load8(a + len - 8) == swar_load8(b + len - 8);
	if (len >= 4 && len < 8)
		return swar_load4(a) == swar_load4(b) &&
		    swar_load4(a + len - 4) == swar_load4(b + len - 4);
	return memcmp(a, b, len) == 0;
}

void record_clear(struct record *r);
/* Set from text (CSV cells); an empty cell leaves an optional field
 * unset. On error returns -1 and points *why at a message fragment. */
int record_set_text(struct record *r, int field, const char *s, size_t len,
    const char **why);
/* Set from a number or boolean (JSON); same checks as above. */
int record_set_number(struct record *r, int field, double v,
    const char **why);
int record_set_string(struct record *r, int field, const char *s,
    size_t len, const char **why);
/* Derives correct from score when needed and checks required fields.
 * Returns -1 and the first missing field's index in *missing. */
int record_finish(struct record *r, double score_threshold, int *missing);

#endif

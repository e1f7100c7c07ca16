#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pthread.h>

#include <cjson/cJSON.h>

#include "csv.h"
#include "jsonfile.h"
#include "jsonarena.h"
#include "jsonstrict.h"
#include "record.h"
#include "strtab.h"
#include "suggest.h"
#include "swar.h"
#include "output.h"
#include "prov.h"
#include "trace.h"
#include "tracemap.h"
#include "workers.h"

#define PROGRESS_EVERY 65536
/* Distinct unknown fields an input is warned about; past that they are
 * ignored without a word (the first ones say what is wrong). */
#define TRACE_MAX_UNKNOWN 32

#define FAST_ORDER 32	/* key places the fast JSON scan remembers */
#define PREFETCH_AHEAD 8	/* records a commit asks memory for ahead */

/* State shared by the three readers while one input is read. */
struct reader {
	struct table *t;
	const struct trace_options *o;
	struct ipw_errlist *errs;
	struct input in;
	uint32_t file;
	uint64_t records;	/* records added from this input */
	uint64_t seen;		/* valid records read, other shards' too */
	int failed;		/* some error was reported */
	int stop;		/* the error list is full */
	struct record *rec;	/* the record being read: own, or a chunk's */
	const uint32_t *id_hash;	/* a chunk's hash of its id, or NULL */
	signed char key_order[FAST_ORDER];	/* the fast scan's (fast_ctx) */
	struct record own;
	long line;		/* line of the record being read */
	const char *text;	/* its text, to find a field's column */
	const char *text_end;	/* text + its length */
	/* unknown fields already warned about in this input */
	char *unknown[TRACE_MAX_UNKNOWN];
	size_t unknown_len[TRACE_MAX_UNKNOWN];
	int nunknown;
	/* records skipped (--skip-unscored, --skip-unmeasured), by
	 * configuration; past TRACE_MAX_SKIPPED configurations, in other */
	struct skipped {
		char config[2 * RECORD_MAX_TEXT + 2];
		uint64_t n[2];	/* unscored, unmeasured */
	} *skipped;
	int nskipped;
	uint64_t skipped_other[2];
	/* harness: where correctness came from, in records */
	uint64_t from_eval, from_lm;
	/* QueryTrace: the run's summary.json (NULL when there is none),
	 * and the model, accelerator and dataset every record takes, from
	 * the options or it; looked up at the first record */
	cJSON *summary;
	int meta_read;
	const char *qt_model, *qt_accel, *qt_dataset;
	/* the energy provenance of this input's format, for records that
	 * state none (prov.h codes; 0: unstated) */
	int fmt_source, fmt_scope;
	/* a map's per-input state (NULL without --map) */
	struct tracemap_state *mst;
};

#define TRACE_MAX_SKIPPED 64

void
trace_options_init(struct trace_options *o)
{
	memset(o, 0, sizeof(*o));
	o->format = TRACE_AUTO;
	o->score_threshold = 0.5;
}

const char *
trace_format_name(enum trace_format f)
{
	static const char *const names[] = { "auto", "jsonl", "csv",
		"harness", "querytrace" };
	return names[f];
}

int
trace_format_parse(const char *s, enum trace_format *f)
{
	for (int i = TRACE_AUTO; i <= TRACE_QUERYTRACE; i++)
		if (strcmp(s, trace_format_name((enum trace_format)i)) == 0) {
			*f = (enum trace_format)i;
			return 0;
		}
	return -1;
}

static void
report(struct reader *r, struct ipw_error *e, long line, long col)
{
	ipw_error_at(e, r->in.name, line, col);
	r->failed = 1;
	if (ipw_errlist_add(r->errs, e))
		r->stop = 1;
}

/* Column of `"key"` in the current line, to point at a JSON field. */
static long
key_column(const struct reader *r, const char *key)
{
	char pat[160];
	const char *p;

	if (r->text == NULL)
		return 0;
	snprintf(pat, sizeof(pat), "\"%s\"", key);
	p = strstr(r->text, pat);
	return p ? (long)(p - r->text) + 1 : 0;
}

static void
field_error(struct reader *r, const char *name, const char *why,
    const char *value, long col)
{
	struct ipw_error e;

	if (value != NULL)
		ipw_error_set(&e, IPW_EX_DATAERR, "%s %s: \"%.60s\"", name,
		    why, value);
	else
		ipw_error_set(&e, IPW_EX_DATAERR, "%s %s", name, why);
	report(r, &e, r->line, col);
}

/* Whether key[0..len) is one of the n names. */
static int
in_names(char *const *names, const size_t *lens, int n, const char *key,
    size_t len)
{
	for (int i = 0; i < n; i++)
		if (lens[i] == len && memcmp(names[i], key, len) == 0)
			return 1;
	return 0;
}

static int
unknown_seen(const struct reader *r, const char *key, size_t len)
{
	return in_names(r->unknown, r->unknown_len, r->nunknown, key, len);
}

/* An unknown field of a canonical record or header: a warning once per
 * input, with the nearest known name; an error under --strict. Returns
 * -1 when it was reported as an error. */
static int
unknown_field(struct reader *r, const char *key, size_t len, long line,
    long col)
{
	struct suggest sg;
	struct ipw_error e;
	const char *near;

	if (unknown_seen(r, key, len) || r->nunknown == TRACE_MAX_UNKNOWN)
		return 0;
	if ((r->unknown[r->nunknown] = malloc(len + 1)) != NULL) {
		memcpy(r->unknown[r->nunknown], key, len);
		r->unknown[r->nunknown][len] = '\0';
		r->unknown_len[r->nunknown++] = len;
	}
	suggest_init(&sg, key, len);
	for (int f = 0; f < RF_COUNT; f++)
		suggest_offer(&sg, rec_fields[f].name);
	near = suggest_result(&sg);
	ipw_error_set(&e, IPW_EX_DATAERR, "unknown field \"%.*s\"%s%s%s; "
	    "ignored", (int)(len > 60 ? 60 : len), key,
	    near ? " (did you mean " : "", near ? near : "", near ? "?)" : "");
	ipw_error_at(&e, r->in.name, line, col);
	if (ipw_warn(IPW_WARNING, &e) == 0)
		return 0;
	ipw_error_strict(&e);
	report(r, &e, line, col);
	return -1;
}

static void
missing_error(struct reader *r, const char *prefix, int field)
{
	struct ipw_error e;

	if (field == RF_CORRECT)
		ipw_error_set(&e, IPW_EX_DATAERR, "%scorrect is missing or null "
		    "(give correct or score; --skip-unscored skips such "
		    "records)", prefix);
	else if (field == RF_ENERGY)
		ipw_error_set(&e, IPW_EX_DATAERR, "%senergy_j is missing or null "
		    "(--skip-unmeasured skips such records)", prefix);
	else
		ipw_error_set(&e, IPW_EX_DATAERR, "%s%s is missing", prefix,
		    rec_fields[field].name);
	report(r, &e, r->line, 0);
}

/* The hook for a configuration met for the first time (the table had
 * nc before this record). */
static void
new_config(struct reader *r, uint32_t nc)
{
	struct ipw_error e;

	if (r->t->nc == nc || r->o->new_config == NULL ||
	    r->o->new_config(r->o->new_config_ctx, r->rec, &e) == 0)
		return;
	report(r, &e, r->line, 0);
	r->stop = 1;
}

/* Counts the record being read as skipped (kind 0: no correctness, 1: no
 * energy) under its configuration. Model and accelerator are there:
 * record_finish checks them before correctness and energy. */
static void
skip(struct reader *r, int kind)
{
	char name[sizeof(r->skipped[0].config)];
	int i;

	snprintf(name, sizeof(name), "%.*s@%.*s",
	    (int)r->rec->text_len[RF_MODEL], r->rec->text[RF_MODEL],
	    (int)r->rec->text_len[RF_ACCELERATOR], r->rec->text[RF_ACCELERATOR]);
	for (i = 0; i < r->nskipped; i++)
		if (strcmp(r->skipped[i].config, name) == 0)
			break;
	if (i == r->nskipped) {
		if (r->skipped == NULL)
			r->skipped = calloc(TRACE_MAX_SKIPPED,
			    sizeof(*r->skipped));
		if (r->skipped == NULL || i == TRACE_MAX_SKIPPED) {
			r->skipped_other[kind]++;
			return;
		}
		snprintf(r->skipped[i].config, sizeof(name), "%s", name);
		r->nskipped++;
	}
	r->skipped[i].n[kind]++;
}

/* The notes an input ends with: what was skipped, and where harness
 * correctness came from. */
static void
closing_notes(struct reader *r)
{
	struct ipw_error e;

	for (int i = 0; i <= r->nskipped; i++) {
		const uint64_t *n = i < r->nskipped ? r->skipped[i].n :
		    r->skipped_other;
		if (n[0] + n[1] == 0)
			continue;
		ipw_error_set(&e, 0, "skipped %llu record%s of %s: %llu with "
		    "no correctness (--skip-unscored), %llu with no energy "
		    "(--skip-unmeasured)", (unsigned long long)(n[0] + n[1]),
		    n[0] + n[1] == 1 ? "" : "s", i < r->nskipped ?
		    r->skipped[i].config : "other configurations",
		    (unsigned long long)n[0], (unsigned long long)n[1]);
		ipw_error_at(&e, r->in.name, 0, 0);
		ipw_warn(IPW_NOTE, &e);
	}
	if (r->from_eval + r->from_lm > 0) {
		ipw_error_set(&e, 0, "harness correctness from "
		    "evaluation.is_correct in %llu record%s, from lm_correctness "
		    "in %llu%s", (unsigned long long)r->from_eval,
		    r->from_eval == 1 ? "" : "s",
		    (unsigned long long)r->from_lm, r->from_eval == 0 ?
		    " (no evaluation.is_correct: the run may not have been "
		    "analysed, and lm_correctness defaults to false)" : "");
		ipw_error_at(&e, r->in.name, 0, 0);
		ipw_warn(IPW_NOTE, &e);
	}
}

/* A record's energy_source and energy_scope when it states none: the
 * options' (--energy-source, --energy-scope), else its format's. */
static void
fill_provenance(struct reader *r)
{
	static const int field[2] = { RF_ENERGY_SOURCE, RF_ENERGY_SCOPE };
	int given[2] = { r->o->energy_source, r->o->energy_scope };
	int fmt[2] = { r->fmt_source, r->fmt_scope };

	for (int i = 0; i < 2; i++) {
		int v = given[i] > 0 ? given[i] : fmt[i];
		if (v > 0 && !REC_HAS(r->rec, field[i])) {
			r->rec->num[field[i]] = v;
			r->rec->have |= 1u << field[i];
		}
	}
}

/* Finishes r->rec and adds it to the table. */
static void
commit(struct reader *r, const char *prefix)
{
	struct ipw_error e;
	uint32_t nc;
	int missing;

	fill_provenance(r);
	if (record_finish(r->rec, r->o->score_threshold, &missing) < 0) {
		if ((missing == RF_CORRECT && r->o->skip_unscored) ||
		    (missing == RF_ENERGY && r->o->skip_unmeasured))
			skip(r, missing == RF_ENERGY);
		else
			missing_error(r, prefix, missing);
		return;
	}
	r->seen++;
	if (r->o->record != NULL) {
		/* streamed (convert): not kept */
		if (r->o->record(r->o->record_ctx, r->rec, &e) < 0) {
			report(r, &e, r->line, 0);
			r->stop = 1;
		}
		r->records++;
		return;
	}
	nc = r->t->nc;
	if (r->o->shard_n > 1 && strtab_shard(r->rec->text[RF_QUERY_ID],
	    r->rec->text_len[RF_QUERY_ID], r->o->shard_n) != r->o->shard_k) {
		/* another shard's query: only its configuration is kept */
		if (table_add_config(r->t, r->rec, r->file, r->line, &e) < 0)
			report(r, &e, r->line, 0);
		else
			new_config(r, nc);
		return;
	}
	if ((r->id_hash != NULL ? table_add_hashed(r->t, r->rec, *r->id_hash,
	    r->file, r->line, &e) : table_add(r->t, r->rec, r->file, r->line,
	    &e)) < 0) {
		report(r, &e, r->line, 0);
		return;
	}
	new_config(r, nc);
	r->records++;
	if (r->o->progress != NULL && r->records % PROGRESS_EVERY == 0)
		r->o->progress(r->o->progress_ctx, &r->in, r->records, 0);
}

/* ---- JSON values ------------------------------------------------------ */

/* Sets field of rec from a cJSON value with the trace format's checks
 * (a null leaves it unset); -1 with *why. The fast scan applies the same
 * record_set_* rules to the bytes of the line. */
static int
set_json(struct record *rec, int field, const cJSON *v, const char **why)
{
	if (REC_HAS(rec, field)) {
		*why = "appears twice";
		return -1;
	}
	if (cJSON_IsNull(v))
		return 0;	/* absent; record_finish catches required ones */
	if (cJSON_IsBool(v)) {
		if (rec_fields[field].kind != RK_BOOL) {
			*why = "is a boolean, expected a number";
			return -1;
		}
		return record_set_number(rec, field, cJSON_IsTrue(v), why);
	}
	if (cJSON_IsNumber(v))
		return record_set_number(rec, field, v->valuedouble, why);
	if (cJSON_IsString(v))
		return record_set_string(rec, field, v->valuestring,
		    strlen(v->valuestring), why);
	*why = "has the wrong type (an array or object)";
	return -1;
}

/* The number the current line gives key, as written (at most size - 1
 * bytes of it), or NULL when it cannot be found. */
static const char *
number_text(const struct reader *r, const char *key, char *buf, size_t size)
{
	long col = key_column(r, key);
	const char *p;
	size_t n = 0;

	if (col == 0)
		return NULL;
	p = r->text + col - 1 + strlen(key) + 2;
	while (*p == ' ' || *p == '\t' || *p == ':')
		p++;
	while (n + 1 < size && p[n] != '\0' && strchr("+-.eE0123456789",
	    p[n]) != NULL)
		n++;
	memcpy(buf, p, n);
	buf[n] = '\0';
	return n > 0 ? buf : NULL;
}

static int
json_value(struct reader *r, int field, const cJSON *v, const char *name)
{
	const char *why = NULL, *shown = NULL;
	int twice = REC_HAS(r->rec, field);
	char num[64];

	if (set_json(r->rec, field, v, &why) == 0)
		return 0;
	/* the value, where the record's own checks refused it */
	if (!twice && cJSON_IsNumber(v) && !isfinite(v->valuedouble)) {
		/* a JSON number too large for a double (JSON has no
		 * infinity): shown as written, as a CSV cell would be */
		why = "is out of range";
		shown = number_text(r, name, num, sizeof(num));
	} else if (!twice && cJSON_IsNumber(v)) {
		out_shortest(num, sizeof(num), v->valuedouble);
		shown = num;
	} else if (!twice && cJSON_IsString(v))
		shown = v->valuestring;
	field_error(r, name, why, shown, key_column(r, name));
	return -1;
}

/* The strict check's error, with a hint when the line holds a CR that
 * was meant as a line ending. */
static void
syntax_error(struct reader *r, const char *line, const struct jsonstrict_error *je)
{
	struct ipw_error e;
	int cr = memchr(line, '\r', je->off) != NULL &&
	    strstr(je->what, "after the end") != NULL;

	ipw_error_set(&e, IPW_EX_DATAERR, "malformed JSON: %s%s", je->what,
	    cr ? " (lines ending in a bare CR? records end in LF or CRLF)" :
	    "");
	report(r, &e, r->line, (long)je->off + 1);
}

/* The line as a cJSON object, after the strict syntax check. */
static cJSON *
parse_line(struct reader *r, const char *line, size_t len)
{
	struct jsonstrict_error je;
	struct ipw_error e;
	cJSON *root;

	if (jsonstrict_check(line, len, &je) < 0) {
		syntax_error(r, line, &je);
		return NULL;
	}
	if ((root = cJSON_ParseWithLengthOpts(line, len, NULL, 0)) == NULL) {
		ipw_error_set(&e, IPW_EX_DATAERR, "malformed JSON");
		report(r, &e, r->line, 0);
		return NULL;
	}
	if (!cJSON_IsObject(root)) {
		ipw_error_set(&e, IPW_EX_DATAERR, "expected a JSON object");
		report(r, &e, r->line, 1);
		return NULL;
	}
	return root;
}

/* ---- the fast path for flat canonical lines ---------------------------
 *
 * A canonical record is one flat object of strings, numbers and literals.
 * This scanner reads such a line without building a tree and sets each
 * value in the record by the record's own rules (record_set_number,
 * record_set_string: the checks json_value makes), strings pointing into
 * the line. Anything it is not sure of (escapes, nesting, odd numbers,
 * control characters, an empty object, a name given twice, a value the
 * record refuses) makes it give up: the line then goes through cJSON,
 * which reports syntax errors with their column and bad values at their
 * field, with the same messages. */

/* What the fast scan reads besides the line: where it ends and the
 * unknown keys already warned about (skipped without a word); a parsing
 * thread holds its own copy. */
struct fast_ctx {
	const char *end;
	char *const *unknown;
	const size_t *unknown_len;
	int nunknown;
	/* the field at each place of the last line read (-1: unknown or
	 * none), tried first: lines list their keys in one order */
	signed char *order;
};

static int
seen_in(const struct fast_ctx *x, const char *key, size_t len)
{
	return in_names(x->unknown, x->unknown_len, x->nunknown, key, len);
}

static const char *
skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* The bytes of w that are a quote, a backslash, a control byte or not
 * ASCII, as their high bits; exact up to the first such byte, which is
 * all the caller uses. */
static inline uint64_t
special_bytes(uint64_t w)
{
	return swar_equal(w, '"') | swar_equal(w, '\\') | swar_below(w, 0x20) |
	    (w & SWAR_HIGHS);
}

/* A string token at p (after its opening quote): its end, or NULL. Plain
 * bytes are passed over eight at a time up to the first byte that needs
 * a look. */
static inline const char *
fast_string(const char *p, const char *end)
{
	for (;;) {
		size_t n = 1;
		while (end - p >= 8) {
			uint64_t m = special_bytes(swar_load8(p));
			if (m != 0) {
				p += swar_first(m);
				break;
			}
			p += 8;
		}
		if (p >= end)
			return NULL;
		if (*p == '"')
			return p;
		if (*p == '\\' || (unsigned char)*p < 0x20)
			return NULL;
		if ((unsigned char)*p >= 0x80 && (n = jsonstrict_utf8(
		    (const unsigned char *)p, (const unsigned char *)end)) == 0)
			return NULL;
		p += n;
	}
}

/* The value at p into field f of rec (f < 0: an unknown field, the
 * value only passed over). Returns its end, or NULL to give up. */
static const char *
fast_value(const struct fast_ctx *x, const char *p, int f,
    struct record *rec)
{
	const char *end, *why;
	double v;

	if (*p == '"') {
		if ((end = fast_string(p + 1, x->end)) == NULL || (f >= 0 &&
		    record_set_string(rec, f, p + 1, (size_t)(end - p - 1),
		    &why) < 0))
			return NULL;
		return end + 1;
	}
	if (*p == '-' || (*p >= '0' && *p <= '9')) {
		if ((end = jsonstrict_scan_number(p, x->end, &v)) == NULL ||
		    (f >= 0 && record_set_number(rec, f, v, &why) < 0))
			return NULL;
		return end;
	}
	if (x->end - p >= 4 && memcmp(p, "null", 4) == 0)
		return p + 4;	/* absent; record_finish catches required ones */
	v = x->end - p >= 4 && memcmp(p, "true", 4) == 0 ? 1 :
	    x->end - p >= 5 && memcmp(p, "false", 5) == 0 ? 0 : -1;
	if (v < 0 || (f >= 0 && (rec_fields[f].kind != RK_BOOL ||
	    record_set_number(rec, f, v, &why) < 0)))
		return NULL;
	return p + (v == 1 ? 4 : 5);
}

/* Whether an unknown key is the line's second of that name (the strict
 * check refuses a name given twice); past four unknown keys the line is
 * left to the cJSON path. */
static int
fast_unknown_twice(const char *key, size_t len, const char **other,
    int *nother)
{
	for (int i = 0; i < *nother; i++)
		if (strncmp(other[i], key, len) == 0 && other[i][len] == '"')
			return 1;
	if (*nother == 4)
		return 1;
	other[(*nother)++] = key;
	return 0;
}

/* Scans the line into rec: 1, or 0 to give up (rec is then partly
 * set; the cJSON path starts it again). */
static int
fast_scan(const struct fast_ctx *x, const char *p, struct record *rec)
{
	const char *other[4];
	uint32_t named = 0;	/* the known fields met, null ones too */
	int nother = 0, k = 0;

	record_clear(rec);
	p = skip_ws(p);
	if (*p != '{' || *(p = skip_ws(p + 1)) != '"')
		return 0;
	for (;;) {
		const char *key = p + 1, *kend;
		int f = k < FAST_ORDER ? x->order[k] : -1;
		/* the last line's key at this place, quote and all: a field
		 * name has no byte a string scan would stop at */
		if (f >= 0 && (size_t)(x->end - key) > rec_fields[f].len &&
		    key[rec_fields[f].len] == '"' && record_same_bytes(key,
		    rec_fields[f].name, rec_fields[f].len))
			kend = key + rec_fields[f].len;
		else {
			if ((kend = fast_string(key, x->end)) == NULL)
				return 0;
			f = record_field(key, (size_t)(kend - key));
			if (k < FAST_ORDER)
				x->order[k] = (signed char)f;
		}
		k++;
		if (*(p = skip_ws(kend + 1)) != ':')
			return 0;
		if (f < 0 && x->nunknown < TRACE_MAX_UNKNOWN &&
		    !seen_in(x, key, (size_t)(kend - key)))
			return 0;	/* the cJSON path warns about it */
		if (f < 0 && fast_unknown_twice(key, (size_t)(kend - key),
		    other, &nother))
			return 0;	/* the cJSON path refuses it */
		if (f >= 0 && (named >> f & 1u))
			return 0;	/* given twice: the cJSON path refuses it */
		named |= f >= 0 ? 1u << f : 0;
		if ((p = fast_value(x, skip_ws(p + 1), f, rec)) == NULL)
			return 0;
		p = skip_ws(p);
		if (*p == '}')
			return skip_ws(p + 1) == x->end;
		if (*p != ',' || *(p = skip_ws(p + 1)) != '"')
			return 0;
	}
}

/* 1: the line was read (a record added or an error reported); 0: it
 * needs the cJSON path. */
static int
jsonl_fast(struct reader *r, const char *line)
{
	struct fast_ctx x;

	x.end = r->text_end;
	x.unknown = r->unknown;
	x.unknown_len = r->unknown_len;
	x.nunknown = r->nunknown;
	x.order = r->key_order;
	if (!fast_scan(&x, line, r->rec))
		return 0;
	commit(r, "");
	return 1;
}

static void
jsonl_line(struct reader *r, const char *line, size_t len)
{
	cJSON *root, *item;

	if (jsonl_fast(r, line))
		return;
	if ((root = parse_line(r, line, len)) == NULL)
		return;
	record_clear(r->rec);
	/* One walk over the object; an unknown key is a warning (once per
	 * input) and otherwise ignored, so that traces may carry extra
	 * columns. */
	for (item = root->child; item != NULL; item = item->next) {
		size_t klen = strlen(item->string);
		int f = record_field(item->string, klen);
		if (f < 0 ? unknown_field(r, item->string, klen, r->line,
		    key_column(r, item->string)) < 0 :
		    json_value(r, f, item, item->string) < 0)
			break;
	}
	if (item == NULL)
		commit(r, "");
}

/* ---- harness ProfilingRecord ------------------------------------------ */

static const cJSON *
member(const cJSON *o, const char *key)
{
	return cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) :
	    NULL;
}

/* A query id from dataset_metadata (*id points into the tree, whole,
 * so that the record's length check sees it), or one written into buf:
 * a number's digits, or a hash of the problem text. */
static int
harness_query_id(const cJSON *root, char *buf, size_t size, const char **id)
{
	const cJSON *meta = member(root, "dataset_metadata");
	const char *keys[] = { "query_id", "id", "question_id", "uid" };
	const cJSON *v, *problem = member(root, "problem");

	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		v = member(meta, keys[i]);
		if (cJSON_IsString(v) && v->valuestring[0] != '\0') {
			*id = v->valuestring;
			return 0;
		}
		if (cJSON_IsNumber(v)) {
			out_shortest(buf, size, v->valuedouble);
			*id = buf;
			return 0;
		}
	}
	if (!cJSON_IsString(problem))
		return -1;
	snprintf(buf, size, "problem:%016llx",
	    (unsigned long long)strtab_hash64(problem->valuestring));
	*id = buf;
	return 0;
}

struct harness_path {
	const char *group, *key;
	int field;
};

static const struct harness_path harness_paths[] = {
	{ "energy_metrics", "per_query_joules", RF_ENERGY },
	{ "latency_metrics", "total_query_seconds", RF_LATENCY },
	{ "latency_metrics", "time_to_first_token_seconds", RF_TTFT },
	{ "token_metrics", "input", RF_TOKENS_IN },
	{ "token_metrics", "output", RF_TOKENS_OUT },
	{ "compute_metrics", "flops_per_request", RF_FLOPS },
	{ "cost", "total_cost_usd", RF_COST },
	{ NULL, "lm_correctness", RF_CORRECT },
};

static int
harness_text(struct reader *r, int field, const char *s, const char *name)
{
	const char *why;

	if (s == NULL || s[0] == '\0')
		return 0;
	if (record_set_string(r->rec, field, s, strlen(s), &why) < 0) {
		field_error(r, name, why, s, key_column(r, name));
		return -1;
	}
	return 0;
}

static void
harness_model(struct reader *r, const cJSON *root, const char *qid,
    const cJSON *mm)
{
	const cJSON *meta = member(root, "dataset_metadata");
	const cJSON *gpu = member(member(mm, "gpu_info"), "name");
	const char *accel = r->o->accelerator;
	const cJSON *ds = member(meta, "dataset"), *eval;
	char prefix[256];

	if (ds == NULL)
		ds = member(meta, "dataset_name");
	if (accel == NULL && cJSON_IsString(gpu))
		accel = gpu->valuestring;
	snprintf(prefix, sizeof(prefix), "model_metrics.%s: ", mm->string);
	record_clear(r->rec);
	if (harness_text(r, RF_QUERY_ID, qid, "query id") < 0 ||
	    harness_text(r, RF_MODEL, mm->string, "model") < 0 ||
	    harness_text(r, RF_DOMAIN, cJSON_GetStringValue(member(root,
	    "subject")), "subject") < 0 ||
	    harness_text(r, RF_DATASET, cJSON_GetStringValue(ds),
	    "dataset_metadata.dataset") < 0)
		return;
	if (accel == NULL) {
		struct ipw_error e;
		ipw_error_set(&e, IPW_EX_DATAERR, "%sgpu_info.name is missing "
		    "(name the accelerator with --accelerator)", prefix);
		report(r, &e, r->line, key_column(r, mm->string));
		return;
	}
	harness_text(r, RF_ACCELERATOR, accel, "gpu_info.name");
	/* an analysed run's verdict, the model's own or the record's, is
	 * the correctness; lm_correctness only without it */
	eval = member(member(mm, "evaluation"), "is_correct");
	if (eval == NULL)
		eval = member(member(root, "evaluation"), "is_correct");
	for (size_t i = 0; i < sizeof(harness_paths) /
	    sizeof(harness_paths[0]); i++) {
		const struct harness_path *p = &harness_paths[i];
		const cJSON *g = p->group ? member(mm, p->group) : mm;
		const cJSON *v = member(g, p->key);
		const char *name = p->key;
		if (p->field == RF_CORRECT && eval != NULL) {
			v = eval;
			name = "is_correct";
		}
		if (v != NULL && json_value(r, p->field, v, name) < 0)
			return;
	}
	if (eval != NULL)
		r->from_eval++;
	else if (member(mm, "lm_correctness") != NULL)
		r->from_lm++;
	commit(r, prefix);
}

static void
harness_line(struct reader *r, const char *line, size_t len)
{
	cJSON *root = parse_line(r, line, len);
	const cJSON *mm, *models;
	char buf[64];
	const char *qid;
	struct ipw_error e;

	if (root == NULL)
		return;
	models = member(root, "model_metrics");
	if (!cJSON_IsObject(models) || models->child == NULL) {
		ipw_error_set(&e, IPW_EX_DATAERR, "model_metrics is missing or "
		    "empty");
		report(r, &e, r->line, 0);
	} else if (harness_query_id(root, buf, sizeof(buf), &qid) < 0) {
		ipw_error_set(&e, IPW_EX_DATAERR, "problem is missing (and "
		    "dataset_metadata has no query_id)");
		report(r, &e, r->line, 0);
	} else
		cJSON_ArrayForEach(mm, models) {
			if (r->stop)
				break;
			harness_model(r, root, qid, mm);
		}
}

/* ---- harness QueryTrace ----------------------------------------------- */

/* The first non-empty string among keys in the config of the run's
 * summary.json; NULL when none. */
static const char *
summary_text(const struct reader *r, const char *const *keys)
{
	const cJSON *config = member(r->summary, "config");

	for (; *keys != NULL; keys++) {
		const char *v = cJSON_GetStringValue(member(config, *keys));
		if (v != NULL && *v != '\0')
			return v;
	}
	return NULL;
}

/* The model, accelerator and dataset of the input's QueryTraces: the
 * options', else those of the summary.json next to the input (read once;
 * its errors are at their place in it). -1 when it cannot be read. */
static int
querytrace_meta(struct reader *r)
{
	static const char *const model_keys[] = { "model", NULL };
	static const char *const accel_keys[] = { "accelerator", "hardware",
		"gpu_name", "gpu", NULL };
	static const char *const dataset_keys[] = { "dataset", NULL };
	char path[sizeof(r->in.name) + 16];
	const char *slash = strrchr(r->in.name, '/');
	struct ipw_error e;

	if (r->meta_read)
		return 0;
	r->meta_read = 1;
	snprintf(path, sizeof(path), "%.*ssummary.json", slash ?
	    (int)(slash - r->in.name + 1) : 0, r->in.name);
	if (strcmp(r->in.name, "<stdin>") != 0 && access(path, F_OK) == 0) {
		int rc;
		/* the tree outlives the line: not in the line's arena */
		jsonarena_suspend();
		rc = jsonfile_read(path, &r->summary, &e);
		jsonarena_resume();
		if (rc < 0) {
			r->failed = r->stop = 1;
			ipw_errlist_add(r->errs, &e);
			return -1;
		}
	}
	r->qt_model = r->o->model != NULL ? r->o->model :
	    summary_text(r, model_keys);
	r->qt_accel = r->o->accelerator != NULL ? r->o->accelerator :
	    summary_text(r, accel_keys);
	r->qt_dataset = summary_text(r, dataset_keys);
	return 0;
}

/* A sum over the turns of one numeric field; *any is whether a turn had
 * it (not null). -1 when a turn's value is not a number. */
static int
turn_sum(struct reader *r, const cJSON *turns, const char *key, double *sum,
    int *any)
{
	const cJSON *t;

	*sum = 0;
	*any = 0;
	cJSON_ArrayForEach(t, turns) {
		const cJSON *v = member(t, key);
		if (v == NULL || cJSON_IsNull(v))
			continue;
		if (!cJSON_IsNumber(v)) {
			field_error(r, key, "is not a number (in a turn)", NULL,
			    key_column(r, key));
			return -1;
		}
		*sum += v->valuedouble;
		*any = 1;
	}
	return 0;
}

static int
qt_number(struct reader *r, int field, double v, const char *name)
{
	const char *why;
	char num[64];

	if (record_set_number(r->rec, field, v, &why) == 0)
		return 0;
	out_shortest(num, sizeof(num), v);
	field_error(r, name, why, num, key_column(r, name));
	return -1;
}

/* One QueryTrace (ipw run, ipw bench): a query of one model, its turns
 * summed. */
static void
querytrace_line(struct reader *r, const char *line, size_t len)
{
	cJSON *root = parse_line(r, line, len);
	const cJSON *turns, *v, *cv;
	const char *ck;
	double sum;
	int any;
	struct ipw_error e;

	if (root == NULL || querytrace_meta(r) < 0)
		return;
	record_clear(r->rec);
	if (r->qt_model == NULL || r->qt_accel == NULL) {
		const char *what = r->qt_model == NULL ? "model" :
		    "accelerator";
		ipw_error_set(&e, IPW_EX_DATAERR, "a QueryTrace names no %s: "
		    "give --%s (no summary.json next to the trace gives "
		    "config.%s)", what, what, what);
		report(r, &e, r->line, 0);
		r->stop = 1;
		return;
	}
	v = member(root, "query_id");
	if ((v != NULL && json_value(r, RF_QUERY_ID, v, "query_id") < 0) ||
	    harness_text(r, RF_MODEL, r->qt_model, "model") < 0 ||
	    harness_text(r, RF_ACCELERATOR, r->qt_accel, "accelerator") < 0 ||
	    harness_text(r, RF_DATASET, r->qt_dataset, "dataset") < 0)
		return;
	/* correctness: is_resolved (or --correct-from), none when the
	 * harness says it could not be scored */
	ck = r->o->correct_from != NULL ? r->o->correct_from : "is_resolved";
	cv = member(root, ck);
	v = member(root, "unscorable_reason");
	if (cv != NULL && (v == NULL || cJSON_IsNull(v)) &&
	    json_value(r, RF_CORRECT, cv, ck) < 0)
		return;
	turns = member(root, "turns");
	if (turns != NULL && !cJSON_IsArray(turns)) {
		field_error(r, "turns", "is not an array", NULL,
		    key_column(r, "turns"));
		return;
	}
	/* energy: the turns' GPU energy, else the query's */
	if (turn_sum(r, turns, "gpu_energy_joules", &sum, &any) < 0)
		return;
	if (any) {
		if (qt_number(r, RF_ENERGY, sum, "gpu_energy_joules") < 0)
			return;
	} else if ((v = member(root, "query_gpu_energy_joules")) != NULL &&
	    json_value(r, RF_ENERGY, v, "query_gpu_energy_joules") < 0)
		return;
	if (turn_sum(r, turns, "input_tokens", &sum, &any) < 0 ||
	    qt_number(r, RF_TOKENS_IN, sum, "input_tokens") < 0 ||
	    turn_sum(r, turns, "output_tokens", &sum, &any) < 0 ||
	    qt_number(r, RF_TOKENS_OUT, sum, "output_tokens") < 0 ||
	    turn_sum(r, turns, "cost_usd", &sum, &any) < 0 ||
	    (any && qt_number(r, RF_COST, sum, "cost_usd") < 0))
		return;
	if ((v = member(root, "total_wall_clock_s")) != NULL &&
	    json_value(r, RF_LATENCY, v, "total_wall_clock_s") < 0)
		return;
	commit(r, "");
}

/* ---- CSV -------------------------------------------------------------- */

struct csv_header {
	int ncols;
	int field_of[CSV_MAX_FIELDS];	/* column -> field, -1 ignored */
};

static int
csv_header(struct reader *r, struct csv_reader *cr, struct csv_header *h)
{
	int col_of[RF_COUNT];
	struct ipw_error e;

	for (int f = 0; f < RF_COUNT; f++)
		col_of[f] = -1;
	h->ncols = cr->nfields;
	for (int i = 0; i < cr->nfields; i++) {
		int f = record_field(cr->field[i], cr->flen[i]);
		h->field_of[i] = f;
		if (f < 0) {
			if (unknown_field(r, cr->field[i], cr->flen[i],
			    cr->line, cr->fcol[i]) < 0)
				return -1;
			continue;
		}
		if (col_of[f] >= 0) {
			ipw_error_set(&e, IPW_EX_DATAERR, "header names %s "
			    "twice", rec_fields[f].name);
			report(r, &e, cr->line, cr->fcol[i]);
			return -1;
		}
		col_of[f] = i;
	}
	for (int f = 0; f < RF_COUNT; f++) {
		int need = rec_fields[f].required ||
		    (f == RF_CORRECT && col_of[RF_SCORE] < 0);
		if (need && col_of[f] < 0) {
			ipw_error_set(&e, IPW_EX_DATAERR, "header has no %s "
			    "column%s", rec_fields[f].name, f == RF_CORRECT ?
			    " (nor score)" : "");
			report(r, &e, cr->line, 0);
			return -1;
		}
	}
	return 0;
}

static void
csv_record(struct reader *r, struct csv_reader *cr, const struct csv_header *h)
{
	struct ipw_error e;
	const char *why;

	r->line = cr->line;
	if (csv_check_width(cr, h->ncols, &e) < 0) {
		report(r, &e, cr->line, 0);
		return;
	}
	record_clear(r->rec);
	for (int i = 0; i < cr->nfields; i++) {
		int f = h->field_of[i];
		if (f < 0)
			continue;
		if (record_set_text(r->rec, f, cr->field[i], cr->flen[i],
		    &why) < 0) {
			field_error(r, rec_fields[f].name, why, cr->field[i],
			    cr->fcol[i]);
			return;
		}
	}
	commit(r, "");
}

static int ingest_threads(const struct trace_options *o);
static int read_parallel(struct reader *r, const char *first,
    size_t first_len, int nworkers, struct csv_reader *csv,
    const struct csv_header *h);

/* A CSV record's fields into rec with csv_record's checks; 0 when it
 * needs the one-thread path (which reports what is wrong). text[len]
 * must be writable: the record is split in place. */
static int
csv_fast_record(const struct csv_header *h, char *text, size_t len,
    struct record *rec)
{
	struct csv_reader cr;
	struct ipw_error e;
	const char *why;

	/* what csv_split reads of it (its error is not kept: the one-thread
	 * path says what is wrong); the field arrays, 6 KB, are its to fill */
	cr.in = NULL;
	cr.line = 0;
	if (csv_split(&cr, text, len, &e) < 0 || cr.nfields != h->ncols)
		return 0;
	record_clear(rec);
	for (int i = 0; i < cr.nfields; i++) {
		int f = h->field_of[i];
		if (f >= 0 && record_set_text(rec, f, cr.field[i], cr.flen[i],
		    &why) < 0)
			return 0;
	}
	return 1;
}

static void
read_csv(struct reader *r)
{
	struct csv_reader cr;
	struct csv_header h;
	struct ipw_error e;
	int rc;

	csv_init(&cr, &r->in);
	rc = csv_read(&cr, &e);
	if (rc > 0 && csv_header(r, &cr, &h) == 0) {
		int threads = ingest_threads(r->o);
		/* on several threads, or, should they not start, on this one */
		if (threads > 1 && read_parallel(r, NULL, 0, threads, &cr,
		    &h) == 0) {
			csv_release(&cr);
			return;
		}
		while (!r->stop && (rc = csv_read(&cr, &e)) != 0) {
			if (rc < 0) {
				/* A broken quote loses the record boundary:
				 * the rest of the input cannot be trusted. */
				report(r, &e, e.line, e.col);
				break;
			}
			csv_record(r, &cr, &h);
		}
	} else if (rc < 0)
		report(r, &e, e.line, e.col);
	csv_release(&cr);
}

/* ---- any log, by a map ------------------------------------------------ */

/* One source record through the map, into the table. */
static void
map_one(struct reader *r, const struct tracemap_src *src, const char *prefix)
{
	const struct tracemap *m = r->o->map;
	struct tracemap_fail fail;
	struct ipw_error e;
	char name[160];
	long col;

	switch (tracemap_apply(m, r->mst, src, r->rec, &fail)) {
	case TRACEMAP_SKIPPED:
		return;
	case TRACEMAP_LACKS:
		/* the map and the source disagree: at the map's place */
		tracemap_lacks_error(m, &fail, r->in.name, r->line, &e);
		r->failed = r->stop = 1;
		ipw_errlist_add(r->errs, &e);
		return;
	case TRACEMAP_BAD_VALUE:
		snprintf(name, sizeof(name), "%s%s (%s)", prefix, fail.path->text,
		    rec_fields[fail.field].name);
		col = src->csv != NULL ? (fail.csv_col >= 0 ?
		    src->csv->fcol[fail.csv_col] : 0) : key_column(r,
		    fail.path->nparts > 0 ? fail.path->part[fail.path->nparts -
		    1] : fail.path->text);
		field_error(r, name, fail.why, fail.shown[0] ? fail.shown : NULL,
		    col);
		return;
	case TRACEMAP_OK:
		break;
	}
	/* --model and --accelerator for a map that gives neither */
	if (!tracemap_gives(m, RF_MODEL) && r->o->model != NULL)
		harness_text(r, RF_MODEL, r->o->model, "--model");
	if (!tracemap_gives(m, RF_ACCELERATOR) && r->o->accelerator != NULL)
		harness_text(r, RF_ACCELERATOR, r->o->accelerator,
		    "--accelerator");
	commit(r, prefix);
}

static void
map_line(struct reader *r, const char *line, size_t len)
{
	const struct tracemap *m = r->o->map;
	cJSON *root = parse_line(r, line, len);
	struct tracemap_src src = { root, root, NULL, NULL, NULL };
	const cJSON *list, *e;
	struct ipw_error err;
	char prefix[128], index[24];
	int bad, i = 0;

	if (root == NULL)
		return;
	if ((list = tracemap_entries(m, root, &bad)) == NULL) {
		if (!bad) {
			map_one(r, &src, "");
			return;
		}
		ipw_error_set(&err, IPW_EX_DATAERR, "\"%s\" (the map's each) "
		    "is not an object or array here", m->each.text);
		report(r, &err, r->line, 0);
		return;
	}
	cJSON_ArrayForEach(e, list) {
		if (r->stop)
			break;
		src.entry = e;
		if (cJSON_IsObject(list))
			src.key = e->string;
		else {
			snprintf(index, sizeof(index), "%d", i);
			src.key = index;
		}
		snprintf(prefix, sizeof(prefix), "%s.%.80s: ", m->each.text,
		    src.key);
		i++;
		map_one(r, &src, prefix);
	}
}

static void
map_csv(struct reader *r)
{
	struct csv_reader cr;
	struct tracemap_src src = { NULL, NULL, NULL, NULL, r->mst->col };
	struct ipw_error e;
	int rc, ncols;

	csv_init(&cr, &r->in);
	src.csv = &cr;
	rc = csv_read(&cr, &e);
	if (rc > 0) {
		tracemap_bind_csv(r->o->map, r->mst, &cr);
		ncols = cr.nfields;
		while (!r->stop && (rc = csv_read(&cr, &e)) > 0) {
			r->line = cr.line;
			if (cr.nfields != ncols) {
				ipw_error_set(&e, IPW_EX_DATAERR, "record has %d "
				    "fields, the header has %d", cr.nfields,
				    ncols);
				report(r, &e, cr.line, 0);
				continue;
			}
			map_one(r, &src, "");
		}
	}
	if (rc < 0)
		report(r, &e, e.line, e.col);
	csv_release(&cr);
}

/* What the map skipped in this input, rule by rule. */
static void
map_notes(struct reader *r)
{
	struct ipw_error e;
	char rule[256];

	for (int i = 0; i < r->o->map->nskip; i++) {
		uint64_t n = r->mst->skipped[i];
		if (n == 0)
			continue;
		tracemap_skip_text(r->o->map, i, rule, sizeof(rule));
		ipw_error_set(&e, 0, "skipped %llu record%s by the map's %s",
		    (unsigned long long)n, n == 1 ? "" : "s", rule);
		ipw_error_at(&e, r->in.name, 0, 0);
		ipw_warn(IPW_NOTE, &e);
	}
}

/* ---- dispatch --------------------------------------------------------- */

static enum trace_format
sniff(const char *line)
{
	if (strstr(line, "\"model_metrics\""))
		return TRACE_HARNESS;
	if (strstr(line, "\"workload_type\"") && strstr(line, "\"turns\""))
		return TRACE_QUERYTRACE;
	return TRACE_JSONL;
}

/* One line of a JSON Lines input, in the format f sniffed. */
static void
one_line(struct reader *r, enum trace_format f, const char *line, size_t len)
{
	r->line = r->in.line;
	r->text = line;
	r->text_end = line + len;
	if (f == TRACE_HARNESS || f == TRACE_QUERYTRACE) {
		/* the harness reads the GPU's energy counters (NVML,
		 * powermetrics): measured, the accelerator alone */
		r->fmt_source = PROV_SRC_MEASURED;
		r->fmt_scope = PROV_SCOPE_ACCELERATOR;
	}
	if (r->o->map != NULL)
		map_line(r, line, len);
	else if (f == TRACE_HARNESS)
		harness_line(r, line, len);
	else if (f == TRACE_QUERYTRACE)
		querytrace_line(r, line, len);
	else
		jsonl_line(r, line, len);
	/* The line's tree and the record's strings in it are done. */
	jsonarena_reset();
}

/* ---- canonical JSON Lines on several threads ---------------------------
 *
 * The main thread takes the input's bytes (decoded by a thread of their
 * own when compressed) into chunks of whole lines, the partial line at
 * a chunk's end carried to the next, and hands each to a parsing thread,
 * which cuts it into lines as input_getline would and fills a record for
 * every line the fast scan reads cleanly; the main thread then commits
 * the chunks in order, numbering their lines, and sends every other line
 * (an error, an unknown field, escapes, nesting) through the one-thread
 * path above, in its place, and reports where reading stopped (a line
 * too long, a read or decoding error) after the lines before it. So the
 * table, the errors and their positions, and the warnings are those of a
 * one-thread read. CSV comes as raw chunks too, cut into records by
 * the parsing thread as csv_gather reads them (a quoted field's newlines
 * inside its record), the text left as it came; a record the chunk ends
 * inside (its quote still open, or longer than a line may be) sends the
 * bytes from it on back to the input when its chunk is committed (the
 * chunks filled after it are parsed for nothing), and a chunk's worth of
 * records is gathered one by one before raw chunks resume; after
 * RAW_CSV_REREADS of those, records are gathered one by one to the end. */

#define CHUNK_LINES 2048	/* CSV: records a chunk gathers */
#define CHUNK_BYTES ((size_t)1 << 20)	/* bytes a chunk holds, about */
#define RAW_BYTES ((size_t)1 << 19)	/* JSON Lines: bytes a chunk takes */
#define RAW_CSV_BYTES ((size_t)1 << 17)	/* CSV, whose records are shorter:
					 * about CHUNK_LINES of them */
#define RAW_CSV_REREADS 8	/* records across chunks: then one by one */

struct chunk {
	char *text;		/* the lines, each NUL-terminated */
	size_t len, cap;
	char *scratch;		/* CSV: each record copied (raw: its lines
				 * joined as csv_gather joins them) and split
				 * in place */
	uint32_t n, lcap;	/* lines kept, and room for them */
	size_t *off;
	uint32_t *llen;
	long *lineno;		/* raw: from the chunk's first line (1) */
	uint8_t *ok;		/* 1 parsed, 0 the one-thread path */
	struct record *rec;
	uint32_t *id_hash;	/* strtab_hash of an ok record's id */
	/* raw (JSON Lines, and CSV until a quote is seen): text is the
	 * input's bytes as they came, whole lines (the last one may lack
	 * its newline at the end of the input), cut into lines by the
	 * parsing thread */
	int raw;
	int csv;		/* raw CSV: records as csv_gather reads them
				 * (off, llen: the record's bytes in text, its
				 * last line's "\r" left out), only empty lines
				 * between them passed over */
	int open_end;		/* raw CSV: the chunk ends inside a record,
				 * which starts at open_off; nlines counts the
				 * lines before it */
	size_t open_off;
	size_t max_line;	/* the input's bound on a line */
	long nlines;		/* lines cut, blank ones too */
	long too_long;		/* 0, or the line (as lineno) over the bound:
				 * reading stops there */
	int oom;		/* cutting ran out of memory: stops there */
	int has_err;		/* reading stopped after these lines: err */
	struct ipw_error err;
	/* the unknown keys warned about when the chunk was filled */
	char *unknown[TRACE_MAX_UNKNOWN];
	size_t unknown_len[TRACE_MAX_UNKNOWN];
	int nunknown;
	int state;		/* 0 free, 1 to parse, 2 parsing, 3 parsed */
};

struct csv_header;

struct parallel {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	struct chunk *slot;
	int nslots;
	int quit;
	const struct csv_header *csv;	/* CSV records with this header; NULL:
					 * JSON Lines */
};

static int csv_fast_record(const struct csv_header *h, char *text, size_t len,
    struct record *rec);

/* Room for `need` lines; -1 when out of memory. */
static int
lines_room(struct chunk *c, uint32_t need)
{
	uint32_t cap = c->lcap ? c->lcap : CHUNK_LINES;
	void *p;

	if (need <= c->lcap)
		return 0;
	while (cap < need)
		cap *= 2;
#define GROW(a) \
	if ((p = realloc(c->a, cap * sizeof(*c->a))) == NULL) \
		return -1; \
	c->a = p;
	GROW(off) GROW(llen) GROW(lineno) GROW(ok) GROW(rec) GROW(id_hash)
#undef GROW
	c->lcap = cap;
	return 0;
}

/* A raw JSON Lines chunk's text into lines, as input_getline cuts
 * them: at each newline, one "\r" before it dropped, NUL-terminated in
 * place; lines of spaces and tabs counted but not kept; a line longer
 * than the bound ends the cutting there. */
static void
chunk_cut(struct chunk *c)
{
	char *p = c->text, *end = c->text + c->len;
	long rel = 0;

	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((nl != NULL ? nl : end) - p);
		rel++;
		if (n > c->max_line) {
			c->too_long = rel;
			break;
		}
		if (n > 0 && p[n - 1] == '\r')
			n--;
		p[n] = '\0';
		if (strspn(p, " \t") != n) {
			if (lines_room(c, c->n + 1) < 0) {
				c->oom = 1;
				break;
			}
			c->off[c->n] = (size_t)(p - c->text);
			c->llen[c->n] = (uint32_t)n;
			c->lineno[c->n++] = rel;
		}
		p = nl != NULL ? nl + 1 : end;
	}
	c->nlines = rel;
}

/* The next physical line from *p (before end): its length without the
 * newline and one "\r" before it into *n, *p moved past it; 0, or -1
 * when it is longer than the bound. */
static int
next_line(const char **p, const char *end, size_t max_line, size_t *n)
{
	const char *nl = memchr(*p, '\n', (size_t)(end - *p));
	size_t m = (size_t)((nl != NULL ? nl : end) - *p);

	if (m > max_line)
		return -1;
	*n = m > 0 && (*p)[m - 1] == '\r' ? m - 1 : m;
	*p = nl != NULL ? nl + 1 : end;
	return 0;
}

/* A raw CSV chunk's text into records, as csv_gather reads them: empty
 * lines between records passed over, a record's lines while a quoted
 * field is open (csv_quote_open); the text is not changed. A line over
 * the bound ends the cutting there; a record still open at the chunk's
 * end, or longer than the bound, ends it at the record's start
 * (open_end), for the one-thread path to read. */
static void
chunk_cut_csv(struct chunk *c)
{
	const char *p = c->text, *end = c->text + c->len;
	long rel = 0;

	while (p < end) {
		const char *start = p, *last;
		long first = rel + 1;
		size_t n, total;
		int open;
		rel++;
		if (next_line(&p, end, c->max_line, &n) < 0) {
			c->too_long = rel;
			break;
		}
		if (n == 0)
			continue;
		last = start;
		total = n;
		open = csv_quote_open(start, n, 0);
		while (open && p < end) {
			last = p;
			rel++;
			if (next_line(&p, end, c->max_line, &n) < 0) {
				c->too_long = rel;
				c->nlines = rel;
				return;
			}
			if (total + n > c->max_line)
				break;	/* csv_gather's error, on one thread */
			total += 1 + n;
			open = csv_quote_open(last, n, 1);
		}
		if (open) {
			c->open_end = 1;
			c->open_off = (size_t)(start - c->text);
			rel = first - 1;
			break;
		}
		if (lines_room(c, c->n + 1) < 0) {
			c->oom = 1;
			break;
		}
		c->off[c->n] = (size_t)(start - c->text);
		c->llen[c->n] = (uint32_t)(last + n - start);
		c->lineno[c->n++] = first;
	}
	c->nlines = rel;
}

static void
chunk_parse(struct chunk *c, const struct csv_header *csv)
{
	struct fast_ctx x;
	signed char order[FAST_ORDER];

	if (c->raw && c->csv)
		chunk_cut_csv(c);
	else if (c->raw)
		chunk_cut(c);
	memset(order, -1, sizeof(order));
	x.unknown = c->unknown;
	x.unknown_len = c->unknown_len;
	x.nunknown = c->nunknown;
	x.order = order;
	for (uint32_t i = 0; i < c->n; i++) {
		const char *line = c->text + c->off[i];
		if (csv != NULL) {
			/* split a copy: the text stays whole for the one-thread
			 * path (and, raw, for the input should a record cross
			 * the chunk's end) */
			char *copy = c->scratch + c->off[i];
			size_t n = c->llen[i];
			if (c->raw)
				n = csv_join(copy, line, n);
			else
				memcpy(copy, line, n + 1);
			c->ok[i] = (uint8_t)csv_fast_record(csv, copy, n,
			    &c->rec[i]);
			continue;
		}
		x.end = line + c->llen[i];
		c->ok[i] = (uint8_t)fast_scan(&x, line, &c->rec[i]);
	}
	/* the ids' hashes here, so that the committing thread only probes */
	for (uint32_t i = 0; i < c->n; i++)
		if (c->ok[i] && REC_HAS(&c->rec[i], RF_QUERY_ID))
			c->id_hash[i] = strtab_hash(c->rec[i].text[RF_QUERY_ID],
			    c->rec[i].text_len[RF_QUERY_ID]);
}

static void *
parse_worker(void *arg)
{
	struct parallel *pl = arg;

	pthread_mutex_lock(&pl->mu);
	for (;;) {
		struct chunk *c = NULL;
		for (int i = 0; i < pl->nslots && c == NULL; i++)
			if (pl->slot[i].state == 1)
				c = &pl->slot[i];
		if (c == NULL) {
			if (pl->quit)
				break;
			pthread_cond_wait(&pl->work, &pl->mu);
			continue;
		}
		c->state = 2;
		pthread_mutex_unlock(&pl->mu);
		chunk_parse(c, pl->csv);
		pthread_mutex_lock(&pl->mu);
		c->state = 3;
		pthread_cond_broadcast(&pl->done);
	}
	pthread_mutex_unlock(&pl->mu);
	return NULL;
}

/* Room for `want` bytes of text (and the CSV copy); -1 when out of
 * memory. */
static int
text_room(struct chunk *c, size_t want, int csv)
{
	size_t cap = c->cap ? c->cap : CHUNK_BYTES;
	char *t;

	if (want <= c->cap)
		return 0;
	while (cap < want)
		cap *= 2;
	if ((t = realloc(c->text, cap)) == NULL)
		return -1;
	c->text = t;
	if (csv) {
		if ((t = realloc(c->scratch, cap)) == NULL)
			return -1;
		c->scratch = t;
	}
	c->cap = cap;
	return 0;
}

/* Appends a line to c (its number as given); -1 when out of memory. */
static int
chunk_add(struct chunk *c, const char *line, size_t len, long lineno,
    int csv)
{
	if (text_room(c, c->len + len + 1, csv) < 0 ||
	    lines_room(c, c->n + 1) < 0)
		return -1;
	memcpy(c->text + c->len, line, len);
	c->text[c->len + len] = '\0';
	c->off[c->n] = c->len;
	c->llen[c->n] = (uint32_t)len;
	c->lineno[c->n++] = lineno;
	c->len += len + 1;
	return 0;
}

/* The bytes after a raw chunk's last newline, for the next chunk. */
struct carry {
	char *buf;
	size_t len, cap;
};

/* Keeps the chunk's whole lines only. */
static void
whole_lines(struct chunk *c)
{
	const char *nl = memrchr(c->text, '\n', c->len);

	c->len = nl != NULL ? (size_t)(nl - c->text) + 1 : 0;
}

/* Fills c with the input's next whole lines, about RAW_BYTES of them
 * (RAW_CSV_BYTES for CSV; more when a line is longer): the partial line
 * after the last newline goes to cy, cy's from the chunk before comes
 * first. Returns 1 when more may follow, 0 at the end of the input, -1
 * when reading stops after this chunk's lines: at a line too long or an
 * error (read, decoding, memory), which c holds. */
static int
chunk_fill(struct reader *r, struct chunk *c, struct carry *cy, int csv)
{
	size_t step = csv ? RAW_CSV_BYTES : RAW_BYTES, want = step, room;
	const char *nl;
	long got = 1;

	c->raw = 1;
	c->csv = csv;
	c->max_line = r->in.max_line;
	c->nlines = c->too_long = 0;
	c->oom = c->has_err = c->open_end = 0;
	c->len = 0;
	if (text_room(c, cy->len + want + INPUT_BLOCK + 1, csv) < 0)
		goto oom;
	if (cy->len > 0)
		memcpy(c->text, cy->buf, cy->len);
	c->len = cy->len;
	cy->len = 0;
	for (;;) {
		while (c->len < want && got > 0) {
			if (text_room(c, c->len + INPUT_BLOCK + 1, csv) < 0)
				goto oom;
			/* at most what the chunk wants (a block at least): a
			 * plain file would fill all the room at once */
			room = want - c->len > INPUT_BLOCK ? want - c->len :
			    INPUT_BLOCK;
			got = input_take(&r->in, c->text + c->len, room,
			    &c->err);
			if (got > 0)
				c->len += (size_t)got;
		}
		if (got < 0) {
			c->has_err = 1;	/* the partial line is dropped */
			whole_lines(c);
			return -1;
		}
		if (got == 0)
			return 0;	/* the last line may lack a newline */
		if ((nl = memrchr(c->text, '\n', c->len)) != NULL)
			break;
		/* no newline yet: a long line (CSV: its bytes kept, should
		 * the chunk before end inside a record; cutting finds it) */
		if (c->len > c->max_line) {
			if (!csv) {
				c->len = 0;
				c->too_long = 1;
			}
			return -1;
		}
		want = c->len + step;
	}
	cy->len = c->len - (size_t)(nl + 1 - c->text);
	if (cy->len > cy->cap) {
		char *p = realloc(cy->buf, cy->len);
		if (p == NULL)
			goto oom;
		cy->buf = p;
		cy->cap = cy->len;
	}
	if (cy->len > 0)
		memcpy(cy->buf, nl + 1, cy->len);
	c->len = (size_t)(nl + 1 - c->text);
	return 1;
oom:
	ipw_error_oom(&c->err);
	c->has_err = 1;
	whole_lines(c);
	return -1;
}

static void csv_record(struct reader *r, struct csv_reader *cr,
    const struct csv_header *h);

/* The chunk's records, in order, into the table; a raw chunk's lines
 * are numbered from *base, which it advances. Returns -1 when reading
 * stops after it (a raw chunk's error, reported), 1 when its last
 * record is the one-thread path's to read (open_end). */
static int
chunk_commit(struct reader *r, struct chunk *c, const struct csv_header *csv,
    long *base)
{
	long at = c->raw ? *base : 0;
	struct ipw_error e;

	for (uint32_t i = 0; i < c->n && !r->stop; i++) {
		char *line = c->text + c->off[i];
		r->line = at + c->lineno[i];
		/* the table slot a later record's id probes, asked for now */
		if (i + PREFETCH_AHEAD < c->n && c->ok[i + PREFETCH_AHEAD] &&
		    REC_HAS(&c->rec[i + PREFETCH_AHEAD], RF_QUERY_ID))
			strtab_prefetch(&r->t->queries,
			    c->id_hash[i + PREFETCH_AHEAD]);
		if (c->ok[i]) {
			r->rec = &c->rec[i];	/* committed in place */
			r->id_hash = &c->id_hash[i];
			commit(r, "");
			r->rec = &r->own;
			r->id_hash = NULL;
		} else if (csv != NULL) {
			/* the one-thread path, which says what is wrong (raw:
			 * on the record's lines joined again, where its split
			 * copy was) */
			struct csv_reader cr;
			size_t n = c->llen[i];
			if (c->raw) {
				n = csv_join(c->scratch + c->off[i], line, n);
				line = c->scratch + c->off[i];
			}
			csv_init(&cr, &r->in);
			cr.line = r->line;
			if (csv_split(&cr, line, n, &e) < 0)
				report(r, &e, e.line, e.col);
			else
				csv_record(r, &cr, csv);
		} else {
			r->text = line;
			r->text_end = line + c->llen[i];
			jsonl_line(r, line, c->llen[i]);
			jsonarena_reset();
		}
	}
	r->text = NULL;
	if (!c->raw)
		return 0;
	*base = at + c->nlines;
	/* where reading stopped, as input_getline says it */
	if (c->too_long > 0) {
		ipw_error_set(&e, IPW_EX_DATAERR, "line is longer than %zu "
		    "bytes", c->max_line);
		if (!r->stop)
			report(r, &e, at + c->too_long, 0);
		return -1;
	}
	if (c->oom) {
		ipw_error_oom(&e);
		if (!r->stop)
			report(r, &e, at + c->nlines, 0);
		return -1;
	}
	if (c->has_err) {
		if (!r->stop)
			report(r, &c->err, at + c->nlines + 1, 0);
		return -1;
	}
	return c->open_end && !r->stop ? 1 : 0;
}

static int
ingest_threads(const struct trace_options *o)
{
	/* by default the online CPUs, 8 at most: the reading thread is the
	 * longer stage well before that, and each thread holds chunks */
	long n = o->threads > 0 ? o->threads : sysconf(_SC_NPROCESSORS_ONLN);

	if (o->threads <= 0 && n > TRACE_DEFAULT_THREADS)
		n = TRACE_DEFAULT_THREADS;
	return n < 1 ? 1 : n > TRACE_MAX_THREADS ? TRACE_MAX_THREADS : (int)n;
}

/* Hands chunk c to a parsing thread (the lock held). */
static void
hand_off(struct parallel *pl, struct chunk *c, const struct reader *r)
{
	c->nunknown = r->nunknown;
	memcpy(c->unknown, r->unknown, sizeof(c->unknown));
	memcpy(c->unknown_len, r->unknown_len, sizeof(c->unknown_len));
	c->state = 1;
	pthread_cond_signal(&pl->work);
}

/* A chunk free again, once a thread parsing it is done (the lock
 * held). */
static void
chunk_release(struct parallel *pl, struct chunk *c)
{
	while (c->state == 2)
		pthread_cond_wait(&pl->done, &pl->mu);
	c->state = 0;
	c->n = 0;
	c->len = 0;
	c->raw = 0;
	c->open_end = 0;
}

/* The committed chunk k ended inside a record (open_end): the bytes
 * from that record on, every chunk filled after it and the carry go
 * back to the input in order (the lock held); those chunks are free
 * again and counted as committed. -1 when out of memory. */
static int
give_back(struct reader *r, struct parallel *pl, struct chunk *k,
    struct carry *cy, long *committed, int *commit_at, long filled)
{
	int rc = input_unread(&r->in, cy->buf, cy->len);

	cy->len = 0;
	/* last first: input_unread puts its bytes before those it holds */
	for (long j = filled - 1; j > *committed; j--) {
		struct chunk *c = &pl->slot[j % pl->nslots];
		if (rc == 0)
			rc = input_unread(&r->in, c->text, c->len);
		chunk_release(pl, c);
	}
	if (rc == 0)
		rc = input_unread(&r->in, k->text + k->open_off, k->len -
		    k->open_off);
	*committed = filled - 1;
	*commit_at = (int)((filled - 1) % pl->nslots);
	return rc;
}

/* Commits the parsed chunks in order (the lock held, and held again on
 * return), until the slot after the last filled one is free, or with
 * all set until every filled chunk is; none after one that stops the
 * reading (*halt), nor after one whose last record the one-thread path
 * is to read (its bytes and the later chunks' given back, *reread). */
static void
commit_ready(struct reader *r, struct parallel *pl, const struct csv_header *h,
    long *base, long *committed, int *commit_at, long filled, int all,
    int *halt, struct carry *cy, int *reread)
{
	int next = (int)(filled % pl->nslots);
	struct ipw_error e;

	while (*committed < filled && !*halt && !*reread && (all ||
	    pl->slot[next].state != 0)) {
		struct chunk *k = &pl->slot[*commit_at];
		int rc;
		while (k->state != 3)
			pthread_cond_wait(&pl->done, &pl->mu);
		pthread_mutex_unlock(&pl->mu);
		/* a raw chunk that stops the reading: none after it */
		rc = chunk_commit(r, k, h, base);
		pthread_mutex_lock(&pl->mu);
		if (rc < 0)
			*halt = 1;
		else if (rc > 0) {
			*reread = 1;
			if (give_back(r, pl, k, cy, committed, commit_at,
			    filled) < 0) {
				ipw_error_oom(&e);
				report(r, &e, *base + 1, 0);
				*halt = 1;
			}
		}
		chunk_release(pl, k);
		(*committed)++;
		*commit_at = (*commit_at + 1) % pl->nslots;
	}
}

/* The rest of a canonical input, from its first line (JSON Lines, which
 * the caller read; NULL for CSV, after its header) on nworkers parsing
 * threads. The chunks take the input's bytes, cut into lines or records
 * by the parsing threads; CSV records are gathered one by one (csv) for
 * a chunk after a record crossed a chunk's end. Returns -1 when the
 * threads cannot be had: the caller reads on alone. */
static int
read_parallel(struct reader *r, const char *first, size_t first_len,
    int nworkers, struct csv_reader *csv, const struct csv_header *h)
{
	struct parallel pl;
	struct workers wk;
	struct ipw_error e;
	struct carry cy = { NULL, 0, 0 };
	int started = 0, fill = 0, commit_at = 0, rc = 1, failed = 0, halt = 0;
	int raw = 1;	/* JSON Lines always; CSV but after a reread */
	int reread = 0, rereads = 0;
	long filled = 0, committed = 0, base = r->in.line;
	char *line;
	size_t len;

	memset(&pl, 0, sizeof(pl));
	pl.csv = h;
	pl.nslots = 2 * nworkers + 2;
	if ((pl.slot = calloc((size_t)pl.nslots, sizeof(*pl.slot))) == NULL)
		return -1;
	pthread_mutex_init(&pl.mu, NULL);
	pthread_cond_init(&pl.work, NULL);
	pthread_cond_init(&pl.done, NULL);
	started = workers_start(&wk, nworkers, parse_worker, &pl);
	if (started == 0 || (first != NULL && chunk_add(&pl.slot[0], first,
	    first_len, r->in.line, 0) < 0)) {
		failed = 1;
		goto done;
	}
	if (first != NULL) {
		/* the first line alone, as read: the raw chunks follow it */
		pthread_mutex_lock(&pl.mu);
		hand_off(&pl, &pl.slot[0], r);
		pthread_mutex_unlock(&pl.mu);
		filled++;
		fill = 1;
	}
	while (rc > 0 && !r->stop && !halt) {
		struct chunk *c = &pl.slot[fill];
		if (raw)
			rc = chunk_fill(r, c, &cy, csv != NULL);
		else if (csv != NULL) {
			/* a record whole, as csv_read gathers it */
			rc = csv_gather(csv, &e);
			line = csv->rec;
			len = csv->rec_len;
			if (rc > 0 && chunk_add(c, line, len, csv->line, 1) <
			    0) {
				ipw_error_oom(&e);
				rc = -1;
			}
			if (c->n < CHUNK_LINES && c->len < CHUNK_BYTES && rc >
			    0)
				continue;
		}
		/* the chunk is full, or the input has ended: to a thread */
		pthread_mutex_lock(&pl.mu);
		hand_off(&pl, c, r);
		filled++;
		fill = (fill + 1) % pl.nslots;
		/* commit, in order, until the next slot is free (or, at the
		 * end, everything) */
		commit_ready(r, &pl, h, &base, &committed, &commit_at, filled,
		    rc <= 0, &halt, &cy, &reread);
		pthread_mutex_unlock(&pl.mu);
		/* gathering's error (a raw chunk's was its commit's) */
		if (rc < 0 && !raw && !r->stop)
			report(r, &e, e.line, e.col);
		if (reread) {
			/* a record across a chunk's end: the one-thread path
			 * from it, on the lines before it counted */
			reread = 0;
			raw = 0;
			rc = 1;
			fill = commit_at;
			r->in.line = base;
			rereads++;
		} else if (!raw && csv != NULL && rc > 0 && rereads <
		    RAW_CSV_REREADS) {
			/* a chunk gathered: raw again, from the lines it read */
			raw = 1;
			base = r->in.line;
		}
	}
	/* the lines the raw chunks held, counted (gathering counts its own;
	 * a stop by the error list: what was handed off is not committed) */
	if (raw)
		r->in.line = base;
done:
	pthread_mutex_lock(&pl.mu);
	pl.quit = 1;
	pthread_cond_broadcast(&pl.work);
	pthread_mutex_unlock(&pl.mu);
	workers_join(&wk);
	for (int i = 0; i < pl.nslots; i++) {
		struct chunk *c = &pl.slot[i];
		free(c->text);
		free(c->scratch);
		free(c->off);
		free(c->llen);
		free(c->lineno);
		free(c->ok);
		free(c->rec);
		free(c->id_hash);
	}
	free(pl.slot);
	free(cy.buf);
	pthread_mutex_destroy(&pl.mu);
	pthread_cond_destroy(&pl.work);
	pthread_cond_destroy(&pl.done);
	return failed ? -1 : 0;
}

static void
read_lines(struct reader *r, enum trace_format f)
{
	char *line;
	size_t len;
	struct ipw_error e;
	int rc, threads = ingest_threads(r->o);

	jsonarena_begin();
	while (!r->stop && (rc = input_getline(&r->in, &line, &len, &e)) != 0) {
		if (rc < 0) {
			report(r, &e, e.line, e.col);
			break;
		}
		if (strspn(line, " \t") == len)
			continue;
		if (f == TRACE_AUTO)
			f = sniff(line);
		/* a canonical trace on several threads from its first line;
		 * should the threads not start, on this one */
		if (f == TRACE_JSONL && r->o->map == NULL && threads > 1 &&
		    read_parallel(r, line, len, threads, NULL, NULL) == 0)
			break;
		one_line(r, f, line, len);
		threads = 1;
	}
	jsonarena_end();
	r->text = NULL;
}

/* The first non-blank byte of the input, without consuming it; -1 when
 * the input is empty or starts with more blank bytes than one buffer. */
static int
first_byte(struct input *in, struct ipw_error *err)
{
	const char *p;
	size_t n;

	if (input_peek(in, &p, &n, err) < 0)
		return -2;
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')
			return (unsigned char)p[i];
	return -1;
}

/* Whether the input is Apache Arrow IPC: the file format's "ARROW1"
 * magic, or the stream format's first message (a 0xFFFFFFFF continuation
 * marker, then a little-endian metadata length), which Hugging Face
 * datasets' data-*.arrow files are. Neither begins any text trace (0xFF
 * is never UTF-8). */
static int
arrow(struct input *in)
{
	const unsigned char *p;
	const char *data;
	size_t n;
	struct ipw_error e;

	if (input_peek(in, &data, &n, &e) < 0)
		return 0;
	p = (const unsigned char *)data;
	if (n >= 6 && memcmp(p, "ARROW1", 6) == 0)
		return 1;
	return n >= 8 && p[0] == 0xff && p[1] == 0xff && p[2] == 0xff &&
	    p[3] == 0xff && (p[4] | p[5] << 8 | p[6] << 16 | (unsigned)p[7] <<
	    24) > 0 && p[7] < 0x80;
}

int
trace_load(struct table *t, const char *path, const struct trace_options *o,
    struct ipw_errlist *errs)
{
	struct reader r;
	struct ipw_error e;
	enum trace_format f = o->format;
	int fb;

	memset(&r, 0, sizeof(r));
	r.rec = &r.own;
	memset(r.key_order, -1, sizeof(r.key_order));
	r.t = t;
	r.o = o;
	r.errs = errs;
	if (input_open(&r.in, path, o->max_line, &e) < 0) {
		ipw_errlist_add(errs, &e);
		return -1;
	}
	if ((r.file = (uint32_t)table_add_file(t, r.in.name, &e)) ==
	    (uint32_t)-1) {
		ipw_errlist_add(errs, &e);
		input_close(&r.in);
		return -1;
	}
	fb = first_byte(&r.in, &e);
	if (fb == -2) {
		report(&r, &e, e.line, e.col);
		input_close(&r.in);
		return -1;
	}
	if (arrow(&r.in)) {
		ipw_error_set(&e, IPW_EX_DATAERR, "an Apache Arrow file (as ipw "
		    "profile saves its dataset), not a trace: export it to JSON "
		    "Lines first, for example python3 -c \"import datasets; "
		    "datasets.load_from_disk('RUN_DIR').to_json('trace.jsonl')\"");
		report(&r, &e, 0, 0);
		input_close(&r.in);
		return -1;
	}
	if (f == TRACE_AUTO && fb >= 0 && fb != '{' && fb != '[')
		f = TRACE_CSV;
	if (ingest_threads(o) > 1)
		input_prefetch(&r.in);	/* zstd decoded on a thread */
	if (o->map != NULL) {
		/* the map's format, else by content as a trace */
		f = o->map->format == TRACEMAP_CSV ? TRACE_CSV :
		    o->map->format == TRACEMAP_JSONL ? TRACE_JSONL : f;
		r.mst = calloc(1, sizeof(*r.mst));
		if (r.mst == NULL) {
			ipw_error_oom(&e);
			report(&r, &e, 0, 0);
		} else if (f == TRACE_CSV)
			map_csv(&r);
		else
			read_lines(&r, TRACE_JSONL);
	} else if (f == TRACE_CSV)
		read_csv(&r);
	else
		read_lines(&r, f);
	if (o->progress != NULL)
		o->progress(o->progress_ctx, &r.in, r.records, 1);
	if (!r.failed && r.seen == 0) {
		/* a CSV header, or only blank lines: at the last line read */
		ipw_error_set(&e, IPW_EX_DATAERR, r.in.line > 0 && f ==
		    TRACE_CSV ? "no records after the header" :
		    "no records (empty input)");
		report(&r, &e, f == TRACE_CSV ? r.in.line : 0, 0);
	}
	if (r.in.bom) {
		ipw_error_set(&e, 0, "starts with a UTF-8 byte-order mark "
		    "(skipped)");
		ipw_error_at(&e, r.in.name, 1, 1);
		ipw_warn(IPW_NOTE, &e);
	}
	closing_notes(&r);
	if (r.mst != NULL)
		map_notes(&r);
	free(r.mst);
	input_close(&r.in);
	free(r.skipped);
	cJSON_Delete(r.summary);
	for (int i = 0; i < r.nunknown; i++)
		free(r.unknown[i]);
	return r.failed ? -1 : 0;
}

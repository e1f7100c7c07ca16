#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "prov.h"
#include "catalog.h"
#include "precision.h"
#include "table.h"

void
table_init(struct table *t)
{
	memset(t, 0, sizeof(*t));
	strtab_init(&t->strings);
	strtab_init(&t->queries);
	t->last_row = STRTAB_NONE;
	for (int f = 0; f < RF_COUNT; f++)
		for (int i = 0; i < TABLE_RECENT; i++)
			t->recent[f][i] = STRTAB_NONE;
}

static void
config_release(struct table_config *c)
{
	free(c->present);
	free(c->correct);
	free(c->energy32);
	free(c->energy64);
	free(c->tok_in16);
	free(c->tok_out16);
	free(c->tok_in32);
	free(c->tok_out32);
	free(c->score);
	free(c->p_correct);
	free(c->latency);
	free(c->ttft);
	free(c->power);
	free(c->flops);
	free(c->cost);
	free(c->batch);
	free(c->prov);
}

void
table_release(struct table *t)
{
	for (uint32_t c = 0; c < t->nc; c++)
		config_release(&t->cfg[c]);
	for (uint32_t i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	free(t->files);
	free(t->cfg);
	free(t->domain.code);
	free(t->domain.id);
	free(t->dataset.code);
	free(t->dataset.id);
	free(t->q_line);
	free(t->file_runs);
	strtab_release(&t->queries);
	strtab_release(&t->strings);
	memset(t, 0, sizeof(*t));
}

int
table_add_file(struct table *t, const char *name, struct ipw_error *err)
{
	char **files = realloc(t->files, (t->nfiles + 1) * sizeof(*files));

	if (files == NULL)
		return ipw_error_oom(err);
	t->files = files;
	t->files[t->nfiles] = strdup(name);
	if (t->files[t->nfiles] == NULL)
		return ipw_error_oom(err);
	return (int)t->nfiles++;
}

/* Resizes *p from `old` to `n` elements of `size` bytes. The new ones
 * below `live` (the rows that exist: a column made for them) are zero,
 * NaN when fill is 4 (float) or 8 (double), every bit set when it is
 * FILL_ONES; those above are set when their row is made (fill_row), so
 * that capacity no row uses is never written. */
#define FILL_ONES 1

static int
resize(void *pp, size_t old, size_t n, size_t size, int fill, size_t live)
{
	void **p = pp;
	char *q;
	size_t end = n < live ? n : live;

	q = realloc(*p, n * size);
	if (q == NULL && n > 0)
		return -1;
	*p = q;
	if (end <= old)
		return 0;
	if (fill == 4)
		for (size_t i = old; i < end; i++)
			((float *)(void *)q)[i] = NAN;
	else if (fill == 8)
		for (size_t i = old; i < end; i++)
			((double *)(void *)q)[i] = NAN;
	else
		memset(q + old * size, fill == FILL_ONES ? 0xff : 0,
		    (end - old) * size);
	return 0;
}

static size_t
words(size_t n)
{
	return (n + 63) / 64;
}

/* Resizes a configuration's columns from old to n rows, the first live
 * of them existing. */
static int
config_resize(struct table_config *c, size_t old, size_t n, size_t live)
{
	size_t wl = words(live);

	/* Optional columns stay NULL until a record needs them. */
	return resize(&c->present, words(old), words(n), 8, 0, wl) |
	    resize(&c->correct, words(old), words(n), 8, 0, wl) |
	    (c->energy64 ? resize(&c->energy64, old, n, 8, 8, live) :
	    resize(&c->energy32, old, n, 4, FILL_ONES, live)) |
	    (c->tok_in32 ? resize(&c->tok_in32, old, n, 4, 0, live) :
	    resize(&c->tok_in16, old, n, 2, 0, live)) |
	    (c->tok_out32 ? resize(&c->tok_out32, old, n, 4, 0, live) :
	    resize(&c->tok_out16, old, n, 2, 0, live)) |
	    (c->score ? resize(&c->score, old, n, 4, 4, live) : 0) |
	    (c->p_correct ? resize(&c->p_correct, old, n, 4, 4, live) : 0) |
	    (c->latency ? resize(&c->latency, old, n, 4, 4, live) : 0) |
	    (c->ttft ? resize(&c->ttft, old, n, 4, 4, live) : 0) |
	    (c->power ? resize(&c->power, old, n, 4, 4, live) : 0) |
	    (c->flops ? resize(&c->flops, old, n, 8, 8, live) : 0) |
	    (c->cost ? resize(&c->cost, old, n, 8, 8, live) : 0) |
	    (c->batch ? resize(&c->batch, old, n, 2, 0, live) : 0) |
	    (c->prov ? resize(&c->prov, old, n, 1, 0, live) : 0);
}

/* Row q, new, in every column of c: not measured. */
static void
fill_row(struct table_config *c, uint32_t q)
{
	if ((q & 63) == 0) {
		c->present[q >> 6] = 0;
		c->correct[q >> 6] = 0;
	}
	if (c->energy64 != NULL)
		c->energy64[q] = NAN;
	else
		c->energy32[q] = TABLE_ENERGY_NONE;
	if (c->tok_in32 != NULL)
		c->tok_in32[q] = 0;
	else
		c->tok_in16[q] = 0;
	if (c->tok_out32 != NULL)
		c->tok_out32[q] = 0;
	else
		c->tok_out16[q] = 0;
#define NAN_AT(col) if (c->col != NULL) c->col[q] = NAN;
	NAN_AT(score) NAN_AT(p_correct) NAN_AT(latency) NAN_AT(ttft)
	NAN_AT(power) NAN_AT(flops) NAN_AT(cost)
#undef NAN_AT
	if (c->batch != NULL)
		c->batch[q] = 0;
	if (c->prov != NULL)
		c->prov[q] = 0;
}

/* An attribute's column to n rows (set when a row is made). */
static int
attr_resize(struct table_attr *a, size_t old, size_t n)
{
	return a->id != NULL ? resize(&a->id, old, n, 4, 0, 0) :
	    resize(&a->code, old, n, 1, 0, 0);
}

/* Row q's attribute to string id `id` (TABLE_NONE: none): as a code
 * while the attribute has few values, else (from the value after the
 * last code) as string ids, the column converted once; the table holds
 * cap rows, live in use. -1 when out of memory. */
static int
attr_set(struct table_attr *a, uint32_t q, uint32_t id, size_t cap,
    size_t live)
{
	uint32_t k;
	uint32_t *wide;

	if (a->id != NULL) {
		a->id[q] = id;
		return 0;
	}
	if (id == TABLE_NONE) {
		a->code[q] = 0;
		return 0;
	}
	if (a->last > 0 && a->value[a->last - 1] == id) {
		a->code[q] = a->last;
		return 0;
	}
	for (k = 0; k < a->nvalue && a->value[k] != id; k++)
		;
	if (k == a->nvalue && k < TABLE_ATTR_CODES)
		a->value[a->nvalue++] = id;
	if (k < TABLE_ATTR_CODES) {
		a->last = (uint8_t)(k + 1);
		a->code[q] = a->last;
		return 0;
	}
	/* a value past the codes: string ids from now on */
	if ((wide = malloc((cap > 0 ? cap : 1) * sizeof(*wide))) == NULL)
		return -1;
	for (size_t i = 0; i < live; i++)
		wide[i] = a->code[i] == 0 ? TABLE_NONE : a->value[a->code[i] - 1];
	free(a->code);
	a->code = NULL;
	a->id = wide;
	a->id[q] = id;
	return 0;
}

static int
grow_rows(struct table *t)
{
	size_t old = t->qcap, n = old ? old * 2 : 1024;

	if (n > UINT32_MAX - 1)
		return -1;
	/* the rows' own columns are set when a row is made */
	if (attr_resize(&t->domain, old, n) < 0 ||
	    attr_resize(&t->dataset, old, n) < 0 ||
	    resize(&t->q_line, old, n, 4, 0, 0) < 0)
		return -1;
	for (uint32_t c = 0; c < t->nc; c++)
		if (config_resize(&t->cfg[c], old, n, t->nq) < 0)
			return -1;
	t->qcap = (uint32_t)n;
	return 0;
}

/* Row rows's query came first from file `file`: a run of rows per
 * file, a new one only where the file changes. */
static int
note_file(struct table *t, uint32_t row, uint32_t file)
{
	if (t->nfile_runs > 0 && t->file_runs[t->nfile_runs - 1].file ==
	    file)
		return 0;
	if (t->nfile_runs == t->file_runs_cap) {
		uint32_t n = t->file_runs_cap ? t->file_runs_cap * 2 : 8;
		struct table_file_run *p = realloc(t->file_runs, n *
		    sizeof(*p));
		if (p == NULL)
			return -1;
		t->file_runs = p;
		t->file_runs_cap = n;
	}
	t->file_runs[t->nfile_runs].row = row;
	t->file_runs[t->nfile_runs++].file = file;
	return 0;
}

uint32_t
table_query_file(const struct table *t, uint32_t q)
{
	uint32_t lo = 0, hi = t->nfile_runs;

	/* the last run starting at or before q */
	while (hi - lo > 1) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (t->file_runs[mid].row <= q)
			lo = mid;
		else
			hi = mid;
	}
	return t->nfile_runs > 0 && t->file_runs[lo].row <= q ?
	    t->file_runs[lo].file : UINT32_MAX;
}

/* The row of a query whose id was just interned as `id` (a new one at
 * file:line, for errors about the query, when id is the next row). */
static int
row_for(struct table *t, uint32_t id, uint32_t file, long line)
{
	if (id < t->nq)
		return 0;
	if (t->nq == t->qcap && grow_rows(t) < 0)
		return -1;
	if (note_file(t, t->nq, file) < 0)
		return -1;
	attr_set(&t->domain, t->nq, TABLE_NONE, 0, 0);
	attr_set(&t->dataset, t->nq, TABLE_NONE, 0, 0);
	t->q_line[t->nq] = line > 0 && line < (long)UINT32_MAX ?
	    (uint32_t)line : 0;
	for (uint32_t c = 0; c < t->nc; c++)
		fill_row(&t->cfg[c], t->nq);
	t->nq++;
	return 0;
}

static int
new_config(struct table *t, uint32_t model, uint32_t accel, int precision,
    int devices, uint32_t file, long line)
{
	struct table_config *c;
	/* model@accelerator, whole, then xN:precision */
	char name[2 * RECORD_MAX_TEXT + 48];
	size_t np;
	int n;

	if (t->nc == t->ccap) {
		uint32_t cap = t->ccap ? t->ccap * 2 : 8;
		struct table_config *p = realloc(t->cfg, cap * sizeof(*p));
		if (p == NULL)
			return -1;
		t->cfg = p;
		t->ccap = cap;
	}
	c = &t->cfg[t->nc];
	memset(c, 0, sizeof(*c));
	c->energy_scale = 1;
	c->model = model;
	c->accel = accel;
	c->precision = precision;
	c->devices = devices;
	c->first_file = file;
	c->first_line = line;
	n = snprintf(name, sizeof(name), "%s@%s",
	    strtab_str(&t->strings, model), strtab_str(&t->strings, accel));
	if (devices > 0 && n < (int)sizeof(name))
		n += snprintf(name + n, sizeof(name) - (size_t)n, "x%d",
		    devices);
	if (precision >= 0 && n < (int)sizeof(name))
		n += snprintf(name + n, sizeof(name) - (size_t)n, ":%s",
		    precision_table(&np)[precision].name);
	c->name = strtab_intern(&t->strings, name,
	    n < (int)sizeof(name) ? (size_t)n : sizeof(name) - 1);
	if (c->name == STRTAB_NONE || config_resize(c, 0, t->qcap, t->nq) < 0) {
		config_release(c);
		return -1;
	}
	return (int)t->nc++;
}

/* A record's configuration: model, accelerator, and the precision and
 * devices when it gives them. */
static int
config_for(struct table *t, const struct record *r, uint32_t model,
    uint32_t accel, uint32_t file, long line)
{
	int prec = REC_HAS(r, RF_PRECISION) ? (int)r->num[RF_PRECISION] : -1;
	int dev = REC_HAS(r, RF_ACCELERATORS) ?
	    (int)r->num[RF_ACCELERATORS] : 0;

	uint32_t *hint = &t->cfg_hint[(model * 31 + accel) % TABLE_CFG_HINTS];
	int k;

	/* the configuration this model and accelerator had last, first */
	if (*hint < t->nc && t->cfg[*hint].model == model && t->cfg[*hint].accel
	    == accel && t->cfg[*hint].precision == prec &&
	    t->cfg[*hint].devices == dev)
		return (int)*hint;
	for (uint32_t c = 0; c < t->nc; c++)
		if (t->cfg[c].model == model && t->cfg[c].accel == accel &&
		    t->cfg[c].precision == prec && t->cfg[c].devices == dev) {
			*hint = c;
			return (int)c;
		}
	if ((k = new_config(t, model, accel, prec, dev, file, line)) >= 0)
		*hint = (uint32_t)k;
	return k;
}

static uint32_t
intern_field(struct table *t, const struct record *r, int f)
{
	size_t len = r->text_len[f];
	uint32_t id;
	int k;

	/* from the text the last record had on: then the one after it (a
	 * pool cycles through its models in the order they came) */
	for (int j = 0; j < TABLE_RECENT; j++) {
		int i = (t->recent_hit[f] + j) % TABLE_RECENT;
		if (t->recent[f][i] != STRTAB_NONE && t->recent_len[f][i] ==
		    len && record_same_bytes(strtab_str(&t->strings,
		    t->recent[f][i]), r->text[f], len)) {
			t->recent_hit[f] = (uint8_t)i;
			return t->recent[f][i];	/* no hash, no probe */
		}
	}
	if ((id = strtab_intern(&t->strings, r->text[f], len)) == STRTAB_NONE)
		return id;
	k = t->recent_next[f];
	t->recent[f][k] = id;
	t->recent_len[f][k] = (uint32_t)len;
	t->recent_hit[f] = (uint8_t)k;
	t->recent_next[f] = (uint8_t)((k + 1) % TABLE_RECENT);
	return id;
}

/* Checks that an optional attribute agrees with what the query already
 * has; records it if the query had none. */
static int
attribute(struct table *t, struct table_attr *a, const struct record *r,
    int f, uint32_t row, struct ipw_error *err)
{
	uint32_t id, had;

	if (!REC_HAS(r, f))
		return 0;
	id = intern_field(t, r, f);
	if (id == STRTAB_NONE)
		return ipw_error_oom(err);
	had = table_attr_get(a, row);
	if (had == TABLE_NONE) {
		if (attr_set(a, row, id, t->qcap, t->nq) < 0)
			return ipw_error_oom(err);
	} else if (had != id)
		return ipw_error_set(err, IPW_EX_DATAERR,
		    "query \"%s\" has %s \"%s\" here but \"%s\" in an earlier "
		    "record", table_query(t, row), rec_fields[f].name,
		    table_str(t, id), table_str(t, had));
	return 0;
}

/* A column of cap cells made on first use, its first live set. */
static int
optional_column(void *pp, size_t cap, size_t size, int fill, size_t live)
{
	return *(void **)pp != NULL ? 0 : resize(pp, 0, cap, size, fill,
	    live);
}

static int
store_optional(struct table *t, struct table_config *c, uint32_t q,
    const struct record *r)
{
	size_t cap = t->qcap;

#define OPT(field, col, type, fill)                                         \
	if (REC_HAS(r, field)) {                                            \
		if (optional_column(&c->col, cap, sizeof(type), fill,      \
		    t->nq) < 0)                                             \
			return -1;                                          \
		c->col[q] = (type)r->num[field];                            \
	}
	OPT(RF_SCORE, score, float, 4)
	OPT(RF_P_CORRECT, p_correct, float, 4)
	OPT(RF_LATENCY, latency, float, 4)
	OPT(RF_TTFT, ttft, float, 4)
	OPT(RF_POWER, power, float, 4)
	OPT(RF_FLOPS, flops, double, 8)
	OPT(RF_COST, cost, double, 8)
	OPT(RF_BATCH, batch, uint16_t, 0)
#undef OPT
	if (REC_HAS(r, RF_ENERGY_SOURCE) || REC_HAS(r, RF_ENERGY_SCOPE)) {
		if (optional_column(&c->prov, cap, 1, 0, t->nq) < 0)
			return -1;
		c->prov[q] = PROV_PACK(REC_HAS(r, RF_ENERGY_SOURCE) ?
		    (int)r->num[RF_ENERGY_SOURCE] : 0, REC_HAS(r,
		    RF_ENERGY_SCOPE) ? (int)r->num[RF_ENERGY_SCOPE] : 0);
	}
	return 0;
}

static int store_tokens_wide(uint16_t **narrow, uint32_t **wide, uint32_t q,
    size_t cap, size_t live, uint32_t v);

/* Stores v at q in a token column of cap cells, the first live in use:
 * 16 bits a cell until a value needs more, then the whole column
 * widened to 32 once. */
static inline int
store_tokens(uint16_t **narrow, uint32_t **wide, uint32_t q, size_t cap,
    size_t live, uint32_t v)
{
	if (*wide == NULL && v <= UINT16_MAX) {
		(*narrow)[q] = (uint16_t)v;
		return 0;
	}
	return store_tokens_wide(narrow, wide, q, cap, live, v);
}

/* The rest of store_tokens: a column already wide, or a value that
 * widens it. */
static int
store_tokens_wide(uint16_t **narrow, uint32_t **wide, uint32_t q, size_t cap,
    size_t live, uint32_t v)
{
	if (*wide == NULL) {
		uint32_t *w = malloc((cap ? cap : 1) * sizeof(*w));
		if (w == NULL)
			return -1;
		for (size_t i = 0; i < live; i++)
			w[i] = (*narrow)[i];
		free(*narrow);
		*narrow = NULL;
		*wide = w;
	}
	(*wide)[q] = v;
	return 0;
}

/* 10^k, exact in a double */
static const double pow10_exact[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6,
	1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
#define ENERGY_DEC_MAX 15

/* Is e a count m of 10^-k below TABLE_ENERGY_NONE whose quotient gives e
 * back bit for bit (so not -0, NaN or a negative)? */
static inline int
energy_count(double e, int k, uint32_t *m)
{
	double x = e * pow10_exact[k], r, back;

	if (!(x >= 0 && x < (double)TABLE_ENERGY_NONE))
		return 0;
	r = nearbyint(x);
	if (r >= (double)TABLE_ENERGY_NONE)
		return 0;
	*m = (uint32_t)r;
	back = (double)*m / pow10_exact[k];
	return memcmp(&back, &e, sizeof(e)) == 0;
}

static int store_energy_slow(struct table_config *c, uint32_t q, size_t cap,
    size_t live, double e);

/* Stores e at q in the energy column of cap cells, the first live in
 * use. */
static inline int
store_energy(struct table_config *c, uint32_t q, size_t cap, size_t live,
    double e)
{
	uint32_t m;

	if (c->energy64 == NULL && energy_count(e, c->energy_dec, &m)) {
		c->energy32[q] = m;
		if (m > c->energy_max)
			c->energy_max = m;
		return 0;
	}
	return store_energy_slow(c, q, cap, live, e);
}

/* The rest of store_energy: a value that needs more decimals (every
 * count scaled up, once per decimal added, while the largest still
 * fits), else the column converted to doubles; or one already so. */
static int
store_energy_slow(struct table_config *c, uint32_t q, size_t cap,
    size_t live, double e)
{
	uint32_t m;

	for (int k = c->energy_dec + 1; c->energy64 == NULL && k <=
	    ENERGY_DEC_MAX; k++) {
		double f = pow10_exact[k - c->energy_dec];
		if ((double)c->energy_max * f >= (double)TABLE_ENERGY_NONE)
			break;
		if (!energy_count(e, k, &m))
			continue;
		for (size_t i = 0; i < live; i++)
			if (c->energy32[i] != TABLE_ENERGY_NONE)
				c->energy32[i] = (uint32_t)((uint64_t)
				    c->energy32[i] * (uint64_t)f);
		c->energy_max = (uint32_t)((double)c->energy_max * f);
		c->energy_dec = k;
		c->energy_scale = pow10_exact[k];
		c->energy32[q] = m;
		if (m > c->energy_max)
			c->energy_max = m;
		return 0;
	}
	if (c->energy64 == NULL) {
		double *w = malloc((cap ? cap : 1) * sizeof(*w));
		if (w == NULL)
			return -1;
		for (size_t i = 0; i < live; i++)
			w[i] = table_energy(c, (uint32_t)i);
		free(c->energy32);
		c->energy32 = NULL;
		c->energy64 = w;
	}
	c->energy64[q] = e;
	return 0;
}

/* Is r's query the one of the previous record? Saves a hash lookup in
 * the common layout where a query's records are adjacent. */
static int
same_query(const struct table *t, const struct record *r)
{
	const char *last;

	if (t->last_row == STRTAB_NONE)
		return 0;
	last = table_query(t, t->last_row);
	return t->last_row_len == r->text_len[RF_QUERY_ID] && memcmp(last,
	    r->text[RF_QUERY_ID], t->last_row_len) == 0;
}

int
table_add(struct table *t, const struct record *r, uint32_t file, long line,
    struct ipw_error *err)
{
	return table_add_hashed(t, r, strtab_hash(r->text[RF_QUERY_ID],
	    r->text_len[RF_QUERY_ID]), file, line, err);
}

int
table_add_hashed(struct table *t, const struct record *r, uint32_t id_hash,
    uint32_t file, long line, struct ipw_error *err)
{
	uint32_t model, accel, q;
	struct table_config *c;
	int ci;

	/* a query's records usually come together; else every id is new
	 * or far back, and the recent texts would not hold it */
	q = same_query(t, r) ? t->last_row : strtab_intern_hashed(
	    &t->queries, r->text[RF_QUERY_ID], r->text_len[RF_QUERY_ID],
	    id_hash);
	t->last_row = q;
	t->last_row_len = r->text_len[RF_QUERY_ID];
	model = intern_field(t, r, RF_MODEL);
	accel = intern_field(t, r, RF_ACCELERATOR);
	if (q == STRTAB_NONE || model == STRTAB_NONE ||
	    accel == STRTAB_NONE || row_for(t, q, file, line) < 0)
		return ipw_error_oom(err);
	if ((ci = config_for(t, r, model, accel, file, line)) < 0)
		return ipw_error_oom(err);
	c = &t->cfg[ci];
	if (table_has(c, q))
		return ipw_error_set(err, IPW_EX_DATAERR,
		    "duplicate record for query \"%s\" on \"%s\"",
		    table_query(t, q), table_str(t, c->name));
	if (attribute(t, &t->domain, r, RF_DOMAIN, q, err) < 0 ||
	    attribute(t, &t->dataset, r, RF_DATASET, q, err) < 0)
		return -1;
	if (store_optional(t, c, q, r) < 0)
		return ipw_error_oom(err);
	c->present[q >> 6] |= (uint64_t)1 << (q & 63);
	if (r->num[RF_CORRECT] != 0)
		c->correct[q >> 6] |= (uint64_t)1 << (q & 63);
	if (store_energy(c, q, t->qcap, t->nq, r->num[RF_ENERGY]) < 0 ||
	    store_tokens(&c->tok_in16, &c->tok_in32, q, t->qcap, t->nq,
	    (uint32_t)r->num[RF_TOKENS_IN]) < 0 || store_tokens(&c->tok_out16,
	    &c->tok_out32, q, t->qcap, t->nq, (uint32_t)r->num[RF_TOKENS_OUT])
	    < 0)
		return ipw_error_oom(err);
	c->ncells++;
	t->nrecords++;
	return 0;
}

int
table_add_config(struct table *t, const struct record *r, uint32_t file,
    long line, struct ipw_error *err)
{
	uint32_t model = intern_field(t, r, RF_MODEL);
	uint32_t accel = intern_field(t, r, RF_ACCELERATOR);

	if (model == STRTAB_NONE || accel == STRTAB_NONE ||
	    config_for(t, r, model, accel, file, line) < 0)
		return ipw_error_oom(err);
	return 0;
}

void
table_shrink(struct table *t)
{
	size_t n = t->nq > 0 ? t->nq : 1;

	if (n >= t->qcap)
		return;
	/* Shrinking cannot fail in a way that loses data: on failure the old
	 * block stays and so does the old capacity. */
	if (attr_resize(&t->domain, t->qcap, n) < 0 ||
	    attr_resize(&t->dataset, t->qcap, n) < 0 ||
	    resize(&t->q_line, t->qcap, n, 4, 0, 0) < 0)
		return;
	for (uint32_t c = 0; c < t->nc; c++)
		if (config_resize(&t->cfg[c], t->qcap, n, t->nq) < 0)
			return;
	t->qcap = (uint32_t)n;
}

int
table_find_config(const struct table *t, const char *name)
{
	uint32_t id = strtab_find(&t->strings, name, strlen(name));

	for (uint32_t c = 0; id != STRTAB_NONE && c < t->nc; c++)
		if (t->cfg[c].name == id)
			return (int)c;
	return -1;
}

int
table_config_devices(const struct table *t, const struct table_config *c)
{
	return c->devices > 0 ? c->devices : catalog_devices(table_str(t,
	    c->accel));
}

const char *
table_config_name(const struct table *t, uint32_t c)
{
	return strtab_str(&t->strings, t->cfg[c].name);
}

const char *
table_str(const struct table *t, uint32_t id)
{
	return strtab_str(&t->strings, id);
}

uint64_t
table_cells(const struct table *t)
{
	uint64_t n = 0;

	for (uint32_t c = 0; c < t->nc; c++)
		n += t->cfg[c].ncells;
	return n;
}

size_t
table_memory(const struct table *t)
{
	size_t per_row = 0, total;

	for (uint32_t c = 0; c < t->nc; c++) {
		const struct table_config *k = &t->cfg[c];
		per_row += (k->energy64 ? 8 : 4) + (k->tok_in32 ? 4 : 2) + (k->tok_out32 ? 4 :
		    2);
		per_row += (k->score ? 4 : 0) + (k->p_correct ? 4 : 0) + (k->latency ? 4 : 0) +
		    (k->ttft ? 4 : 0) + (k->power ? 4 : 0) +
		    (k->flops ? 8 : 0) + (k->cost ? 8 : 0) +
		    (k->batch ? 2 : 0) + (k->prov ? 1 : 0);
	}
	total = per_row * t->qcap + (size_t)t->nc * words(t->qcap) * 16;
	total += (size_t)t->qcap * (4 + (t->domain.id ? 4 : 1) +
	    (t->dataset.id ? 4 : 1)) + (size_t)t->file_runs_cap *
	    sizeof(*t->file_runs) + strtab_memory(&t->queries);
	total += (size_t)t->ccap * sizeof(struct table_config);
	return total + strtab_memory(&t->strings);
}

/* An attribute's values, each once, in the order of the first row that
 * has it (at most max). */
static int
attr_values(const struct table *t, const struct table_attr *a,
    uint32_t *ids, int max)
{
	int n = 0;

	for (uint32_t q = 0; q < t->nq; q++) {
		uint32_t d = table_attr_get(a, q);
		int seen = d == TABLE_NONE;
		for (int i = 0; i < n && !seen; i++)
			seen = ids[i] == d;
		if (!seen && n < max)
			ids[n++] = d;
	}
	return n;
}

int
table_datasets(const struct table *t, uint32_t *ids, int max)
{
	return attr_values(t, &t->dataset, ids, max);
}

int
table_domains(const struct table *t, uint32_t *ids, int max)
{
	return attr_values(t, &t->domain, ids, max);
}

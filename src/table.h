/* The query x configuration table, in columns.
 *
 * Queries are rows, configurations (model@accelerator) are column groups.
 * Every metric is a separate array per configuration, indexed by query
 * (struct of arrays); a bitmap says which cells were measured. Strings are
 * interned once in `strings`; rows and configurations hold ids.
 * Optional metrics are allocated on first use and hold NaN (0 for the
 * batch size) where a cell did not give them. */
#ifndef IPW_TABLE_H
#define IPW_TABLE_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "record.h"
#include "strtab.h"

#define TABLE_NONE UINT32_MAX

struct table_config {
	uint32_t model, accel;	/* string ids */
	int precision;		/* index in precision_table, or -1: not
				 * given */
	int devices;		/* accelerators per replica, 0: not given */
	uint32_t name;		/* string id of "model@accelerator", with
				 * "xN" for N devices and ":precision" when
				 * the records give them */
	uint32_t ncells;	/* measured cells */
	uint32_t first_file;	/* where its first record came from */
	long first_line;
	uint64_t *present;	/* bit q: cell (q, this) measured */
	uint64_t *correct;	/* bit q: cell (q, this) correct; read it by
				 * table_correct */
	/* energy, J: a count of 10^-energy_dec J a cell (energy_scale =
	 * 10^energy_dec) while every value is one below 2^32 - 1 that
	 * gives back its double exactly, TABLE_ENERGY_NONE where not
	 * measured; else doubles (the column converted once, the other
	 * freed); read it by table_energy */
	uint32_t *energy32;
	double *energy64;
	double energy_scale;
	uint32_t energy_max;	/* the largest count stored */
	int energy_dec;
	/* tokens: 16 bits a cell while every value of the configuration
	 * fits, else 32 (the column widened once, the other freed); read
	 * them by table_tok_in and table_tok_out */
	uint16_t *tok_in16, *tok_out16;
	uint32_t *tok_in32, *tok_out32;
	/* optional; NULL until some record has them */
	float *score, *latency, *ttft, *power;	/* 1, s, s, W */
	float *p_correct;	/* P(correct), e.g. synth's */
	double *flops, *cost;			/* FLOP, USD */
	uint16_t *batch;			/* 0 = not given */
	uint8_t *prov;		/* PROV_PACK(energy_source, energy_scope) */
};

/* Texts a field remembers (table.recent): a pool of configurations cycles
 * through its models and accelerators record by record. */
#define TABLE_RECENT 8
#define TABLE_CFG_HINTS 64

/* A query's attribute (domain, dataset): a code of 8 bits a query while
 * the attribute has at most TABLE_ATTR_CODES values (code k: value[k -
 * 1]; 0: none), the string id itself (32 bits) from the value after. */
#define TABLE_ATTR_CODES 255
struct table_attr {
	uint8_t *code;
	uint32_t *id;		/* set instead of code once widened */
	uint32_t value[TABLE_ATTR_CODES];
	uint32_t nvalue;
	uint8_t last;		/* the code set last, tried first */
};

/* Rows from `row` on, until the next run, came first from file `file`. */
struct table_file_run {
	uint32_t row, file;
};

struct table {
	struct strtab strings;	/* every text but the query ids */
	struct strtab queries;	/* the query ids: the id is the row */
	uint32_t nq, qcap;
	struct table_attr domain, dataset;	/* by table_domain and
						 * table_dataset */
	uint32_t *q_line;	/* where its first record is (for errors about
				 * the query; the file by table_query_file);
				 * line 0 when not known */
	struct table_file_run *file_runs;
	uint32_t nfile_runs, file_runs_cap;
	/* the string ids each text field had in recent records, with
	 * their lengths (model, accelerator, domain, dataset take a few
	 * values over and over): compared before hashing; replaced in
	 * turn; STRTAB_NONE at first */
	uint32_t recent[RF_COUNT][TABLE_RECENT];
	uint32_t recent_len[RF_COUNT][TABLE_RECENT];
	uint8_t recent_next[RF_COUNT];
	uint8_t recent_hit[RF_COUNT];	/* the one the last record had */
	uint32_t last_row;	/* query of the last record: traces usually
				 * list a query's records together */
	size_t last_row_len;
	uint32_t nc, ccap;
	struct table_config *cfg;
	/* by model and accelerator (hashed), the configuration a record of
	 * theirs had last: tried before the others */
	uint32_t cfg_hint[TABLE_CFG_HINTS];
	uint32_t nfiles;
	char **files;		/* names of the inputs, for positions */
	uint64_t nrecords;
};

void table_init(struct table *t);
/* The string ids of the first max datasets (domains), in order of first
 * query; returns how many. */
int table_datasets(const struct table *t, uint32_t *ids, int max);
int table_domains(const struct table *t, uint32_t *ids, int max);
void table_release(struct table *t);
/* Registers an input name; returns its index or -1. */
int table_add_file(struct table *t, const char *name, struct ipw_error *err);
/* Adds one finished record; `file` and `line` say where it came from.
 * Errors (duplicate cell, a domain or dataset that disagrees with an
 * earlier record of the same query) carry IPW_EX_DATAERR and no
 * position: the caller adds it. */
int table_add(struct table *t, const struct record *r, uint32_t file,
    long line, struct ipw_error *err);
/* The same with strtab_hash of the record's query id given (a reading
 * thread computed it). */
int table_add_hashed(struct table *t, const struct record *r,
    uint32_t id_hash, uint32_t file, long line, struct ipw_error *err);
/* Registers r's configuration without its cell: a query shard keeps the
 * configurations of other shards' records, so that every shard has the
 * same pool in the same order. */
int table_add_config(struct table *t, const struct record *r, uint32_t file,
    long line, struct ipw_error *err);
/* Gives back unused capacity once reading is over. */
void table_shrink(struct table *t);

static inline int
table_has(const struct table_config *c, uint32_t q)
{
	return (int)((c->present[q >> 6] >> (q & 63)) & 1u);
}

/* Was cell (q, c) correct? 0 where not measured. */
static inline int
table_correct(const struct table_config *c, uint32_t q)
{
	return (int)((c->correct[q >> 6] >> (q & 63)) & 1u);
}

#define TABLE_ENERGY_NONE UINT32_MAX

/* A cell's energy in J, NaN where not measured. m / 10^k with m < 2^53
 * and 10^k exact is the correctly rounded quotient: the double the
 * trace's text parses to. */
static inline double
table_energy(const struct table_config *c, uint32_t q)
{
	uint32_t m;

	if (c->energy64 != NULL)
		return c->energy64[q];
	m = c->energy32[q];
	return m == TABLE_ENERGY_NONE ? NAN : (double)m / c->energy_scale;
}

/* A cell's prompt and output tokens (0 where not measured). */
static inline uint32_t
table_tok_in(const struct table_config *c, uint32_t q)
{
	return c->tok_in32 != NULL ? c->tok_in32[q] : c->tok_in16[q];
}

static inline uint32_t
table_tok_out(const struct table_config *c, uint32_t q)
{
	return c->tok_out32 != NULL ? c->tok_out32[q] : c->tok_out16[q];
}

/* Configuration index by "model@accelerator", or -1. */
int table_find_config(const struct table *t, const char *name);
const char *table_config_name(const struct table *t, uint32_t c);
/* The devices of a configuration's replica: its records' accelerators,
 * else N of an accelerator named "NAME xN" (catalog_devices), else 1. */
int table_config_devices(const struct table *t, const struct table_config *c);
const char *table_str(const struct table *t, uint32_t id);
/* Query q's id. */
static inline const char *
table_query(const struct table *t, uint32_t q)
{
	return strtab_str(&t->queries, q);
}
/* An attribute's string id at query q, or TABLE_NONE. */
static inline uint32_t
table_attr_get(const struct table_attr *a, uint32_t q)
{
	if (a->id != NULL)
		return a->id[q];
	return a->code[q] == 0 ? TABLE_NONE : a->value[a->code[q] - 1];
}
/* Query q's domain and dataset (string ids), or TABLE_NONE. */
static inline uint32_t
table_domain(const struct table *t, uint32_t q)
{
	return table_attr_get(&t->domain, q);
}
static inline uint32_t
table_dataset(const struct table *t, uint32_t q)
{
	return table_attr_get(&t->dataset, q);
}
/* The index in t->files of the input query q's first record came from. */
uint32_t table_query_file(const struct table *t, uint32_t q);
uint64_t table_cells(const struct table *t);
/* Bytes held by the table, for memory reports. */
size_t table_memory(const struct table *t);

#endif

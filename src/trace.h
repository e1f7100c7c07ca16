/* Reading traces into a table: the canonical long format as JSON Lines or
 * CSV, and the IPW profiling harness's ProfilingRecord and QueryTrace JSON
 * Lines; any of them plain or zstd-compressed. */
#ifndef IPW_TRACE_H
#define IPW_TRACE_H

#include <stdint.h>

#include "error.h"
#include "input.h"
#include "table.h"

enum trace_format {
	TRACE_AUTO,	/* by content: '{' starts JSON, else CSV */
	TRACE_JSONL,
	TRACE_CSV,
	TRACE_HARNESS,	/* IPW harness ProfilingRecord lines */
	TRACE_QUERYTRACE,	/* IPW harness QueryTrace lines (ipw run) */
};

struct tracemap;

struct trace_options {
	enum trace_format format;
	double score_threshold;	/* correct = score >= this, when absent */
	size_t max_line;	/* bytes; 0 = INPUT_MAX_LINE */
	/* Harness records: accelerator name for every record, overriding
	 * gpu_info.name; NULL to use gpu_info.name. */
	const char *accelerator;
	/* QueryTrace records: the model (NULL: the run's summary.json next
	 * to the trace) and the boolean field that is the correctness (NULL:
	 * is_resolved). */
	const char *model, *correct_from;
	/* Skip, and count per configuration, records whose correctness
	 * (correct, score; harness: evaluation.is_correct, lm_correctness)
	 * or energy is null or absent, instead of stopping at them. */
	int skip_unscored, skip_unmeasured;
	/* The energy_source and energy_scope (prov.h codes) of records that
	 * state none, over the format's own; 0: the format's. */
	int energy_source, energy_scope;
	/* Read every input by this map (tracemap.h) instead of as a trace;
	 * --model and --accelerator give the fields it does not. NULL: the
	 * formats above. */
	const struct tracemap *map;
	/* When set, each finished record goes here instead of into the
	 * table (convert writes it out); returning -1 stops the reading with
	 * err reported at the record. */
	int (*record)(void *ctx, const struct record *r, struct ipw_error *err);
	void *record_ctx;
	/* Threads reading a canonical input (JSON Lines, CSV): one reads and
	 * commits, the others parse; 0: the online CPUs, up to 8; 1: one
	 * thread. The result is the same for any number. */
	int threads;
	/* Keep only the queries of shard shard_k (0-based) of shard_n, by
	 * strtab_shard of the query id; shard_n 0 keeps all. */
	uint32_t shard_k, shard_n;
	/* Called with the first record of each configuration, once it is
	 * in the table; returning -1 stops the reading, with err reported
	 * at that record. May be NULL. */
	int (*new_config)(void *ctx, const struct record *r,
	    struct ipw_error *err);
	void *new_config_ctx;
	/* Called about every 65536 records and once at the end of each
	 * input (done = 1); may be NULL. */
	void (*progress)(void *ctx, const struct input *in, uint64_t records,
	    int done);
	void *progress_ctx;
};

#define TRACE_MAX_THREADS 64	/* WORKERS_MAX */
#define TRACE_DEFAULT_THREADS 8	/* the online CPUs, up to this */

void trace_options_init(struct trace_options *o);
/* Reads one input into t. Data errors go to errs; reading stops when errs
 * is full or on an error that ends the input (cannot open, corrupt zstd,
 * over-long line). Returns 0 if the input added records without error,
 * -1 otherwise. An input with no records is an error. */
int trace_load(struct table *t, const char *path,
    const struct trace_options *o, struct ipw_errlist *errs);
const char *trace_format_name(enum trace_format f);
int trace_format_parse(const char *s, enum trace_format *f);

#endif

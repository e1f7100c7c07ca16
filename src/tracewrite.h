/* Writing canonical trace records (the format ipwsim reads) as JSON Lines
 * or CSV, for the commands that make traces: convert and synth. */
#ifndef IPW_TRACEWRITE_H
#define IPW_TRACEWRITE_H

#include <stdio.h>

/* One record; NaN numbers and NULL texts are left out (JSON) or empty
 * (CSV). */
struct trace_row {
	const char *query_id, *model, *accelerator;
	int correct;
	double score;		/* graded quality in [0, 1]; NaN: none */
	double p_correct;	/* probability of a correct answer; NaN:
				 * none */
	double energy_j, latency_s, ttft_s, tokens_in, tokens_out, power_w;
	double flops, cost_usd, batch_size;
	const char *domain, *dataset;
	const char *energy_source, *energy_scope;	/* prov.h's words */
	const char *precision;	/* precision.h's name, or NULL */
	double accelerators;	/* devices per replica; 0: not given */
};

/* The CSV header line; nothing for JSON Lines. */
void tracewrite_header(FILE *fp, int csv);
/* -1 when out of memory (nothing written). */
int tracewrite_row(FILE *fp, int csv, const struct trace_row *r);
/* A finished canonical record (record.h) as a row. */
struct record;
int tracewrite_record(FILE *fp, int csv, const struct record *r);

#endif

/* ipwsim check: lint a trace without simulating. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "lint.h"
#include "output.h"

static const char usage[] =
"usage: ipwsim check [options] TRACE...\n"
"\n"
"Read TRACE (files are concatenated; - is stdin) and report its queries,\n"
"configurations and missing cells, a summary per configuration, and\n"
"warnings: average power (power_w, or energy_j / latency_s) above the\n"
"accelerator's TDP or below its idle power, zero energy with tokens > 0,\n"
"the same token counts in every record, a configuration whose records\n"
"are all correct or all incorrect, an accelerator missing from the catalog.\n"
"\n"
"Input notes (an unknown field, ignored; a byte-order mark, skipped) are\n"
"listed with the warnings.\n"
"\n"
"Options:\n"
CLI_INPUT_USAGE
"                        (and with check, exit 65 on any warning)\n"
"  --format F            table (default), csv or json\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok (warnings do not fail unless --strict), 64 usage,\n"
"65 bad data, 66 cannot open input, 73 cannot create output, 74 I/O error.\n";

static const struct option longopts[] = {
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

struct check {
	struct cli_common common;
	struct table t;
	struct catalog cat;
	struct lint l;
};

static double
mean(double sum, double n)
{
	return n > 0 ? sum / n : NAN;
}

static int
write_csv(void *ctx, FILE *fp)
{
	const struct check *k = ctx;
	fputs("config,records,missing,quality,energy_per_query_j,power_mean_w,"
	    "tokens_in_mean,tokens_out_mean,warnings,energy_source,"
	    "energy_scope\n", fp);
	for (uint32_t c = 0; c < k->t.nc; c++) {
		const struct lint_config *lc = &k->l.cfg[c];
		int w = 0;
		for (int i = 0; i < LINT_KINDS; i++)
			w += lc->count[i] > 0;
		out_csv_text(fp, table_config_name(&k->t, c));
		fprintf(fp, ",%u,%u", lc->records, k->t.nq - lc->records);
		out_csv_num(fp, mean(lc->correct, lc->records));
		out_csv_num(fp, mean(lc->energy_sum, lc->records));
		out_csv_num(fp, mean(lc->power_sum, lc->with_power));
		out_csv_num(fp, mean((double)lc->tokens_in, lc->records));
		out_csv_num(fp, mean((double)lc->tokens_out, lc->records));
		fprintf(fp, ",%d,%s,%s\n", w, lint_provenance(lc, 0),
		    lint_provenance(lc, 1));
	}
	return 0;
}

static void
for_each_warning(const struct check *k, void (*fn)(void *, const char *,
    const char *, const char *), void *ctx)
{
	char buf[512];

	for (uint32_t c = 0; c < k->t.nc; c++)
		for (int i = 0; i < LINT_KINDS; i++)
			if (k->l.cfg[c].count[i] > 0) {
				lint_warning(&k->l, &k->t, c,
				    (enum lint_kind)i, buf, sizeof(buf));
				fn(ctx, "warning", table_config_name(&k->t, c),
				    buf);
			}
	if (k->l.same_tokens)
		fn(ctx, "warning", "trace", "every record has the same "
		    "tokens_in and "
		    "tokens_out: were token counts measured?");
	if (k->l.scope_local != k->l.scope_cloud) {
		lint_scope_warning(&k->l, buf, sizeof(buf));
		fn(ctx, "warning", "trace", buf);
	}
	for (size_t i = 0; i < k->common.nnotices; i++) {
		const struct ipw_error *e = &k->common.notices[i].e;
		char where[300];
		if (e->line > 0)
			snprintf(where, sizeof(where), "%s:%ld:%ld", e->file,
			    e->line, e->col);
		else
			snprintf(where, sizeof(where), "%s", e->file);
		fn(ctx, k->common.notices[i].kind == IPW_NOTE ? "note" :
		    "warning", where, e->msg);
	}
}

/* Warnings: the plausibility checks' and the input's (notes are not
 * warnings: a byte-order mark is no fault). */
static unsigned
nwarnings(const struct check *k)
{
	unsigned n = k->l.nwarnings;

	for (size_t i = 0; i < k->common.nnotices; i++)
		n += k->common.notices[i].kind == IPW_WARNING;
	return n;
}

static void
print_warning(void *ctx, const char *kind, const char *where,
    const char *text)
{
	fprintf(ctx, "%s: %s: %s\n", kind, where, text);
}

static int
write_table(void *ctx, FILE *fp)
{
	const struct check *k = ctx;
	fprintf(fp, "queries: %u\nconfigurations: %u\ncells: %llu measured, "
	    "%llu missing\n\n", k->t.nq, k->t.nc,
	    (unsigned long long)k->l.cells, (unsigned long long)k->l.missing);
	fprintf(fp, "%-40s %8s %8s %10s %10s %9s %9s  %-9s %s\n",
	    "configuration", "records", "quality", "energy_J", "power_W",
	    "tok_in", "tok_out", "source", "scope");
	for (uint32_t c = 0; c < k->t.nc; c++) {
		const struct lint_config *lc = &k->l.cfg[c];
		fprintf(fp, "%-40s %8u", table_config_name(&k->t, c),
		    lc->records);
		out_num(fp, 8, mean(lc->correct, lc->records));
		out_num(fp, 10, mean(lc->energy_sum, lc->records));
		out_num(fp, 10, mean(lc->power_sum, lc->with_power));
		out_num(fp, 9, mean((double)lc->tokens_in, lc->records));
		out_num(fp, 9, mean((double)lc->tokens_out, lc->records));
		fprintf(fp, "  %-9s %s\n", lint_provenance(lc, 0),
		    lint_provenance(lc, 1));
	}
	fprintf(fp, "\n%u warning%s%s\n", nwarnings(k), nwarnings(k) == 1 ?
	    "" : "s", k->common.nnotices > 0 ? ", with the input's notes" : "");
	for_each_warning(k, print_warning, fp);
	return 0;
}

static void
json_warning(void *ctx, const char *kind, const char *where,
    const char *text)
{
	cJSON *w = cJSON_CreateObject();

	cJSON_AddStringToObject(w, "kind", kind);
	cJSON_AddStringToObject(w, "where", where);
	cJSON_AddStringToObject(w, "warning", text);
	cJSON_AddItemToArray(ctx, w);
}

/* {"measured": records, ...}: every word of the kind, unstated last. */
static void
json_counts(cJSON *o, const char *key, const uint32_t *n, int scope)
{
	cJSON *c = cJSON_AddObjectToObject(o, key);

	for (int i = 0; i < prov_words(scope); i++) {
		int k = prov_order(scope, i);
		cJSON_AddNumberToObject(c, prov_name(scope, k), n[k]);
	}
}

static int
write_json(void *ctx, FILE *fp)
{
	const struct check *k = ctx;
	cJSON *root = cJSON_CreateObject(), *cfgs, *warn;

	cJSON_AddNumberToObject(root, "queries", k->t.nq);
	cJSON_AddNumberToObject(root, "configurations", k->t.nc);
	cJSON_AddNumberToObject(root, "cells", (double)k->l.cells);
	cJSON_AddNumberToObject(root, "missing", (double)k->l.missing);
	cfgs = cJSON_AddArrayToObject(root, "per_config");
	for (uint32_t c = 0; c < k->t.nc; c++) {
		const struct lint_config *lc = &k->l.cfg[c];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "config", table_config_name(&k->t, c));
		cJSON_AddNumberToObject(o, "records", lc->records);
		cJSON_AddNumberToObject(o, "missing", k->t.nq - lc->records);
		cJSON_AddNumberToObject(o, "quality", mean(lc->correct,
		    lc->records));
		cJSON_AddNumberToObject(o, "energy_per_query_j",
		    mean(lc->energy_sum, lc->records));
		cJSON_AddNumberToObject(o, "power_mean_w", mean(lc->power_sum,
		    lc->with_power));
		cJSON_AddNumberToObject(o, "tokens_in_mean",
		    mean((double)lc->tokens_in, lc->records));
		cJSON_AddNumberToObject(o, "tokens_out_mean",
		    mean((double)lc->tokens_out, lc->records));
		json_counts(o, "energy_source", lc->source, 0);
		json_counts(o, "energy_scope", lc->scope, 1);
		cJSON_AddItemToArray(cfgs, o);
	}
	warn = cJSON_AddArrayToObject(root, "warnings");
	for_each_warning(k, json_warning, warn);
	return out_json_doc(fp, root, "check");
}

static const struct cli_writers writers = { write_table, write_csv,
	write_json };

static int
run(int argc, char **argv)
{
	struct check *k = calloc(1, sizeof(*k));
	int rc, done;

	if (k == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&k->common, &cmd_check);
	k->common.keep_notices = 1;
	table_init(&k->t);
	catalog_init(&k->cat);
	rc = cli_start(&k->common, argc, argv, longopts, NULL, k,
	    &k->cat, &k->t, &done);
	if (!done) {
		if (lint_run(&k->l, &k->t, &k->cat) < 0) {
			fprintf(stderr, "ipwsim: check: out of memory\n");
			rc = IPW_EX_SOFTWARE;
		} else
			rc = cli_write_report(&k->common, &writers, k);
		if (rc == 0 && k->common.strict && k->l.nwarnings > 0) {
			fprintf(stderr, "ipwsim: check: %u warning%s "
			    "(--strict)\n", k->l.nwarnings,
			    k->l.nwarnings == 1 ? "" : "s");
			rc = IPW_EX_DATAERR;
		}
	}
	lint_release(&k->l);
	cli_common_release(&k->common);
	catalog_release(&k->cat);
	table_release(&k->t);
	free(k);
	return rc;
}

const struct cmd cmd_check = {
	"check",
	"lint a trace: counts, per-configuration summary, plausibility warnings",
	usage,
	run,
};

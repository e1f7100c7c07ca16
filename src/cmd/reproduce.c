/* ipwsim reproduce: the paper's routing numbers next to ipwsim's on a
 * trace, the verdict in words, and the accounting hypotheses under which
 * the paper's numbers would appear. Option parsing and output only: the
 * analysis is src/repro.c. */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "html.h"
#include "output.h"
#include "paper.h"
#include "plot.h"
#include "record.h"
#include "repro.h"
#include "simopts.h"
#include "synth.h"

static const char usage[] =
"usage: ipwsim reproduce [options] [TRACE...]\n"
"\n"
"Simulate TRACE in the paper's setting (--preset paper; options after it\n"
"change it) and say whether the paper's Figure-4 numbers hold: the verdict\n"
"first, then rows: section, item, metric, the paper's value (empty where\n"
"the paper gives none), ipwsim's, its bootstrap 95% interval, the range a\n"
"search covered, and the difference. With no TRACE, on the synthetic trace\n"
"ipwsim synth makes from the calibration (the paper's traces were never\n"
"released). When no --local is given and the trace has them, the paper's\n"
"pool (Qwen3-4B, Qwen3-8B, Qwen3-14B, GPT-OSS-20B on the Apple M4 Max);\n"
"tables8-9 then grows every local configuration. The pool used is in the\n"
"verdict's second line.\n"
"  verdict     each Figure-4 number (oracle, paper router at 80% and 60%:\n"
"              energy, compute, cost; the local share) reproduced or not,\n"
"              by how much it misses, why (savings = f x (1 - r)), the\n"
"              critics' cases and the break-even cloud batch\n"
"  figure4     savings and quality of the oracle and of the paper, cascade\n"
"              and mixture routers at 80% and 60% accuracy\n"
"  daily       each policy's energy (kWh), FLOPs and cost (USD) for a day\n"
"              of --queries-per-day queries (80.2M, the paper's volume)\n"
"  implied     f, r, the r the paper's energy saving needs at the trace's\n"
"              f, and the local energy per moved query it needs\n"
"  tables8-9   the oracle's savings per dataset as the local pool grows\n"
"  assumptions cloud batch 64 and 256, the critics' presets (data/presets;\n"
"              every value an assumption), FLOPs from active parameters;\n"
"              the cloud batch where each saving falls to 0 or equals the\n"
"              paper's, with the range searched\n"
"  explain     with --explain: the accounting hypotheses' combinations\n"
"              that reproduce the oracle's three savings\n"
"Exit 0 whether or not the numbers match: the job is to report.\n"
"\n"
"  --tolerance P         a number is reproduced within P points, or when\n"
"                        the paper's value is inside the bootstrap interval\n"
"                        (1.5; 0 < P < 100)\n"
"  --explain[=NAMES]     search the combinations of the accounting\n"
"                        hypotheses (comma-separated; all by default):\n"
"                        cloud-charge, cloud-energy-basis, local-mode,\n"
"                        flops-params, oracle, token-pricing,\n"
"                        cloud-measured-on; list those whose oracle\n"
"                        savings are all within --tolerance of the targets\n"
"  --explain-targets E,C,K  the oracle savings to explain, percent\n"
"                        (80.4,77.3,73.8: the paper's)\n"
"  --html FILE           also write the report as one self-contained HTML\n"
"                        page (verdict, settings, tables, stand-ins and\n"
"                        assumptions, provenance), atomically\n"
"\n"
"Synthetic trace (no TRACE):\n"
"  --calibration FILE    as ipwsim synth (data/calibration/ipw-2511.07885.json)\n"
"  --synth-queries N     queries (100000)\n"
"  --synth-seed S        seed (1)\n"
"\n"
"  --queries-per-day N   the daily volume of the daily section (80.2e6)\n"
"\n"
"and the options of ipwsim simulate:\n"
"\n"
SIMOPTS_USAGE
"Input:\n"
CLI_INPUT_USAGE
"\n"
CLI_OUTPUT_USAGE;

enum { OPT_CALIBRATION = SIMOPTS_NEXT, OPT_SYNTH_QUERIES, OPT_SYNTH_SEED,
	OPT_QUERIES_PER_DAY, OPT_TOLERANCE, OPT_EXPLAIN, OPT_EXPLAIN_TARGETS,
	OPT_HTML };

static const struct option longopts[] = {
	{ "calibration", required_argument, NULL, OPT_CALIBRATION },
	{ "synth-queries", required_argument, NULL, OPT_SYNTH_QUERIES },
	{ "synth-seed", required_argument, NULL, OPT_SYNTH_SEED },
	{ "queries-per-day", required_argument, NULL, OPT_QUERIES_PER_DAY },
	{ "tolerance", required_argument, NULL, OPT_TOLERANCE },
	{ "explain", optional_argument, NULL, OPT_EXPLAIN },
	{ "explain-targets", required_argument, NULL, OPT_EXPLAIN_TARGETS },
	{ "html", required_argument, NULL, OPT_HTML },
	SIMOPTS_LONGOPTS,
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

struct reproduce {
	struct cli_common common;
	struct simopts so;
	struct table t;
	struct catalog cat;
	struct repro_options ro;
	struct repro *rep;
	const char *calibration, *explain_list, *html;
	int synthetic;
	int synth_queries, synth_seed;
	char trace[600];
};

/* --tolerance P: points, strictly between 0 and 100. */
static int
tolerance_option(struct reproduce *r, const char *arg)
{
	double v;

	if (cli_double(&cmd_reproduce, "--tolerance", arg, 0, 100, &v) < 0)
		return IPW_EX_USAGE;
	if (v <= 0 || v >= 100)
		return cli_usage(&cmd_reproduce, "--tolerance: %s is not "
		    "between 0 and 100 points (exclusive)", arg);
	r->ro.tolerance = v / 100;
	return 0;
}

/* --explain-targets E,C,K: the oracle's energy, compute and cost savings
 * to explain, in percent. */
static int
targets_option(struct reproduce *r, const char *arg)
{
	char buf[128], *p = buf, *q;

	if (strlen(arg) >= sizeof(buf))
		return cli_usage(&cmd_reproduce, "--explain-targets: too long");
	strcpy(buf, arg);
	for (int m = 0; m < 3; m++) {
		double v;
		if ((q = strchr(p, ',')) != NULL)
			*q = '\0';
		if ((m < 2) != (q != NULL))
			return cli_usage(&cmd_reproduce, "--explain-targets: "
			    "\"%s\" is not three savings E,C,K in percent",
			    arg);
		if (cli_double(&cmd_reproduce, "--explain-targets", p, -1e6,
		    100, &v) < 0)
			return IPW_EX_USAGE;
		r->ro.targets[m] = v / 100;
		p = q != NULL ? q + 1 : p;
	}
	return 0;
}

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct reproduce *r = ctx;
	int rc;

	switch (opt) {
	case OPT_CALIBRATION:
		r->calibration = arg;
		return 0;
	case OPT_SYNTH_QUERIES:
		return cli_whole(&cmd_reproduce, "--synth-queries", arg, 1,
		    100000000, &r->synth_queries) < 0 ? IPW_EX_USAGE : 0;
	case OPT_SYNTH_SEED:
		return cli_whole(&cmd_reproduce, "--synth-seed", arg, 0,
		    INT_MAX, &r->synth_seed) < 0 ? IPW_EX_USAGE : 0;
	case OPT_QUERIES_PER_DAY:
		return cli_double(&cmd_reproduce, "--queries-per-day", arg, 0,
		    1e15, &r->ro.queries_per_day) < 0 ? IPW_EX_USAGE : 0;
	case OPT_TOLERANCE:
		return tolerance_option(r, arg);
	case OPT_EXPLAIN:
		r->ro.explain = 1;
		r->explain_list = arg;
		return 0;
	case OPT_EXPLAIN_TARGETS:
		return targets_option(r, arg);
	case OPT_HTML:
		r->html = arg;
		return 0;
	}
	rc = simopts_option(&r->so, opt, arg);
	return rc >= 0 ? rc : cli_usage(&cmd_reproduce, "unknown option");
}

/* ---- the synthetic trace ---------------------------------------------------- */

struct filling {
	struct reproduce *r;
	const struct synth_calib *c;
	uint32_t file;
	struct ipw_error *err;
};

static int
fill(void *ctx, const struct synth_row *row)
{
	struct filling *f = ctx;
	const struct synth_calib *c = f->c;
	const struct synth_config *s = &c->c[row->config];
	const struct synth_dataset *d = &c->ds[row->dataset];
	const char *model = c->m[s->model].name, *why = NULL;
	struct record rec;
	char id[32];
	int missing;

	record_clear(&rec);
	synth_query_id(id, sizeof(id), row->query);
	record_set_string(&rec, RF_QUERY_ID, id, strlen(id), &why);
	record_set_string(&rec, RF_MODEL, model, strlen(model), &why);
	record_set_string(&rec, RF_ACCELERATOR, s->accel, strlen(s->accel),
	    &why);
	record_set_string(&rec, RF_DATASET, d->name, strlen(d->name), &why);
	if (row->domain >= 0)
		record_set_string(&rec, RF_DOMAIN, d->dom[row->domain],
		    strlen(d->dom[row->domain]), &why);
	record_set_number(&rec, RF_CORRECT, row->correct, &why);
	record_set_number(&rec, RF_P_CORRECT, row->p_correct, &why);
	record_set_number(&rec, RF_ENERGY, row->energy_j, &why);
	record_set_number(&rec, RF_LATENCY, row->latency_s, &why);
	record_set_number(&rec, RF_TOKENS_IN, row->tokens_in, &why);
	record_set_number(&rec, RF_TOKENS_OUT, row->tokens_out, &why);
	if (!isnan(s->batch))
		record_set_number(&rec, RF_BATCH, s->batch, &why);
	if (!isnan(s->devices))
		record_set_number(&rec, RF_ACCELERATORS, s->devices, &why);
	/* drawn from the paper's per-model means, measured by its harness on
	 * the accelerator alone */
	record_set_string(&rec, RF_ENERGY_SOURCE, "modelled", 8, &why);
	record_set_string(&rec, RF_ENERGY_SCOPE, "accelerator", 11, &why);
	if (why != NULL || record_finish(&rec, 0.5, &missing) < 0)
		return ipw_error_set(f->err, IPW_EX_SOFTWARE, "synthetic "
		    "record %s: %s", id, why != NULL ? why : "incomplete");
	return table_add(&f->r->t, &rec, f->file, (long)row->query + 1,
	    f->err);
}

/* With no trace given: the default synthetic trace, into the table. */
static int
synthesize(struct reproduce *r)
{
	struct synth_calib *c = calloc(1, sizeof(*c));
	struct synth_fit *fit = calloc(1, sizeof(*fit));
	struct synth_gen g;
	struct ipw_error err;
	struct filling f = { r, c, 0, &err };
	char name[128];
	const char *base;
	int rc = 0, file, gen;

	if (c == NULL || fit == NULL) {
		free(c);
		free(fit);
		return IPW_EX_SOFTWARE;
	}
	if (synth_load(c, r->calibration, &err) < 0 ||
	    synth_fit(c, fit, &err) < 0) {
		rc = cli_fail(&cmd_reproduce, &err);
		goto out;
	}
	synth_gen_init(&g, c);
	g.queries = (uint64_t)r->synth_queries;
	g.seed = (unsigned long)r->synth_seed;
	snprintf(name, sizeof(name), "synthetic trace (ipwsim synth "
	    "--queries %d --seed %d)", r->synth_queries, r->synth_seed);
	r->synthetic = 1;
	snprintf(r->trace, sizeof(r->trace), "%s, calibrated to the paper by "
	    "data/calibration: cloud energy ML.ENERGY's 8 x H100 batch-16 "
	    "measurement standing in for the H200; M4 Max energies from the "
	    "paper's Tables 13-15, Qwen3-4B's and Qwen3-14B's extrapolated",
	    name);
	base = strrchr(c->doc.name, '/');
	if (cli_show_notes(&r->common))
		fprintf(stderr, "ipwsim: reproduce: no trace given: on the %s, "
		    "calibrated by %s\n", name, base != NULL ? base + 1 :
		    c->doc.name);
	if ((file = table_add_file(&r->t, name, &err)) < 0)
		rc = cli_fail(&cmd_reproduce, &err);
	else {
		f.file = (uint32_t)file;
		if ((gen = synth_generate(c, fit, &g, fill, &f, NULL)) == -2)
			ipw_error_oom(&err);
		if (gen != 0)
			rc = cli_fail(&cmd_reproduce, &err);
		else
			table_shrink(&r->t);
	}
out:
	synth_release(c);
	free(c);
	free(fit);
	return rc;
}

/* Without --local, the paper's pool when the trace has all of it. */
static void
choose_pool(struct reproduce *r)
{
	struct ipw_error err;

	if (r->so.o.pool.nlocal != 0)
		return;
	for (int i = 0; i < 4; i++)
		if (pool_find_config(&r->t, &r->cat, repro_paper_pool[i],
		    &err) < 0)
			return;
	r->ro.paper_pool = 1;
	r->so.o.pool.nlocal = 4;
	for (int i = 0; i < 4; i++)
		r->so.o.pool.local[i] = repro_paper_pool[i];
}

/* ---- the verdict in words ----------------------------------------------- */

static const char *const short_metric[4] = { "energy", "compute", "cost",
	"local share" };

/* "yes, 0.9 below" / "no, 40.9 points below" for a check. */
static void
judgement(char *buf, size_t size, const struct repro_check *c)
{
	double d = (c->value - c->paper) * 100;

	snprintf(buf, size, "%s, %.1f %s", c->inside || c->within ? "yes" :
	    "no", fabs(d), d < 0 ? "below" : "above");
}

/* The main simulation's model interval, or why there is none, as one
 * sentence. */
static void
model_text(const struct repro *p, char *buf, size_t size)
{
	if (p->model.state == MODEL_DONE)
		snprintf(buf, size, "model interval of the oracle's energy "
		    "saving (%d draws): [%.1f, %.1f]%%; drawn: %s",
		    p->model.draws, p->model.lo[1] * 100, p->model.hi[1] * 100,
		    p->model.note);
	else
		snprintf(buf, size, "model interval: %s: %s",
		    report_model_state(p->model.state), p->model.note);
}

static void
verdict_policy(FILE *fp, const struct repro *p, const char *policy)
{
	double quality = NAN;
	int any = 0;

	for (int i = 0; i < p->nchecks; i++) {
		const struct repro_check *c = &p->check[i];
		char j[64];
		if (strcmp(c->policy, policy) != 0 || c->metric == 3)
			continue;
		judgement(j, sizeof(j), c);
		if (!any)
			fprintf(fp, "  %-10s ", policy);
		quality = c->quality;
		fprintf(fp, "%s%s %.1f%% (paper %.1f%%): %s", any ? "; " :
		    "", short_metric[c->metric], c->value * 100,
		    c->paper * 100, j);
		any = 1;
	}
	if (any)
		fprintf(fp, "; quality %.1f%%\n", quality * 100);
}

static const char *
dominant(const struct repro_cause *c)
{
	return fabs(c->from_r) >= fabs(c->from_f) ? "r" : "f";
}

static void
write_verdict(FILE *fp, const struct reproduce *r)
{
	const struct repro *p = r->rep;
	char text[1024];

	fprintf(fp, "verdict: %d of %d Figure-4 numbers reproduced (within "
	    "%g points, or the paper's value inside the bootstrap 95%% "
	    "interval)\n", p->nreproduced, p->nchecks, p->tolerance * 100);
	fprintf(fp, "  on %s\n  local pool %s; cloud %s at batch %g%s\n",
	    r->trace, p->pool, p->cloud, p->cloud_batch, p->stand_in ?
	    " (moved along the H100's curve standing in for the H200)" : "");
	if (p->prov_oracle[0] != '\0')
		fprintf(fp, "  energy provenance: cloud-only %s | oracle %s\n",
		    p->prov_baseline, p->prov_oracle);
	model_text(p, text, sizeof(text));
	fprintf(fp, "  %s\n", text);
	verdict_policy(fp, p, "oracle");
	verdict_policy(fp, p, "paper:0.8");
	verdict_policy(fp, p, "paper:0.6");
	for (int i = 0; i < p->nchecks; i++)
		if (p->check[i].metric == 3) {
			char j[64];
			judgement(j, sizeof(j), &p->check[i]);
			fprintf(fp, "  oracle local share %.1f%% (paper "
			    "%.1f%%): %s; cloud-only quality %.1f%%\n",
			    p->check[i].value * 100, p->check[i].paper * 100, j,
			    p->quality_cloud * 100);
		}
	fputs("  why, savings = f x (1 - r) (f: the moved queries' share of "
	    "the baseline; r: local over cloud on them; the paper's f taken as "
	    "its local share):\n", fp);
	for (int m = 0; m < 3; m++) {
		const struct repro_cause *c = &p->cause[m];
		fprintf(fp, "    %s: f %.3f (paper %.3f), r %.3f (paper %.3f); "
		    "of the %.1f-point gap %.1f from f, %.1f from r: %s "
		    "dominates", short_metric[m], c->f, c->f_paper, c->r,
		    c->r_paper, (paper_oracle[m] - c->saving) * 100,
		    c->from_f * 100, c->from_r * 100, dominant(c));
		if (m == 0 && c->r_needed >= 0)
			fprintf(fp, "; a moved query takes %.4g J locally, the "
			    "paper's saving needs %.4g J", c->local_per_query,
			    c->local_needed);
		else if (m == 0)
			fprintf(fp, "; the paper's saving is out of reach at "
			    "this f even with no local energy");
		fputc('\n', fp);
	}
	fputs("  critics (oracle energy [model 95%, where a model moved "
	    "energy] / compute / cost saving):", fp);
	for (int i = 0; i < p->ncritics; i++) {
		const struct repro_critic *c = &p->critic[i];
		const char *paren = strstr(c->item, " (");
		int n = paren != NULL ? (int)(paren - c->item) :
		    (int)strlen(c->item);
		if (!c->computed) {
			fprintf(fp, "%s %.*s not computed", i ? ";" : "", n,
			    c->item);
			continue;
		}
		fprintf(fp, "%s %.*s %.1f", i ? ";" : "", n, c->item,
		    c->saving[0] * 100);
		if (c->model == MODEL_DONE)
			fprintf(fp, " [%.1f, %.1f]", c->model_lo * 100,
			    c->model_hi * 100);
		fprintf(fp, " / %.1f / %.1f%%", c->saving[1] * 100,
		    c->saving[2] * 100);
	}
	fputc('\n', fp);
	if (isnan(p->be_lo)) {
		fputs("  break-even cloud batch (oracle saving 0): not computed "
		    "(see the notes)\n", fp);
		goto explain;
	}
	fprintf(fp, "  break-even cloud batch (oracle saving 0), searched %.4g "
	    "to %.4g:", p->be_lo, p->be_hi);
	for (int m = 0; m < 3; m++) {
		if (isnan(p->break_even[m]))
			fprintf(fp, " %s none in range", short_metric[m]);
		else
			fprintf(fp, " %s %.4g", short_metric[m],
			    p->break_even[m]);
		fputc(m < 2 ? ',' : '\n', fp);
	}
explain:
	fputs(r->ro.explain ? "  accounting hypotheses: see explain below\n" :
	    "  which accounting would give the paper's numbers: ipwsim "
	    "reproduce --explain\n", fp);
}

/* "cloud-charge=step, oracle=cheapest-energy" or "ipwsim's defaults". */
static void
combo_text(char *buf, size_t size, const struct repro_explain *ex,
    const struct repro_combo *c, int all)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int a = 0; a < REPRO_AXES && used < size; a++)
		if (ex->axes & 1u << a && (all || c->v[a] != 0))
			used += (size_t)snprintf(buf + used, size - used, "%s%s=%s",
			    used ? ", " : "", repro_axis_name(a),
			    repro_axis_value(a, c->v[a]));
	if (buf[0] == '\0')
		snprintf(buf, size, "the defaults");
}

static void
write_combo(FILE *fp, const struct repro_explain *ex,
    const struct repro_combo *c)
{
	char text[400];

	combo_text(text, sizeof(text), ex, c, 0);
	fprintf(fp, "  %d: %s\n     oracle %.1f / %.1f / %.1f%% (quality "
	    "%.1f%%); paper:0.8 %.1f / %.1f / %.1f%%; paper:0.6 %.1f / %.1f / "
	    "%.1f%%\n", c->departures, text, c->saving[0] * 100,
	    c->saving[1] * 100, c->saving[2] * 100, c->quality * 100,
	    c->router[0][0] * 100, c->router[0][1] * 100,
	    c->router[0][2] * 100, c->router[1][0] * 100,
	    c->router[1][1] * 100, c->router[1][2] * 100);
}

static void
write_explain(FILE *fp, const struct reproduce *r)
{
	const struct repro_explain *ex = &r->rep->ex;
	const struct repro_cause *c = &r->rep->cause[0];
	int nax = 0;

	for (int a = 0; a < REPRO_AXES; a++)
		nax += (ex->axes & 1u << a) != 0;
	fprintf(fp, "\nexplain: %ld combinations of %d accounting hypotheses "
	    "searched (every value of each, exhaustively), %ld computed; "
	    "targets: oracle energy %.1f%%, compute %.1f%%, cost %.1f%%, each "
	    "within %g points\n", ex->searched, nax, ex->computed,
	    ex->targets[0] * 100, ex->targets[1] * 100, ex->targets[2] * 100,
	    ex->tolerance * 100);
	if (ex->not_computed[0] != '\0')
		fprintf(fp, "  not computed, e.g.: %s\n", ex->not_computed);
	if (ex->nmatch == 0) {
		fprintf(fp, "  no combination reproduces all three; the "
		    "nearest (departures: hypotheses, largest miss):\n");
		for (int i = 0; i < ex->nnearest; i++) {
			write_combo(fp, ex, &ex->nearest[i]);
			fprintf(fp, "     largest miss %.1f points\n",
			    ex->nearest[i].miss * 100);
		}
	} else {
		fprintf(fp, "  %ld reproduce all three%s, by departures from "
		    "ipwsim's accounting:\n", ex->nmatch_total,
		    ex->nmatch_total > ex->nmatch ? " (the first listed)" : "");
		for (int i = 0; i < ex->nmatch; i++)
			write_combo(fp, ex, &ex->match[i]);
	}
	fprintf(fp, "  energy as measured: f %.3f and r %.3f; the target "
	    "needs r %.4f at this f (%.4f at the paper's f %.3f)", c->f, c->r,
	    1 - ex->targets[0] / c->f, 1 - ex->targets[0] / c->f_paper,
	    c->f_paper);
	if (ex->targets[0] <= c->f)
		fprintf(fp, ": a moved query's local energy %.4g J instead of "
		    "%.4g J\n", (1 - ex->targets[0] / c->f) *
		    c->cloud_per_query, c->local_per_query);
	else
		fputs(": out of reach at this f, whatever the local energy\n",
		    fp);
}

static void
cell(FILE *fp, double v, int whole)
{
	if (isnan(v))
		fprintf(fp, " %10s", "-");
	else if (whole)
		fprintf(fp, " %10.0f", v);
	else
		fprintf(fp, " %10.4f", v);
}

static int
write_table(void *ctx, FILE *fp)
{
	const struct reproduce *r = ctx;
	const struct repro *p = r->rep;
	int wi = 4, wm = 6;	/* the columns as wide as their longest cell */

	write_verdict(fp, r);
	if (r->ro.explain)
		write_explain(fp, r);
	fputc('\n', fp);
	for (int i = 0; i < p->nrows; i++) {
		wi = (int)fmax(wi, (double)strlen(p->rows[i].item));
		wm = (int)fmax(wm, (double)strlen(p->rows[i].metric));
	}
	fprintf(fp, "%-12s %-*s %-*s %10s %10s %10s %10s %10s %10s %10s\n",
	    "section", wi, "item", wm, "metric", "paper", "ipwsim", "ci_lo",
	    "ci_hi", "range_lo", "range_hi", "difference");
	for (int i = 0; i < p->nrows; i++) {
		const struct repro_row *w = &p->rows[i];
		int big = w->whole && fabs(w->value) >= 1e15;
		fprintf(fp, "%-12s %-*s %-*s", w->section, wi, w->item, wm,
		    w->metric);
		cell(fp, w->paper, 0);
		if (big)	/* daily FLOPs: too wide for the column */
			fprintf(fp, " %10.4g", w->value);
		else
			cell(fp, w->value, w->whole);
		cell(fp, w->lo, 0);
		cell(fp, w->hi, 0);
		cell(fp, w->range_lo, 0);
		cell(fp, w->range_hi, 0);
		cell(fp, w->value - w->paper, 0);
		fputc('\n', fp);
	}
	for (int i = 0; i < p->nnotes; i++)
		fprintf(fp, "note: %s\n", p->notes[i]);
	return 0;
}

/* ---- CSV: tidy rows; the verdict's checks carry "reproduced" ---------- */

static int
reproduced_of(const struct repro *p, const struct repro_row *w)
{
	for (int i = 0; i < p->nchecks; i++) {
		const struct repro_check *c = &p->check[i];
		if (strcmp(w->section, "figure4") == 0 &&
		    strcmp(c->policy, w->item) == 0 && strncmp(w->metric,
		    c->metric == 3 ? "local_share" : short_metric[c->metric],
		    strlen(c->metric == 3 ? "local_share" :
		    short_metric[c->metric])) == 0)
			return c->inside || c->within;
	}
	return -1;
}

static void
csv_row(FILE *fp, const char *section, const char *item, const char *metric,
    double paper, double value, double lo, double hi, double rlo, double rhi,
    int reproduced)
{
	out_csv_text(fp, section);
	fputc(',', fp);
	out_csv_text(fp, item);
	fputc(',', fp);
	out_csv_text(fp, metric);
	out_csv_num(fp, paper);
	out_csv_num(fp, value);
	out_csv_num(fp, lo);
	out_csv_num(fp, hi);
	out_csv_num(fp, rlo);
	out_csv_num(fp, rhi);
	out_csv_num(fp, value - paper);
	fputc(',', fp);
	if (reproduced >= 0)
		fputs(reproduced ? "yes" : "no", fp);
	fputc('\n', fp);
}

static int
write_csv(void *ctx, FILE *fp)
{
	const struct reproduce *r = ctx;
	const struct repro *p = r->rep;
	const struct repro_explain *ex = &p->ex;

	fputs("section,item,metric,paper,ipwsim,ci_lo,ci_hi,range_lo,range_hi,"
	    "difference,reproduced\n", fp);
	for (int i = 0; i < p->nrows; i++) {
		const struct repro_row *w = &p->rows[i];
		csv_row(fp, w->section, w->item, w->metric, w->paper, w->value,
		    w->lo, w->hi, w->range_lo, w->range_hi,
		    reproduced_of(p, w));
	}
	for (int pass = 0; pass < 2 && ex->ran; pass++) {
		int n = pass == 0 ? ex->nmatch : ex->nnearest;
		for (int i = 0; i < n; i++) {
			const struct repro_combo *c = pass == 0 ? &ex->match[i] :
			    &ex->nearest[i];
			char text[400];
			static const char *const names[3] = {
				"oracle.energy_saving", "oracle.compute_saving",
				"oracle.cost_saving" };
			combo_text(text, sizeof(text), ex, c, 1);
			for (int m = 0; m < 3; m++)
				csv_row(fp, pass == 0 ? "explain" :
				    "explain-nearest", text, names[m],
				    ex->targets[m], c->saving[m], NAN, NAN, NAN,
				    NAN, pass == 0);
			for (int a = 0; a < 2; a++)
				for (int m = 0; m < 3; m++) {
					char name[48];
					snprintf(name, sizeof(name), "%s.%s",
					    a ? "paper:0.6" : "paper:0.8",
					    names[m] + 7);
					csv_row(fp, pass == 0 ? "explain" :
					    "explain-nearest", text, name,
					    paper_router[a][m], c->router[a][m],
					    NAN, NAN, NAN, NAN, -1);
				}
		}
	}
	return 0;
}

/* ---- JSON: version, settings, verdict, rows, explain ------------------- */

/* energy_saving, compute_saving and cost_saving into o. */
static void
json_savings(cJSON *o, const double *saving)
{
	static const char *const names[3] = { "energy_saving",
		"compute_saving", "cost_saving" };

	for (int m = 0; m < 3; m++)
		cJSON_AddNumberToObject(o, names[m], saving[m]);
}

static cJSON *
json_combo(const struct repro_explain *ex, const struct repro_combo *c)
{
	cJSON *o = cJSON_CreateObject(), *h = cJSON_AddObjectToObject(o,
	    "hypotheses"), *s;

	for (int a = 0; a < REPRO_AXES; a++)
		if (ex->axes & 1u << a)
			cJSON_AddStringToObject(h, repro_axis_name(a),
			    repro_axis_value(a, c->v[a]));
	cJSON_AddNumberToObject(o, "departures", c->departures);
	s = cJSON_AddObjectToObject(o, "oracle");
	json_savings(s, c->saving);
	cJSON_AddNumberToObject(s, "quality", c->quality);
	cJSON_AddNumberToObject(o, "largest_miss", c->miss);
	for (int a = 0; a < 2; a++) {
		s = cJSON_AddObjectToObject(o, a ? "paper:0.6" : "paper:0.8");
		json_savings(s, c->router[a]);
		cJSON_AddNumberToObject(s, "quality", c->router_quality[a]);
	}
	return o;
}

static cJSON *
json_explain(const struct reproduce *r)
{
	const struct repro_explain *ex = &r->rep->ex;
	const struct repro_cause *c = &r->rep->cause[0];
	cJSON *o = cJSON_CreateObject(), *a, *t, *e;

	a = cJSON_AddArrayToObject(o, "searched_hypotheses");
	for (int i = 0; i < REPRO_AXES; i++)
		if (ex->axes & 1u << i)
			cJSON_AddItemToArray(a, cJSON_CreateString(
			    repro_axis_name(i)));
	cJSON_AddNumberToObject(o, "combinations", (double)ex->searched);
	cJSON_AddNumberToObject(o, "computed", (double)ex->computed);
	if (ex->not_computed[0] != '\0')
		cJSON_AddStringToObject(o, "not_computed_example",
		    ex->not_computed);
	t = cJSON_AddObjectToObject(o, "targets");
	json_savings(t, ex->targets);
	cJSON_AddNumberToObject(o, "tolerance", ex->tolerance);
	cJSON_AddNumberToObject(o, "reproducing", (double)ex->nmatch_total);
	a = cJSON_AddArrayToObject(o, "matches");
	for (int i = 0; i < ex->nmatch; i++)
		cJSON_AddItemToArray(a, json_combo(ex, &ex->match[i]));
	a = cJSON_AddArrayToObject(o, "nearest");
	for (int i = 0; i < ex->nnearest; i++)
		cJSON_AddItemToArray(a, json_combo(ex, &ex->nearest[i]));
	e = cJSON_AddObjectToObject(o, "energy");
	cJSON_AddNumberToObject(e, "f", c->f);
	cJSON_AddNumberToObject(e, "r", c->r);
	cJSON_AddNumberToObject(e, "r_needed_at_trace_f",
	    1 - ex->targets[0] / c->f);
	cJSON_AddNumberToObject(e, "r_needed_at_paper_f",
	    1 - ex->targets[0] / c->f_paper);
	cJSON_AddNumberToObject(e, "local_j_per_moved_query",
	    c->local_per_query);
	cJSON_AddNumberToObject(e, "local_j_per_moved_query_needed",
	    (1 - ex->targets[0] / c->f) * c->cloud_per_query);
	return o;
}

static cJSON *
json_verdict(const struct reproduce *r)
{
	static const char *const names[4] = { "energy_saving",
		"compute_saving", "cost_saving", "local_share" };
	const struct repro *p = r->rep;
	cJSON *v = cJSON_CreateObject(), *a, *o;

	cJSON_AddNumberToObject(v, "reproduced", p->nreproduced);
	cJSON_AddNumberToObject(v, "of", p->nchecks);
	cJSON_AddNumberToObject(v, "tolerance", p->tolerance);
	a = cJSON_AddArrayToObject(v, "checks");
	for (int i = 0; i < p->nchecks; i++) {
		const struct repro_check *c = &p->check[i];
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "policy", c->policy);
		cJSON_AddStringToObject(o, "metric", names[c->metric]);
		cJSON_AddNumberToObject(o, "paper", c->paper);
		cJSON_AddNumberToObject(o, "ipwsim", c->value);
		cJSON_AddNumberToObject(o, "ci_lo", c->lo);
		cJSON_AddNumberToObject(o, "ci_hi", c->hi);
		cJSON_AddNumberToObject(o, "difference", c->value - c->paper);
		cJSON_AddBoolToObject(o, "inside_interval", c->inside);
		cJSON_AddBoolToObject(o, "within_tolerance", c->within);
		cJSON_AddBoolToObject(o, "reproduced", c->inside || c->within);
		cJSON_AddItemToArray(a, o);
	}
	o = cJSON_AddObjectToObject(v, "causes");
	for (int m = 0; m < 3; m++) {
		const struct repro_cause *c = &p->cause[m];
		cJSON *k = cJSON_AddObjectToObject(o, names[m]);
		cJSON_AddNumberToObject(k, "f", c->f);
		cJSON_AddNumberToObject(k, "r", c->r);
		cJSON_AddNumberToObject(k, "f_paper", c->f_paper);
		cJSON_AddNumberToObject(k, "r_paper", c->r_paper);
		cJSON_AddNumberToObject(k, "gap_from_f", c->from_f);
		cJSON_AddNumberToObject(k, "gap_from_r", c->from_r);
		cJSON_AddStringToObject(k, "dominant", dominant(c));
	}
	o = cJSON_AddObjectToObject(v, "model_interval");
	cJSON_AddStringToObject(o, "state",
	    report_model_state(p->model.state));
	cJSON_AddNumberToObject(o, "draws", p->model.draws);
	cJSON_AddStringToObject(o, "note", p->model.note);
	if (p->model.state == MODEL_DONE) {
		cJSON_AddNumberToObject(o, "oracle_energy_saving_lo",
		    p->model.lo[1]);
		cJSON_AddNumberToObject(o, "oracle_energy_saving_hi",
		    p->model.hi[1]);
	}
	a = cJSON_AddArrayToObject(v, "critics");
	for (int i = 0; i < p->ncritics; i++) {
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "case", p->critic[i].item);
		json_savings(o, p->critic[i].saving);
		if (p->critic[i].model == MODEL_DONE) {
			cJSON *mi = cJSON_AddObjectToObject(o,
			    "energy_saving_model95");
			cJSON_AddNumberToObject(mi, "lo", p->critic[i].model_lo);
			cJSON_AddNumberToObject(mi, "hi", p->critic[i].model_hi);
		}
		cJSON_AddItemToArray(a, o);
	}
	o = cJSON_AddObjectToObject(v, "break_even_cloud_batch");
	for (int m = 0; m < 3; m++)
		cJSON_AddNumberToObject(o, names[m], p->break_even[m]);
	cJSON_AddNumberToObject(o, "range_lo", p->be_lo);
	cJSON_AddNumberToObject(o, "range_hi", p->be_hi);
	o = cJSON_AddObjectToObject(v, "quality");
	cJSON_AddNumberToObject(o, "cloud-only", p->quality_cloud);
	for (int i = 0; i < p->nchecks; i++)	/* once per policy */
		if (p->check[i].metric == 0)
			cJSON_AddNumberToObject(o, p->check[i].policy,
			    p->check[i].quality);
	return v;
}

static int
write_json(void *ctx, FILE *fp)
{
	const struct reproduce *r = ctx;
	const struct repro *p = r->rep;
	cJSON *root = cJSON_CreateObject(), *s, *rows;

	s = cJSON_AddObjectToObject(root, "settings");
	cJSON_AddStringToObject(s, "trace", r->trace);
	for (int i = 0; i < p->nsettings; i++)
		cJSON_AddStringToObject(s, p->setting_key[i],
		    p->setting_value[i]);
	cJSON_AddNumberToObject(s, "cloud_batch", p->cloud_batch);
	cJSON_AddNumberToObject(s, "queries_per_day", r->ro.queries_per_day);
	cJSON_AddItemToObject(root, "verdict", json_verdict(r));
	rows = cJSON_AddArrayToObject(root, "rows");
	for (int i = 0; i < p->nrows; i++) {
		const struct repro_row *w = &p->rows[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "section", w->section);
		cJSON_AddStringToObject(o, "item", w->item);
		cJSON_AddStringToObject(o, "metric", w->metric);
		cJSON_AddNumberToObject(o, "paper", w->paper);
		cJSON_AddNumberToObject(o, "ipwsim", w->value);
		cJSON_AddNumberToObject(o, "ci_lo", w->lo);
		cJSON_AddNumberToObject(o, "ci_hi", w->hi);
		cJSON_AddNumberToObject(o, "range_lo", w->range_lo);
		cJSON_AddNumberToObject(o, "range_hi", w->range_hi);
		cJSON_AddNumberToObject(o, "difference", w->value - w->paper);
		cJSON_AddItemToArray(rows, o);
	}
	if (r->rep->ex.ran)
		cJSON_AddItemToObject(root, "explain", json_explain(r));
	s = cJSON_AddArrayToObject(root, "notes");
	for (int i = 0; i < p->nnotes; i++)
		cJSON_AddItemToArray(s, cJSON_CreateString(p->notes[i]));
	return out_json_doc(fp, root, "reproduce");
}

/* ---- the HTML page ------------------------------------------------------ */

static const char *
yes_no(int v)
{
	return v ? "yes" : "no";
}

static void
html_verdict(FILE *fp, const struct reproduce *r)
{
	static const char *const heads[] = { "policy", "number", "paper",
		"ipwsim", "95% interval", "difference (points)", "quality",
		"reproduced" };
	const struct repro *p = r->rep;
	char text[1024];

	html_heading(fp, 2, "verdict", "Verdict");
	fputs("<div class=\"verdict\">\n<p><strong>", fp);
	html_printf(fp, "%d of %d of the paper's Figure-4 numbers are "
	    "reproduced", p->nreproduced, p->nchecks);
	fputs("</strong> ", fp);
	html_printf(fp, "(within %g points, or the paper's value inside the "
	    "bootstrap 95%% interval over queries).", p->tolerance * 100);
	fputs("</p>\n<p>", fp);
	html_printf(fp, "Local pool: %s. Cloud: %s at batch %g%s.", p->pool,
	    p->cloud, p->cloud_batch, p->stand_in ? " (moved along the "
	    "H100's curve standing in for the H200)" : "");
	fputs("</p>\n<p>", fp);
	model_text(p, text, sizeof(text));
	html_text(fp, text);
	fputs("</p>\n", fp);
	html_table_begin(fp, "Figure 4: each number against the paper's",
	    heads, 8);
	for (int i = 0; i < p->nchecks; i++) {
		const struct repro_check *c = &p->check[i];
		char ci[64];
		html_row_begin(fp);
		html_cell(fp, c->policy, NULL);
		html_cell(fp, c->metric == 3 ? "local share" :
		    short_metric[c->metric], NULL);
		html_cell_num(fp, "%.1f%%", c->paper * 100);
		html_cell_num(fp, "%.1f%%", c->value * 100);
		if (isnan(c->lo))
			snprintf(ci, sizeof(ci), "\xe2\x80\x93");
		else
			snprintf(ci, sizeof(ci), "%.1f to %.1f%%", c->lo * 100,
			    c->hi * 100);
		html_cell(fp, ci, "num");
		html_cell_num(fp, "%+.1f", (c->value - c->paper) * 100);
		html_cell_num(fp, "%.1f%%", c->quality * 100);
		html_cell(fp, yes_no(c->inside || c->within), c->inside ||
		    c->within ? "yes" : "no");
		html_row_end(fp);
	}
	html_table_end(fp);
	{
		static const char *const h[] = { "metric", "f", "f (paper)",
			"r", "r (paper)", "gap (points)", "from f", "from r",
			"dominant" };
		html_table_begin(fp, "Why: savings = f \xc3\x97 (1 \xe2\x88\x92 r); "
		    "f, the moved queries' share of the baseline; r, local "
		    "over cloud on them; the gap splits as (f_paper \xe2\x88\x92 "
		    "f)(1 \xe2\x88\x92 r) + f_paper (r \xe2\x88\x92 r_paper)", h, 9);
		for (int m = 0; m < 3; m++) {
			const struct repro_cause *c = &p->cause[m];
			html_row_begin(fp);
			html_cell(fp, short_metric[m], NULL);
			html_cell_num(fp, "%.3f", c->f);
			html_cell_num(fp, "%.3f", c->f_paper);
			html_cell_num(fp, "%.3f", c->r);
			html_cell_num(fp, "%.4f", c->r_paper);
			html_cell_num(fp, "%.1f", (paper_oracle[m] - c->saving) *
			    100);
			html_cell_num(fp, "%.1f", c->from_f * 100);
			html_cell_num(fp, "%.1f", c->from_r * 100);
			html_cell(fp, dominant(c), NULL);
			html_row_end(fp);
		}
		html_table_end(fp);
	}
	fputs("<p>", fp);
	if (p->cause[0].r_needed >= 0)
		html_printf(fp, "Energy: a query the oracle keeps local takes "
		    "%.4g J on its local model; the paper's saving needs "
		    "%.4g J.", p->cause[0].local_per_query,
		    p->cause[0].local_needed);
	else
		html_printf(fp, "Energy: the paper's %.1f%% is out of reach "
		    "at this trace's f = %.3f, whatever the local energy.",
		    paper_oracle[0] * 100, p->cause[0].f);
	fputs("</p>\n<p>", fp);
	if (isnan(p->be_lo))
		html_text(fp, "Break-even cloud batch: not computed.");
	else {
		char v[3][32];
		for (int m = 0; m < 3; m++)
			snprintf(v[m], sizeof(v[m]), isnan(p->break_even[m]) ?
			    "none in range" : "%.4g", p->break_even[m]);
		html_printf(fp, "Break-even cloud batch (oracle saving 0, "
		    "searched %.4g to %.4g): energy %s, compute %s, cost %s.",
		    p->be_lo, p->be_hi, v[0], v[1], v[2]);
	}
	fputs("</p>\n", fp);
	{
		static const char *const h[] = { "critic's case",
			"oracle energy", "its model interval", "compute",
			"cost" };
		html_table_begin(fp, "The critics' cases (oracle savings; the "
		    "model interval where a model moved energy)", h, 5);
		for (int i = 0; i < p->ncritics; i++) {
			const struct repro_critic *c = &p->critic[i];
			char cell[64] = "none: as the trace gives it";
			html_row_begin(fp);
			html_cell(fp, c->item, NULL);
			html_cell_num(fp, "%.1f%%", c->saving[0] * 100);
			if (c->model == MODEL_DONE)
				snprintf(cell, sizeof(cell), "[%.1f, %.1f]%%",
				    c->model_lo * 100, c->model_hi * 100);
			else if (c->model == MODEL_NOT_DONE)
				snprintf(cell, sizeof(cell), "not computed");
			html_cell(fp, c->computed ? cell : "-", "num");
			for (int m = 1; m < 3; m++)
				html_cell_num(fp, "%.1f%%", c->saving[m] * 100);
			html_row_end(fp);
		}
		html_table_end(fp);
	}
	fputs("</p>\n</div>\n", fp);
}

static void
html_rows(FILE *fp, const struct repro *p)
{
	static const struct {
		const char *section, *title;
	} sections[] = {
		{ "figure4", "Figure 4: savings and quality of every policy" },
		{ "daily", "A day of queries" },
		{ "provenance", "Each policy's energy by source and by scope "
		    "(the shares that are not zero)" },
		{ "implied", "What the savings imply: savings = f \xc3\x97 "
		    "(1 \xe2\x88\x92 r)" },
		{ "tables8-9", "Tables 8 and 9: the oracle per dataset as "
		    "the local pool grows" },
		{ "assumptions", "The critics' cases and the cloud batch" },
	};
	static const char *const heads[] = { "item", "metric", "paper",
		"ipwsim", "ci_lo", "ci_hi", "range_lo", "range_hi",
		"difference" };

	html_heading(fp, 2, "tables", "Tables");
	for (size_t k = 0; k < sizeof(sections) / sizeof(sections[0]); k++) {
		html_table_begin(fp, sections[k].title, heads, 9);
		for (int i = 0; i < p->nrows; i++) {
			const struct repro_row *w = &p->rows[i];
			if (strcmp(w->section, sections[k].section) != 0)
				continue;
			html_row_begin(fp);
			html_cell(fp, w->item, NULL);
			html_cell(fp, w->metric, NULL);
			html_cell_num(fp, "%.4f", w->paper);
			html_cell_num(fp, w->whole && fabs(w->value) < 1e15 ?
			    "%.0f" : w->whole ? "%.4g" : "%.4f", w->value);
			html_cell_num(fp, "%.4f", w->lo);
			html_cell_num(fp, "%.4f", w->hi);
			html_cell_num(fp, "%.4g", w->range_lo);
			html_cell_num(fp, "%.4g", w->range_hi);
			html_cell_num(fp, "%+.4f", w->value - w->paper);
			html_row_end(fp);
		}
		html_table_end(fp);
	}
}

static void
html_explain(FILE *fp, const struct reproduce *r)
{
	static const char *const heads[] = { "departures", "hypotheses",
		"oracle energy / compute / cost", "quality",
		"paper:0.8", "paper:0.6" };
	const struct repro_explain *ex = &r->rep->ex;
	int n = ex->nmatch > 0 ? ex->nmatch : ex->nnearest;
	char caption[300];

	if (!ex->ran)
		return;
	html_heading(fp, 2, "explain", "Which accounting gives the paper's "
	    "numbers");
	fputs("<p>", fp);
	html_printf(fp, "%ld combinations searched exhaustively, %ld "
	    "computed; targets %.1f / %.1f / %.1f%%, each within %g points: "
	    "%ld reproduce all three.", ex->searched, ex->computed,
	    ex->targets[0] * 100, ex->targets[1] * 100, ex->targets[2] * 100,
	    ex->tolerance * 100, ex->nmatch_total);
	fputs("</p>\n", fp);
	snprintf(caption, sizeof(caption), "%s", ex->nmatch > 0 ?
	    "Reproducing combinations, fewest departures from ipwsim's "
	    "accounting first" : "None reproduces all three: the nearest");
	html_table_begin(fp, caption, heads, 6);
	for (int i = 0; i < n; i++) {
		const struct repro_combo *c = ex->nmatch > 0 ? &ex->match[i] :
		    &ex->nearest[i];
		char text[400], v[3][96];
		combo_text(text, sizeof(text), ex, c, 0);
		snprintf(v[0], sizeof(v[0]), "%.1f / %.1f / %.1f%%",
		    c->saving[0] * 100, c->saving[1] * 100, c->saving[2] * 100);
		for (int a = 0; a < 2; a++)
			snprintf(v[1 + a], sizeof(v[0]), "%.1f / %.1f / %.1f%%",
			    c->router[a][0] * 100, c->router[a][1] * 100,
			    c->router[a][2] * 100);
		html_row_begin(fp);
		html_cell_num(fp, "%.0f", c->departures);
		html_cell(fp, text, NULL);
		html_cell(fp, v[0], "num");
		html_cell_num(fp, "%.1f%%", c->quality * 100);
		html_cell(fp, v[1], "num");
		html_cell(fp, v[2], "num");
		html_row_end(fp);
	}
	html_table_end(fp);
}

/* What each number on the page is: measured, modelled or assumed. */
static void
html_provenance(FILE *fp, const struct reproduce *r)
{
	const struct repro *p = r->rep;

	html_heading(fp, 2, "assumptions", "Stand-ins and assumptions");
	fputs("<ul>\n", fp);
	if (r->synthetic) {
		fputs("<li>", fp);
		html_text(fp, "The trace is synthetic: the paper's per-query "
		    "measurements were never released. Its correctness is "
		    "fitted to the paper's published accuracies and coverage, "
		    "its energy per output token to the paper's Tables 13-15 "
		    "(Qwen3-8B, GPT-OSS-20B, GPT-OSS-120B on the M4 Max) and "
		    "extrapolated for Qwen3-4B and Qwen3-14B "
		    "(data/calibration/README.md).");
		fputs("</li>\n<li>", fp);
		html_text(fp, "Stand-in: the cloud's energy is ML.ENERGY's "
		    "measurement of Qwen3-235B-A22B on 8 x H100 at batch 16; "
		    "no dataset measures the H200.");
		fputs("</li>\n", fp);
	}
	if (p->stand_in) {
		fputs("<li>", fp);
		html_printf(fp, "Stand-in: the cloud was moved along %s.",
		    p->cloud_how);
		fputs("</li>\n", fp);
	}
	fputs("<li>", fp);
	html_text(fp, "The critics' cases are presets whose every value is an "
	    "assumption, with its reasoning, in data/presets/critic-*.json.");
	fputs("</li>\n<li>", fp);
	html_text(fp, "The paper's f is taken as its local share (80.7%): "
	    "moved queries of average size (an assumption; the paper does "
	    "not give f).");
	fputs("</li>\n</ul>\n", fp);
	html_heading(fp, 2, "provenance", "Provenance of the numbers");
	fputs("<ul>\n<li>", fp);
	html_text(fp, r->synthetic ? "Modelled: every energy, latency and "
	    "correctness on this page comes from the synthetic trace, a model "
	    "calibrated to the paper's aggregates; none is a measurement of "
	    "the paper's setup." : "As the trace gives them: energies, "
	    "latencies and correctness are the trace's records (the trace "
	    "states no energy_source, so whether they are measured is not "
	    "known here).");
	fputs("</li>\n<li>", fp);
	html_text(fp, "Published: the paper column, from PAPER.md (the "
	    "paper's Figure 4 and Tables 8-9).");
	fputs("</li>\n<li>", fp);
	html_text(fp, "Catalog: FLOPs from parameter counts and cost from "
	    "token prices in data/catalog.json, each value with its source.");
	fputs("</li>\n<li>", fp);
	html_printf(fp, "Modelled what-ifs: cloud batch other than the "
	    "trace's moved along measured ML.ENERGY curves (data/curves); %s",
	    p->cloud_how[0] != '\0' ? p->cloud_how : "in the paper's setting "
	    "the cloud runs at the trace's own batch, so no batch model is "
	    "used above the assumptions table.");
	fputs("</li>\n</ul>\n", fp);
}

/* Figure 4 as bars: ipwsim's savings of each policy the paper reports,
 * with their intervals, and the paper's values as diamonds. */
static int
html_figure4(FILE *fp, const struct reproduce *r)
{
	const struct repro *p = r->rep;
	struct plot *pl = malloc(sizeof(*pl));
	double x[3][10], y[3][10], lo[3][10], hi[3][10];
	int n[3] = { 0 }, rc;
	struct ipw_error err;
	char sub[4096];

	if (pl == NULL)
		return -1;
	/* the trace's description cut to a line: the page gives it whole */
	snprintf(sub, sizeof(sub), "ipwsim reproduce on %.70s%s. Local: %s. "
	    "Cloud: %s at batch %g%s. Bars: ipwsim; whiskers: the bootstrap "
	    "95%% interval over queries; diamonds: the paper.", r->trace,
	    strlen(r->trace) > 70 ? "..." : "", p->pool,
	    p->cloud, p->cloud_batch, p->stand_in ? " (the H100's curve "
	    "standing in for the H200)" : "");
	plot_init_policy_bars(pl, "Figure 4: savings against cloud-only, "
	    "ipwsim and the paper", sub);
	for (int i = 0; i < p->nchecks; i++) {
		const struct repro_check *c = &p->check[i];
		int cat;
		if (c->metric > 2)
			continue;
		for (cat = 0; cat < pl->ncat && strcmp(pl->cat[cat], c->policy);
		    cat++)
			;
		if (cat == pl->ncat && cat < 10)
			pl->cat[pl->ncat++] = c->policy;
		if (cat >= 10 || n[c->metric] >= 10)
			continue;
		x[c->metric][n[c->metric]] = cat;
		y[c->metric][n[c->metric]] = c->value;
		lo[c->metric][n[c->metric]] = c->lo;
		hi[c->metric][n[c->metric]++] = c->hi;
		if (pl->nrefs < PLOT_MAX_REFS)
			pl->ref[pl->nrefs++] = (struct plot_ref){ "the paper",
				cat, c->paper, 0, c->metric };
	}
	for (int m = 0; m < 3; m++)
		pl->s[pl->nseries++] = (struct plot_series){ .name =
			short_metric[m], .n = n[m], .x = x[m], .y = y[m],
			.color = m, .dash = -1, .lo = lo[m], .hi = hi[m] };
	rc = html_plot(fp, pl, &err);
	free(pl);
	return rc;
}

static int
write_html(void *ctx, FILE *fp)
{
	const struct reproduce *r = ctx;
	const struct repro *p = r->rep;
	static const char *const heads[] = { "setting", "value" };

	html_begin(fp, "ipwsim reproduce: the Intelligence-per-Watt routing "
	    "claim");
	fputs("<p class=\"small\">", fp);
	html_printf(fp, "ipwsim %s, on %s.", PACKAGE_VERSION, r->trace);
	fputs("</p>\n", fp);
	html_verdict(fp, r);
	if (html_figure4(fp, r) < 0)
		return -1;
	html_heading(fp, 2, "settings", "Settings and pool");
	html_table_begin(fp, NULL, heads, 2);
	html_row_begin(fp);
	html_cell(fp, "trace", NULL);
	html_cell(fp, r->trace, NULL);
	html_row_end(fp);
	for (int i = 0; i < p->nsettings; i++) {
		html_row_begin(fp);
		html_cell(fp, p->setting_key[i], NULL);
		html_cell(fp, p->setting_value[i], NULL);
		html_row_end(fp);
	}
	html_table_end(fp);
	html_rows(fp, p);
	html_explain(fp, r);
	html_provenance(fp, r);
	if (p->nnotes > 0) {
		html_heading(fp, 2, "notes", "Notes");
		fputs("<ul>\n", fp);
		for (int i = 0; i < p->nnotes; i++) {
			fputs("<li>", fp);
			html_text(fp, p->notes[i]);
			fputs("</li>\n", fp);
		}
		fputs("</ul>\n", fp);
	}
	html_end(fp);
	return ferror(fp) ? -1 : 0;
}


static const struct cli_writers writers = { write_table, write_csv,
	write_json };

static int
compute(struct reproduce *r)
{
	struct ipw_error err;

	simopts_finish(&r->so);
	if (r->ro.explain && repro_axes_parse(r->explain_list,
	    &r->ro.explain_axes, &err) < 0)
		return cli_error(&cmd_reproduce, &err);
	choose_pool(r);
	if (repro_run(r->rep, &r->t, &r->cat, &r->so.o, &r->ro, &err) < 0)
		return cli_error(&cmd_reproduce, &err);
	if (cli_show_notes(&r->common))
		for (int i = 0; i < r->rep->nnotes; i++)
			fprintf(stderr, "ipwsim: reproduce: %s\n",
			    r->rep->notes[i]);
	return 0;
}

/* The trace files, for the verdict's second line. */
static void
name_traces(struct reproduce *r)
{
	size_t used = 0;

	for (uint32_t i = 0; i < r->t.nfiles && used < sizeof(r->trace); i++)
		used += (size_t)snprintf(r->trace + used, sizeof(r->trace) - used,
		    "%s%s", i ? ", " : "", r->t.files[i]);
}

static int
run(int argc, char **argv)
{
	struct reproduce *r = calloc(1, sizeof(*r));
	int rc, done;

	if (r == NULL || (r->rep = calloc(1, sizeof(*r->rep))) == NULL) {
		free(r);
		return IPW_EX_SOFTWARE;
	}
	cli_common_init(&r->common, &cmd_reproduce);
	simopts_init(&r->so, &cmd_reproduce);
	table_init(&r->t);
	catalog_init(&r->cat);
	r->common.traces_optional = 1;
	r->synth_queries = 100000;
	r->synth_seed = 1;
	r->ro.queries_per_day = 80.2e6;	/* PAPER.md, section 4.3 */
	r->ro.tolerance = 0.015;
	memcpy(r->ro.targets, paper_oracle, sizeof(r->ro.targets));
	rc = simopts_option(&r->so, OPT_PRESET, "paper");
	if (rc == 0)
		rc = cli_start(&r->common, argc, argv, longopts, own_option, r,
		    &r->cat, &r->t, &done);
	if (rc == 0 && !done && r->t.nq == 0)
		rc = synthesize(r);
	else if (rc == 0 && !done)
		name_traces(r);
	if (rc == 0 && !done && (rc = compute(r)) == 0) {
		rc = cli_write_report(&r->common, &writers, r);
		if (rc == 0 && r->html != NULL)
			rc = cli_write_file(&cmd_reproduce, r->html,
			    write_html, r);
	}
	catalog_release(&r->cat);
	table_release(&r->t);
	free(r->rep);
	free(r);
	return rc;
}

const struct cmd cmd_reproduce = {
	"reproduce",
	"the paper's routing numbers next to ipwsim's: the verdict, and which "
	"accounting would give the paper's",
	usage,
	run,
};

/* ipwsim reproduce: the paper's routing numbers next to ipwsim's on a
 * trace, and what the paper's savings imply about local-to-cloud ratios. */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "account.h"
#include "cmds.h"
#include "output.h"
#include "paper.h"
#include "record.h"
#include "route.h"
#include "simopts.h"
#include "synth.h"

static const char usage[] =
"usage: ipwsim reproduce [options] [TRACE...]\n"
"\n"
"Simulate TRACE in the paper's setting (--preset paper; options after it\n"
"change it) and write rows: section, item, metric, the paper's value,\n"
"ipwsim's, its bootstrap 95% interval and the difference. With no TRACE,\n"
"on the synthetic trace ipwsim synth makes from the calibration (the\n"
"paper's traces were never released). When no --local is given and the\n"
"trace has them, figure4, implied and assumptions use the paper's pool\n"
"(Qwen3-4B, Qwen3-8B, Qwen3-14B, GPT-OSS-20B on the Apple M4 Max) and\n"
"tables8-9 every local configuration.\n"
"  figure4     savings of the oracle and of the paper, cascade and mixture\n"
"              routers at 80% and 60% accuracy; the oracle's local share\n"
"  tables8-9   the oracle's savings per dataset as the local pool grows\n"
"              by size (one row per dataset and pool)\n"
"  daily       each policy's energy (kWh), FLOPs and cost (USD) for a day\n"
"              of --queries-per-day queries (80.2M, the paper's volume)\n"
"  implied     savings = f x (1 - r): f, the moved queries' share of the\n"
"              baseline, and r, local over cloud on them, as the trace\n"
"              measures them, and the r the paper's savings require\n"
"  assumptions the oracle's savings at cloud batch 64 and 256, under the\n"
"              critics' presets critic-dedicated, critic-pue-host and\n"
"              critic-tco (data/presets; every value an assumption), and\n"
"              with FLOPs from active parameters; the cloud batch where\n"
"              each saving falls to 0, and where it equals the paper's\n"
"              (empty if not within the measured curve)\n"
"Exit 0 whether or not the numbers match: the job is to report.\n"
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
	OPT_QUERIES_PER_DAY };

static const struct option longopts[] = {
	{ "calibration", required_argument, NULL, OPT_CALIBRATION },
	{ "synth-queries", required_argument, NULL, OPT_SYNTH_QUERIES },
	{ "synth-seed", required_argument, NULL, OPT_SYNTH_SEED },
	{ "queries-per-day", required_argument, NULL, OPT_QUERIES_PER_DAY },
	SIMOPTS_LONGOPTS,
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

static const char *const metric_names[3] = { "energy_saving",
	"compute_saving", "cost_saving" };

/* The paper's Tables 8 and 9 (PAPER.md): oracle savings per dataset with
 * the local pool up to a model, energy / compute / cost. */
static const struct {
	const char *model;
	double wildchat[3], natural_reasoning[3];
} tables89[] = {
	{ "Qwen3-4B", { 0.635, 0.651, 0.652 }, { 0.463, 0.545, 0.529 } },
	{ "Qwen3-8B", { 0.796, 0.831, 0.808 }, { 0.540, 0.625, 0.605 } },
	{ "Qwen3-14B", { 0.870, 0.930, 0.890 }, { 0.625, 0.701, 0.687 } },
	{ "GPT-OSS-20B", { 0.894, 0.974, 0.905 }, { 0.678, 0.722, 0.733 } },
	{ "GPT-OSS-120B", { 0.907, 0.977, 0.911 }, { 0.859, 0.860, 0.867 } },
};

struct row {
	char section[16], item[96], metric[48];
	double paper, value, lo, hi;
};

#define MAX_ROWS 512

struct reproduce {
	struct cli_common common;
	struct simopts so;
	struct table t;
	struct catalog cat;
	struct row rows[MAX_ROWS];
	int nrows;
	const char *calibration;
	int synth_queries, synth_seed;
	double queries_per_day;
	int paper_pool;		/* figure4 on the paper's four local models */
};

/* The paper's Figure 4 local pool. */
static const char *const figure4_pool[] = { "Qwen3-4B@Apple-M4-Max",
	"Qwen3-8B@Apple-M4-Max", "Qwen3-14B@Apple-M4-Max",
	"GPT-OSS-20B@Apple-M4-Max" };

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
		    1e15, &r->queries_per_day) < 0 ? IPW_EX_USAGE : 0;
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
	record_set_number(&rec, RF_SCORE, row->score, &why);
	record_set_number(&rec, RF_ENERGY, row->energy_j, &why);
	record_set_number(&rec, RF_LATENCY, row->latency_s, &why);
	record_set_number(&rec, RF_TOKENS_IN, row->tokens_in, &why);
	record_set_number(&rec, RF_TOKENS_OUT, row->tokens_out, &why);
	if (!isnan(s->batch))
		record_set_number(&rec, RF_BATCH, s->batch, &why);
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

/* Without --local, figure4 runs on the paper's pool when the trace has
 * all of it. */
static void
choose_pool(struct reproduce *r)
{
	size_t n = sizeof(figure4_pool) / sizeof(figure4_pool[0]);
	struct ipw_error err;

	if (r->so.o.pool.nlocal != 0)
		return;
	for (size_t i = 0; i < n; i++)
		if (pool_find_config(&r->t, &r->cat, figure4_pool[i], &err) < 0)
			return;
	r->paper_pool = 1;
}

static void
add(struct reproduce *r, const char *section, const char *item,
    const char *metric, double paper, double value, double lo, double hi)
{
	struct row *w;

	if (r->nrows == MAX_ROWS)
		return;
	w = &r->rows[r->nrows++];
	snprintf(w->section, sizeof(w->section), "%s", section);
	snprintf(w->item, sizeof(w->item), "%s", item);
	snprintf(w->metric, sizeof(w->metric), "%s", metric);
	w->paper = paper;
	w->value = value;
	w->lo = lo;
	w->hi = hi;
}

static double
metric_of(const struct account_sums *a, int m)
{
	return m == 0 ? a->energy_j : m == 1 ? a->flops : a->cost_usd;
}

/* The simulation with the user's options changed by change(); NULL
 * change: as given. */
static int
simulate(struct reproduce *r, struct sim *s, int (*change)(struct
    sim_options *, const void *, struct ipw_error *), const void *arg,
    struct ipw_error *err)
{
	struct sim_options o = r->so.o;

	if (change != NULL && change(&o, arg, err) < 0)
		return -1;
	return sim_run(s, &r->t, &r->cat, &o, err);
}

static void
figure4(struct reproduce *r, const struct sim *s)
{
	for (int i = 1; i < s->r.npolicies; i++) {
		const struct report_policy *p = &s->r.pol[i];
		double acc = s->pol[i].spec.arg;
		const double *paper = i == 1 ? paper_oracle : acc ==
		    paper_router_alpha[0] ? paper_router[0] : acc ==
		    paper_router_alpha[1] ? paper_router[1] : NULL;
		for (int m = 0; m < 3; m++)
			add(r, "figure4", p->name, metric_names[m],
			    paper != NULL ? paper[m] : NAN,
			    account_saving(metric_of(&p->acct.total, m),
			    metric_of(&s->r.pol[0].acct.total, m)),
			    p->boot.reps > 0 ? p->boot.lo[m] : NAN,
			    p->boot.reps > 0 ? p->boot.hi[m] : NAN);
	}
	/* the bootstrap covers the savings only */
	add(r, "figure4", "oracle", "local_share", paper_local_share,
	    s->r.pol[1].acct.local_queries / s->r.pol[1].acct.total.queries,
	    NAN, NAN);
}

/* Each policy's totals for a day of --queries-per-day queries (the
 * paper's 80.2M by default), from its means per query; the paper states
 * none, so its column is empty. */
static void
daily(struct reproduce *r, const struct sim *s)
{
	static const char *const names[3] = { "energy_kwh_per_day",
		"flops_per_day", "cost_usd_per_day" };

	for (int i = 0; i < s->r.npolicies; i++) {
		const struct account_sums *t = &s->r.pol[i].acct.total;
		for (int m = 0; m < 3; m++)
			add(r, "daily", s->r.pol[i].name, names[m], NAN,
			    t->queries > 0 ? metric_of(t, m) / t->queries *
			    r->queries_per_day / (m == 0 ? 3.6e6 : 1) : NAN,
			    NAN, NAN);
	}
}

/* savings = f (1 - r): f = the cloud's metric on the queries the oracle
 * keeps local over its total, r = the local members' metric on them over
 * that cloud metric. The paper's r: 1 - S / f, at the paper's local
 * share for f (queries of average size) and at the trace's f. */
static void
implied(struct reproduce *r, const struct sim *s, const char *item)
{
	const struct account *base = &s->r.pol[0].acct, *o = &s->r.pol[1].acct;
	const struct account_sums *cloud = &o->member[o->nmembers - 1];

	for (int m = 0; m < 3; m++) {
		double total = metric_of(&base->total, m);
		double moved = total - metric_of(cloud, m), local = 0, f, rt;
		char name[48];
		for (int k = 0; k < o->nmembers - 1; k++)
			local += metric_of(&o->member[k], m);
		f = total > 0 ? moved / total : NAN;
		rt = moved > 0 ? local / moved : NAN;
		static const char *const base_name[3] = { "energy", "compute",
			"cost" };
		snprintf(name, sizeof(name), "%s.f", base_name[m]);
		add(r, "implied", item, name, paper_local_share, f, NAN, NAN);
		snprintf(name, sizeof(name), "%s.r", base_name[m]);
		add(r, "implied", item, name, 1 - paper_oracle[m] /
		    paper_local_share, rt, NAN, NAN);
		snprintf(name, sizeof(name), "%s.r_required_at_trace_f",
		    base_name[m]);
		add(r, "implied", item, name, NAN, 1 - paper_oracle[m] / f,
		    NAN, NAN);
	}
}

static int
batch_to(struct sim_options *o, const void *arg, struct ipw_error *err)
{
	(void)err;
	o->whatif.cloud_batch = *(const double *)arg;
	o->bootstrap = 0;
	o->nrouters = 0;
	return 0;
}

/* The cloud batch where the oracle's saving of one metric falls to 0. */
/* A cloud-batch search for where the oracle's saving of one metric
 * reaches a target. */
struct batch_search {
	enum break_even_metric metric;
	double target;
};

static int
break_even_batch(struct sim_options *o, const void *arg,
    struct ipw_error *err)
{
	const struct batch_search *b = arg;

	(void)err;
	o->break_even = BE_CLOUD_BATCH;
	o->break_even_metric = b->metric;
	o->break_even_target = b->target;
	o->break_even_policy = NULL;
	o->bootstrap = 0;
	o->nrouters = 0;
	return 0;
}

static int
active_params(struct sim_options *o, const void *arg,
    struct ipw_error *err)
{
	(void)err;
	(void)arg;
	o->pool.flops_params = FLOPS_ACTIVE;
	o->bootstrap = 0;
	o->nrouters = 0;
	return 0;
}

/* A critic's setting (data/presets/critic-*.json: every value an
 * assumption with its reasoning) on top of the user's. */
static int
critic_preset(struct sim_options *o, const void *arg, struct ipw_error *err)
{
	o->bootstrap = 0;
	o->nrouters = 0;
	return whatif_preset_apply(&o->whatif, arg, err);
}

static const struct {
	const char *item, *preset;
} critics[] = {
	{ "local devices dedicated (preset critic-dedicated)",
	  "critic-dedicated" },
	{ "cloud PUE and host overhead (preset critic-pue-host)",
	  "critic-pue-host" },
	{ "TCO cost instead of token prices (preset critic-tco)",
	  "critic-tco" },
};

/* The oracle's savings under one other assumption; a setting the trace or
 * the curves cannot take gives NaN rows and a note on stderr. */
static int
assumption(struct reproduce *r, const char *item, int (*change)(struct
    sim_options *, const void *, struct ipw_error *), const void *arg)
{
	struct sim *s = calloc(1, sizeof(*s));
	struct ipw_error err;

	if (s == NULL)
		return IPW_EX_SOFTWARE;
	if (simulate(r, s, change, arg, &err) < 0) {
		if (cli_show_notes(&r->common))
			fprintf(stderr, "ipwsim: reproduce: %s: not computed: "
			    "%s\n", item, err.msg);
		for (int m = 0; m < 3; m++)
			add(r, "assumptions", item, metric_names[m],
			    paper_oracle[m], NAN, NAN, NAN);
	} else {
		for (int m = 0; m < 3; m++)
			add(r, "assumptions", item, metric_names[m],
			    paper_oracle[m], account_saving(metric_of(
			    &s->r.pol[1].acct.total, m), metric_of(
			    &s->r.pol[0].acct.total, m)), NAN, NAN);
		if (change == active_params)
			implied(r, s, item);
	}
	sim_release(s);
	free(s);
	return 0;
}

/* The paper's value of Tables 8-9 for a dataset and the largest model of
 * the pool, NaN if it has none. */
static double
table89_paper(const char *dataset, const char *model, int m)
{
	for (size_t i = 0; i < sizeof(tables89) / sizeof(tables89[0]); i++)
		if (strcmp(tables89[i].model, model) == 0)
			return !strcasecmp(dataset, "wildchat") ?
			    tables89[i].wildchat[m] : !strcasecmp(dataset,
			    "natural_reasoning") ? tables89[i].natural_reasoning[m] :
			    NAN;
	return NAN;
}

/* Tables 8-9: the oracle's savings per dataset as the local pool grows by
 * size, one simulation per pool, accounted on each dataset's scored
 * queries. */
static int
tables_8_9(struct reproduce *r, const struct pool *full)
{
	int order[POOL_MAX];
	uint32_t ds[16];
	int nds = table_datasets(&r->t, ds, 16);
	uint8_t *mask = malloc(r->t.nq + 1);
	struct sim *s = calloc(1, sizeof(*s));
	struct ipw_error err;
	int rc = 0;

	if (mask == NULL || s == NULL) {
		free(mask);
		free(s);
		return IPW_EX_SOFTWARE;
	}
	pool_size_order(full, order);
	for (int k = 1; k <= full->nlocal && rc == 0; k++) {
		struct sim_options o = r->so.o;
		const char *largest = table_str(&r->t,
		    full->m[order[k - 1]].c->model);
		o.pool.nlocal = k;
		for (int i = 0; i < k; i++)
			o.pool.local[i] = full->m[order[i]].name;
		o.nrouters = 0;
		o.bootstrap = 0;
		if (sim_run(s, &r->t, &r->cat, &o, &err) < 0) {
			rc = cli_fail(&cmd_reproduce, &err);
			break;
		}
		for (int j = 0; j < nds; j++) {
			struct account a, b;
			uint32_t d = ds[j];
			char item[96];
			for (uint32_t q = 0; q < r->t.nq; q++)
				mask[q] = s->scored[q] && r->t.q_dataset[q] == d;
			account_policy(&s->pol[0], mask, &b, NULL, &err);
			account_policy(&s->pol[1], mask, &a, NULL, &err);
			snprintf(item, sizeof(item), "%s, local up to %s",
			    table_str(&r->t, d), largest);
			for (int m = 0; m < 3; m++)
				add(r, "tables8-9", item, metric_names[m],
				    table89_paper(table_str(&r->t, d), largest, m),
				    account_saving(metric_of(&a.total, m),
				    metric_of(&b.total, m)), NAN, NAN);
		}
		sim_release(s);
	}
	sim_release(s);
	free(s);
	free(mask);
	return rc;
}

/* The cloud batch within the measured curve where the oracle's saving of
 * metric m falls to 0 (item "break-even cloud batch"), or rises or falls
 * to the paper's (paper set: "cloud batch giving the paper's saving");
 * empty when it does not (or the curve is missing). */
static int
batch_row(struct reproduce *r, int m, int paper)
{
	static const enum break_even_metric which[3] = { BEM_ENERGY,
		BEM_COMPUTE, BEM_COST };
	const char *item = paper ? "cloud batch giving the paper's saving" :
	    "break-even cloud batch";
	struct batch_search b = { which[m], paper ? paper_oracle[m] : 0 };
	struct sim *s = calloc(1, sizeof(*s));
	struct ipw_error err;
	double value = NAN, lo = NAN, hi = NAN;

	if (s == NULL)
		return IPW_EX_SOFTWARE;
	if (simulate(r, s, break_even_batch, &b, &err) < 0) {
		if (cli_show_notes(&r->common))
			fprintf(stderr, "ipwsim: reproduce: %s: not computed: "
			    "%s\n", item, err.msg);
	} else {
		value = s->r.be.found ? s->r.be.value : NAN;
		lo = s->r.be.lo;
		hi = s->r.be.hi;
	}
	/* the interval columns hold the range searched */
	add(r, "assumptions", item, metric_names[m], paper ? paper_oracle[m] :
	    NAN, value, lo, hi);
	sim_release(s);
	free(s);
	return 0;
}

static int
compute(struct reproduce *r)
{
	static const char *const routers[] = { "paper:0.8", "paper:0.6",
		"cascade:0.8", "cascade:0.6", "mixture:0.8", "mixture:0.6" };
	static const double batches[] = { 64, 256 };
	struct sim *s = calloc(1, sizeof(*s));
	struct ipw_error err;
	int rc = 0;

	if (s == NULL)
		return IPW_EX_SOFTWARE;
	for (size_t i = 0; i < sizeof(routers) / sizeof(routers[0]); i++)
		if ((rc = simopts_option(&r->so, OPT_ROUTER, routers[i])) != 0)
			break;
	simopts_finish(&r->so);
	choose_pool(r);
	if (r->paper_pool) {
		r->so.o.pool.nlocal = 4;
		for (int i = 0; i < 4; i++)
			r->so.o.pool.local[i] = figure4_pool[i];
	}
	if (rc == 0 && simulate(r, s, NULL, NULL, &err) < 0)
		rc = cli_error(&cmd_reproduce, &err);
	if (rc == 0) {
		figure4(r, s);
		daily(r, s);
		implied(r, s, "as measured");
	}
	if (rc == 0 && r->paper_pool) {
		/* tables 8-9 grow every local configuration of the trace */
		struct sim_options o = r->so.o;
		o.pool.nlocal = 0;
		o.nrouters = 0;
		o.bootstrap = 0;
		sim_release(s);
		memset(s, 0, sizeof(*s));
		if (sim_run(s, &r->t, &r->cat, &o, &err) < 0)
			rc = cli_error(&cmd_reproduce, &err);
	}
	if (rc == 0)
		rc = tables_8_9(r, &s->p);
	sim_release(s);
	free(s);
	for (int i = 0; i < 2 && rc == 0; i++) {
		char item[48];
		snprintf(item, sizeof(item), "cloud batch %g", batches[i]);
		rc = assumption(r, item, batch_to, &batches[i]);
	}
	for (size_t i = 0; i < sizeof(critics) / sizeof(critics[0]) &&
	    rc == 0; i++)
		rc = assumption(r, critics[i].item, critic_preset,
		    critics[i].preset);
	if (rc == 0)
		rc = assumption(r, "FLOPs from active parameters",
		    active_params, NULL);
	for (int m = 0; m < 3 && rc == 0; m++)
		rc = batch_row(r, m, 0);
	for (int m = 0; m < 3 && rc == 0; m++)
		rc = batch_row(r, m, 1);
	return rc;
}

static int
write_csv(void *ctx, FILE *fp)
{
	const struct reproduce *r = ctx;

	fputs("section,item,metric,paper,ipwsim,ci_lo,ci_hi,difference\n", fp);
	for (int i = 0; i < r->nrows; i++) {
		const struct row *w = &r->rows[i];
		out_csv_text(fp, w->section);
		fputc(',', fp);
		out_csv_text(fp, w->item);
		fputc(',', fp);
		out_csv_text(fp, w->metric);
		out_csv_num(fp, w->paper);
		out_csv_num(fp, w->value);
		out_csv_num(fp, w->lo);
		out_csv_num(fp, w->hi);
		out_csv_num(fp, w->value - w->paper);
		fputc('\n', fp);
	}
	return 0;
}

static void
cell(FILE *fp, double v)
{
	if (isnan(v))
		fprintf(fp, " %9s", "-");
	else if (fabs(v) >= 1e5)	/* daily totals */
		fprintf(fp, " %9.4g", v);
	else
		fprintf(fp, " %9.4f", v);
}

static int
write_table(void *ctx, FILE *fp)
{
	const struct reproduce *r = ctx;
	int wi = 4, wm = 6;	/* the columns as wide as their longest cell */

	for (int i = 0; i < r->nrows; i++) {
		wi = (int)fmax(wi, (double)strlen(r->rows[i].item));
		wm = (int)fmax(wm, (double)strlen(r->rows[i].metric));
	}
	fprintf(fp, "%-12s %-*s %-*s %9s %9s %9s %9s %9s\n", "section", wi,
	    "item", wm, "metric", "paper", "ipwsim", "ci_lo", "ci_hi", "diff");
	for (int i = 0; i < r->nrows; i++) {
		const struct row *w = &r->rows[i];
		fprintf(fp, "%-12s %-*s %-*s", w->section, wi, w->item, wm,
		    w->metric);
		cell(fp, w->paper);
		cell(fp, w->value);
		cell(fp, w->lo);
		cell(fp, w->hi);
		cell(fp, w->value - w->paper);
		fputc('\n', fp);
	}
	fputs("\nimplied: savings = f x (1 - r); the paper column of r is what "
	    "the paper's saving\nneeds if the moved queries are an average "
	    "80.7% of the baseline.\n", fp);
	return 0;
}

static int
write_json(void *ctx, FILE *fp)
{
	const struct reproduce *r = ctx;
	cJSON *root = cJSON_CreateArray();

	for (int i = 0; i < r->nrows; i++) {
		const struct row *w = &r->rows[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "section", w->section);
		cJSON_AddStringToObject(o, "item", w->item);
		cJSON_AddStringToObject(o, "metric", w->metric);
		cJSON_AddNumberToObject(o, "paper", w->paper);
		cJSON_AddNumberToObject(o, "ipwsim", w->value);
		cJSON_AddNumberToObject(o, "ci_lo", w->lo);
		cJSON_AddNumberToObject(o, "ci_hi", w->hi);
		cJSON_AddNumberToObject(o, "difference", w->value - w->paper);
		cJSON_AddItemToArray(root, o);
	}
	return out_json(fp, root);
}

static const struct cli_writers writers = { write_table, write_csv,
	write_json };

static int
run(int argc, char **argv)
{
	struct reproduce *r = calloc(1, sizeof(*r));
	int rc, done;

	if (r == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&r->common, &cmd_reproduce);
	simopts_init(&r->so, &cmd_reproduce);
	table_init(&r->t);
	catalog_init(&r->cat);
	r->common.traces_optional = 1;
	r->synth_queries = 100000;
	r->synth_seed = 1;
	r->queries_per_day = 80.2e6;	/* PAPER.md, section 4.3 */
	rc = simopts_option(&r->so, OPT_PRESET, "paper");
	if (rc == 0)
		rc = cli_start(&r->common, argc, argv, longopts, own_option, r,
		    &r->cat, &r->t, &done);
	if (rc == 0 && !done && r->t.nq == 0)
		rc = synthesize(r);
	if (rc == 0 && !done && (rc = compute(r)) == 0)
		rc = cli_write_report(&r->common, &writers, r);
	catalog_release(&r->cat);
	table_release(&r->t);
	free(r);
	return rc;
}

const struct cmd cmd_reproduce = {
	"reproduce",
	"the paper's routing numbers next to ipwsim's, and what they imply",
	usage,
	run,
};

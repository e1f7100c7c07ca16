/* ipwsim curve: coverage and savings curves as data, and as plots (SVG,
 * PNG, PDF: src/plot.c draws them). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "account.h"
#include "cmds.h"
#include "forecast.h"
#include "html.h"
#include "outfile.h"
#include "output.h"
#include "pareto.h"
#include "paper.h"
#include "policy.h"
#include "simopts.h"
#include "plot.h"

static const char usage[] =
"usage: ipwsim curve KIND [options] TRACE...\n"
"\n"
"Curves of a trace, as rows (kind, series, x, label, y) and, with --svg,\n"
"--png, --pdf or --plot, as a plot; the paper's values are rows whose\n"
"series begins \"reported\" and diamonds on the plot. KIND:\n"
"  coverage-models       share of queries some local model answers, as\n"
"                        local models are added (--by size or greedy), per\n"
"                        dataset and overall\n"
"  coverage-domain       that share for the whole local pool, per domain\n"
"                        and dataset (the paper's Table 4)\n"
"  coverage-time         best single model and best-of-local among the\n"
"                        models released by each release month (catalog)\n"
"  pareto                quality against energy (--against cost: cost) per\n"
"                        query of cloud-only, and of the oracle and each\n"
"                        --router on every local subset up to --max-subset\n"
"                        configurations, with the frontier\n"
"  savings-alpha         savings of the paper, cascade and mixture routers\n"
"                        against router accuracy 0 to 1\n"
"  savings-batch         oracle savings against the cloud batch size\n"
"  savings-utilization   ... against cloud utilization (--cloud-idle-w)\n"
"  savings-idle          ... against local idle power (--local-mode)\n"
"  savings-year          the oracle's energy saving projected --years on by\n"
"                        the trends of data/forecast.json, with a band\n"
"\n"
"Options:\n"
"  --by ORDER            coverage-models: size (default) or greedy\n"
"  --against M           pareto: energy (default) or cost\n"
"  --max-subset N        pareto: largest local subset, 1 to 62 (3); at\n"
"                        most 131071 points\n"
"  --no-fast             pareto: simulate every subset in full (as with\n"
"                        routers) instead of from the pool's values\n"
"  --years N             savings-year: years after the base year, 1-50 (5)\n"
"  --forecast FILE       savings-year: trends (data/forecast.json)\n"
"  --svg FILE            also write the plot to FILE as SVG (atomically)\n"
"  --png FILE            ... as PNG (1800x1120)\n"
"  --pdf FILE            ... as PDF\n"
"  --plot FILE           ... in the format FILE ends in: .svg, .png, .pdf\n"
"  --html FILE           also write one self-contained HTML page: the pool,\n"
"                        the plot inline and the rows as a table\n"
"  --format F            table (default), csv or json\n"
"  -o, --output FILE     write the rows to FILE atomically\n"
"\n"
"and the options of ipwsim simulate:\n"
"\n"
SIMOPTS_USAGE
"Input:\n"
CLI_INPUT_USAGE
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 bad data, 66 cannot open input,\n"
"70 internal error, 73 cannot create output, 74 I/O error.\n";

enum { OPT_BY = SIMOPTS_NEXT, OPT_SVG, OPT_AGAINST, OPT_MAX_SUBSET,
	OPT_YEARS, OPT_FORECAST, OPT_HTML, OPT_PNG, OPT_PDF, OPT_PLOT,
	OPT_NO_FAST };

static const struct option longopts[] = {
	SIMOPTS_LONGOPTS,
	{ "by", required_argument, NULL, OPT_BY },
	{ "svg", required_argument, NULL, OPT_SVG },
	{ "png", required_argument, NULL, OPT_PNG },
	{ "pdf", required_argument, NULL, OPT_PDF },
	{ "plot", required_argument, NULL, OPT_PLOT },
	{ "html", required_argument, NULL, OPT_HTML },
	{ "against", required_argument, NULL, OPT_AGAINST },
	{ "max-subset", required_argument, NULL, OPT_MAX_SUBSET },
	{ "no-fast", no_argument, NULL, OPT_NO_FAST },
	{ "years", required_argument, NULL, OPT_YEARS },
	{ "forecast", required_argument, NULL, OPT_FORECAST },
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

struct row {
	char series[96];
	double x;
	char label[256];
	double y;
};

/* Rows grow as needed up to MAX_ROWS; pareto's points are at most half
 * (the frontier may repeat them all). */
#define MAX_ROWS (1 << 18)
#define MAX_PARETO_POINTS (MAX_ROWS / 2 - 1)

struct curve_cmd {
	struct cli_common common;
	struct simopts so;
	const char *kind, *html_file;
	int greedy;
	int cost;		/* pareto: against cost, not energy */
	int max_subset;		/* pareto: largest local subset */
	int no_fast;		/* pareto: a simulation per subset */
	int years;		/* savings-year: how far ahead */
	const char *forecast;	/* savings-year: NULL = data/forecast.json */
	struct table t;
	struct catalog cat;
	struct row *rows;
	int nrows, cap;
	double vline;		/* a break-even, NaN if none */
	char local[2048], cloud[300];	/* the pool used, for the report */
	char local_short[2048];	/* the same, the accelerator said once */
	struct plot_out {
		const char *file;
		enum plot_format f;
	} out[8];		/* --svg, --png, --pdf, --plot */
	int nout;
	char **traces;		/* the operands, for the subtitle */
	int ntraces;
	char assume[600];	/* the main assumptions, for the subtitle */
	char prov[700];		/* cloud-only's and the oracle's energy
				 * provenance at the base setting */
	char subtitle[3200];
	char names[PLOT_MAX_SERIES][64];	/* series titles */
	char suffix[128];	/* "@ACCEL" when every local member has it */
	char short_text[PLOT_MAX_CATS + PLOT_MAX_NOTES][256];
	int nshort;
};

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct curve_cmd *k = ctx;
	int rc;

	if (opt == OPT_BY) {
		if (strcmp(arg, "size") && strcmp(arg, "greedy"))
			return cli_usage(&cmd_curve, "--by: \"%s\" is not size or "
			    "greedy", arg);
		k->greedy = strcmp(arg, "greedy") == 0;
		return 0;
	}
	if (opt == OPT_HTML) {
		k->html_file = arg;
		return 0;
	}
	if (opt == OPT_SVG || opt == OPT_PNG || opt == OPT_PDF ||
	    opt == OPT_PLOT) {
		enum plot_format f = opt == OPT_PNG ? PLOT_PNG : opt == OPT_PDF ?
		    PLOT_PDF : PLOT_SVG;
		if (opt == OPT_PLOT && plot_format_of(arg, &f) < 0)
			return cli_usage(&cmd_curve, "--plot: \"%s\" does not end "
			    "in .svg, .png or .pdf; name the format with --svg, "
			    "--png or --pdf", arg);
		for (int i = 0; i < k->nout; i++)
			if (strcmp(k->out[i].file, arg) == 0)
				return cli_usage(&cmd_curve, "\"%s\" is given as "
				    "two outputs", arg);
		if (k->nout == (int)(sizeof(k->out) / sizeof(k->out[0])))
			return cli_usage(&cmd_curve, "at most %d plot files",
			    k->nout);
		k->out[k->nout++] = (struct plot_out){ arg, f };
		return 0;
	}
	if (opt == OPT_AGAINST) {
		if (strcmp(arg, "energy") && strcmp(arg, "cost"))
			return cli_usage(&cmd_curve, "--against: \"%s\" is not "
			    "energy or cost", arg);
		k->cost = strcmp(arg, "cost") == 0;
		return 0;
	}
	if (opt == OPT_MAX_SUBSET || opt == OPT_YEARS)
		return cli_whole(&cmd_curve, opt == OPT_YEARS ? "--years" :
		    "--max-subset", arg, 1, opt == OPT_YEARS ? 50 : 62,
		    opt == OPT_YEARS ? &k->years : &k->max_subset) < 0 ?
		    IPW_EX_USAGE : 0;
	if (opt == OPT_FORECAST) {
		k->forecast = arg;
		return 0;
	}
	if (opt == OPT_NO_FAST) {
		k->no_fast = 1;
		return 0;
	}
	rc = simopts_option(&k->so, opt, arg);
	return rc >= 0 ? rc : cli_usage(&cmd_curve, "unknown option");
}

static void
add(struct curve_cmd *k, const char *series, double x, const char *label,
    double y)
{
	struct row *r;

	if (k->nrows == k->cap) {
		int cap = k->cap * 2;
		struct row *p = cap <= MAX_ROWS ? realloc(k->rows,
		    (size_t)cap * sizeof(*p)) : NULL;
		if (p == NULL)
			return;
		k->rows = p;
		k->cap = cap;
	}
	r = &k->rows[k->nrows++];
	snprintf(r->series, sizeof(r->series), "%s", series);
	snprintf(r->label, sizeof(r->label), "%s", label ? label : "");
	r->x = x;
	r->y = y;
}

/* ---- coverage ---------------------------------------------------------- */

/* Queries of dataset d and domain dom (TABLE_NONE: any) that some member
 * of set answers right, as a share of those queries; NaN if none. */
static double
coverage(const struct pool *p, const struct table *t, const int *set, int n,
    uint32_t d, uint32_t dom)
{
	double ok = 0, all = 0;

	for (uint32_t q = 0; q < t->nq; q++) {
		int any = 0;
		if (p->skip[q] || (d != TABLE_NONE && table_dataset(t, q) != d) ||
		    (dom != TABLE_NONE && table_domain(t, q) != dom))
			continue;
		all++;
		for (int i = 0; i < n && !any; i++)
			any = table_has(p->m[set[i]].c, q) &&
			    table_correct(p->m[set[i]].c, q);
		ok += any;
	}
	return all > 0 ? ok / all : NAN;
}

static void
greedy_order(const struct pool *p, const struct table *t, int *order)
{
	int size[POOL_MAX], used[POOL_MAX] = { 0 };

	pool_size_order(p, size);
	for (int step = 0; step < p->nlocal; step++) {
		double best = -1;
		int pick = -1;
		for (int j = 0; j < p->nlocal; j++) {
			double c;
			if (used[size[j]])
				continue;
			order[step] = size[j];
			c = coverage(p, t, order, step + 1, TABLE_NONE,
			    TABLE_NONE);
			if (c > best) {
				best = c;
				pick = size[j];
			}
		}
		order[step] = pick;
		used[pick] = 1;
	}
}

static int
coverage_models(struct curve_cmd *k, const struct pool *p)
{
	uint32_t ds[8];
	int order[POOL_MAX], nd = table_datasets(&k->t, ds, 8);

	if (k->greedy)
		greedy_order(p, &k->t, order);
	else
		pool_size_order(p, order);
	for (int s = 1; s <= p->nlocal; s++) {
		add(k, "all", s, p->m[order[s - 1]].name,
		    coverage(p, &k->t, order, s, TABLE_NONE, TABLE_NONE));
		for (int i = 0; i < nd; i++)
			add(k, table_str(&k->t, ds[i]), s,
			    p->m[order[s - 1]].name,
			    coverage(p, &k->t, order, s, ds[i], TABLE_NONE));
	}
	add(k, "reported: best-of-local", p->nlocal, "",
	    0.887);
	return 0;
}

/* The paper's Table 4: share solvable by a <= 20B-active model. */
static const struct {
	const char *domain;
	double wildchat, nr;
} table4[] = {
	{ "Computer and mathematical", 0.995, 0.673 },
	{ "Arts and media", 0.987, 0.529 },
	{ "Life, physical and social science", 0.988, 0.605 },
	{ "Architecture and engineering", 0.989, 0.408 },
	{ "Education", 0.972, 0.804 },
};

static int
coverage_domain(struct curve_cmd *k, const struct pool *p)
{
	uint32_t ds[8], dom[64];
	int all[POOL_MAX], nd = table_datasets(&k->t, ds, 8);
	int ndom = table_domains(&k->t, dom, 64);

	for (int i = 0; i < p->nlocal; i++)
		all[i] = i;
	if (ndom == 0)
		return -1;
	for (int j = 0; j < ndom; j++) {
		const char *dn = table_str(&k->t, dom[j]);
		for (int i = 0; i < nd; i++) {
			double c = coverage(p, &k->t, all, p->nlocal, ds[i],
			    dom[j]);
			if (!isnan(c))
				add(k, table_str(&k->t, ds[i]), j, dn, c);
		}
		for (size_t r = 0; r < sizeof(table4) / sizeof(table4[0]); r++)
			if (strcasecmp(table4[r].domain, dn) == 0) {
				add(k, "reported wildchat", j, dn, table4[r].wildchat);
				add(k, "reported natural_reasoning", j, dn,
				    table4[r].nr);
			}
	}
	return 0;
}

/* Release month of a local member's model as year + (month - 1) / 12, and
 * its "YYYY-MM"; NaN when the catalog gives none. */
static double
release_year(const struct catalog *cat, const struct table *t,
    const struct pool_member *m, const char **text)
{
	const struct catalog_model *cm = catalog_model(cat,
	    table_str(t, m->c->model));
	int y, mo;

	*text = cm != NULL ? cm->release : NULL;
	if (*text == NULL || sscanf(*text, "%4d-%2d", &y, &mo) != 2 ||
	    mo < 1 || mo > 12)
		return NAN;
	return y + (mo - 1) / 12.0;
}

/* The paper's local coverage trend (win/tie rate of the best local model
 * against frontier models). 2023 -> 2025 and the end points are in the
 * abstract of arXiv 2511.07885; 48.7% is the figure between them, placed
 * at 2024. */
static const double trend[][2] = { { 2023, 0.232 }, { 2024, 0.487 },
	{ 2025, 0.713 } };

/* For each release month of the pool's models: the best single model and
 * best-of-local among the models released by then. Ties between single
 * models go to the earlier release, then to pool order. */
static int
coverage_time(struct curve_cmd *k, const struct pool *p,
    struct ipw_error *err)
{
	double year[POOL_MAX];
	const char *text[POOL_MAX];
	int order[POOL_MAX], n = 0, ndates = 0, j;

	for (int i = 0; i < p->nlocal; i++) {
		year[i] = release_year(&k->cat, &k->t, &p->m[i], &text[i]);
		if (isnan(year[i])) {
			if (cli_show_notes(&k->common))
				fprintf(stderr, "ipwsim: curve: %s has no release "
				    "date "
				    "(YYYY-MM) in the catalog; left out of "
				    "coverage-time\n", p->m[i].name);
			continue;
		}
		/* insertion sort by release, stable in pool order */
		for (j = n++; j > 0 && year[order[j - 1]] > year[i]; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	for (int i = 0; i < n; i++)
		ndates += i == 0 || year[order[i]] != year[order[i - 1]];
	if (ndates < 2)
		return ipw_error_set(err, IPW_EX_DATAERR, "coverage-time needs "
		    "local models released in at least two different months "
		    "(the catalog's release field); this pool has %d", ndates);
	for (int upto = 1; upto <= n; upto++) {
		double best = -1;
		int pick = 0;
		if (upto < n && year[order[upto]] == year[order[upto - 1]])
			continue;	/* the month is not complete yet */
		for (int i = 0; i < upto; i++) {
			double c = coverage(p, &k->t, &order[i], 1, TABLE_NONE,
			    TABLE_NONE);
			if (c > best) {
				best = c;
				pick = order[i];
			}
		}
		add(k, "best single", year[order[upto - 1]], p->m[pick].name,
		    best);
		add(k, "best-of-local", year[order[upto - 1]],
		    text[order[upto - 1]], coverage(p, &k->t, order, upto,
		    TABLE_NONE, TABLE_NONE));
	}
	for (size_t i = 0; i < sizeof(trend) / sizeof(trend[0]); i++)
		add(k, "reported: best single", trend[i][0], "", trend[i][1]);
	return 0;
}

static int
is_kind(const struct curve_cmd *k, const char *kind)
{
	return strcmp(k->kind, kind) == 0;
}

/* The main assumptions of a simulation, kept once for the subtitle: the
 * oracle's rule, the cloud's batch, and the what-if setting. */
static void
keep_settings(struct curve_cmd *k, const struct sim *s)
{
	const struct pool_member *c = &s->p.m[s->p.nlocal];
	size_t used;

	if (k->assume[0] != '\0')
		return;
	if (s->r.npolicies > 1 && !is_kind(k, "coverage-models") &&
	    !is_kind(k, "coverage-domain") && !is_kind(k, "coverage-time")) {
		char a[260], b[260];
		report_provenance_text(&s->r.pol[0].acct.total, a, sizeof(a));
		report_provenance_text(&s->r.pol[1].acct.total, b, sizeof(b));
		snprintf(k->prov, sizeof(k->prov), "cloud-only %s | oracle %s%s",
		    a, b, is_kind(k, "savings-year") || is_kind(k, "pareto") ||
		    is_kind(k, "savings-alpha") ? "" : " (at the base "
		    "setting, as measured or as the options move it; a point "
		    "the curve moves is modelled)");
	}
	if (isnan(c->batch_to))
		used = (size_t)snprintf(k->assume, sizeof(k->assume), "Cloud "
		    "batch unknown (its records give no batch_size)");
	else
		used = (size_t)snprintf(k->assume, sizeof(k->assume), "Cloud "
		    "batch %g%s", c->batch_to, c->how[0] != '\0' ?
		    " (modelled)" : " (as measured)");
	for (int i = 0; i < s->r.nsettings && used < sizeof(k->assume); i++)
		if (strcmp(s->r.setting[i][0], "oracle") == 0 ||
		    strcmp(s->r.setting[i][0], "whatif") == 0 ||
		    strcmp(s->r.setting[i][0], "arrivals") == 0)
			used += (size_t)snprintf(k->assume + used,
			    sizeof(k->assume) - used, "; %s: %s",
			    strcmp(s->r.setting[i][0], "whatif") == 0 ? "what-if" :
			    s->r.setting[i][0], s->r.setting[i][1]);
	/* the idle powers and the dedicated device's load, when given (the
	 * axis of savings-idle is its own) */
	if (isfinite(s->w.cloud_idle_w) && used < sizeof(k->assume))
		used += (size_t)snprintf(k->assume + used, sizeof(k->assume) -
		    used, "; cloud idle %g W", s->w.cloud_idle_w);
	else if (is_kind(k, "savings-utilization") && used <
	    sizeof(k->assume)) {
		char how[320];
		double w;
		/* the value and its basis; the citation is simulate's */
		pool_idle_power(c, &k->t, &k->cat, NAN, NULL, &w, how,
		    sizeof(how));
		how[strcspn(how, ":")] = '\0';
		used += (size_t)snprintf(k->assume + used, sizeof(k->assume) -
		    used, "; cloud idle %s%s", how, strchr(how, '(') != NULL ?
		    ")" : "");
	}
	if (isfinite(s->w.local_idle_w) && !is_kind(k, "savings-idle") &&
	    used < sizeof(k->assume))
		used += (size_t)snprintf(k->assume + used, sizeof(k->assume) -
		    used, "; local idle %g W", s->w.local_idle_w);
	if (s->w.local_mode == LOCAL_DEDICATED && used < sizeof(k->assume))
		snprintf(k->assume + used, sizeof(k->assume) - used, "; %g "
		    "queries a day per local device", s->w.local_qpd);
}

/* ---- savings ------------------------------------------------------------ */

static const char *const metric_names[] = { "energy", "compute", "cost" };

static double
metric(const struct account *a, int m)
{
	return m == 0 ? a->total.energy_j : m == 1 ? a->total.flops :
	    a->total.cost_usd;
}

static int
savings_alpha(struct curve_cmd *k, struct sim *s, struct ipw_error *err)
{
	static const char *const routers[] = { "paper", "cascade", "mixture" };
	struct account base;
	char name[64], spec_text[64];

	account_policy(&s->pol[0], s->scored, &base, NULL, err);
	for (int r = 0; r < 3; r++)
		for (int i = 0; i <= 10; i++) {
			struct policy_spec spec;
			struct policy pol;
			struct account a;
			snprintf(spec_text, sizeof(spec_text), "%s:%g", routers[r],
			    i / 10.0);
			if (policy_parse(spec_text, &spec, err) < 0 ||
			    policy_init(&pol, &spec, &k->so.o.params, &s->p, &k->t,
			    s->oracle, s->calib, err) < 0)
				return -1;
			account_policy(&pol, s->scored, &a, NULL, err);
			for (int m = 0; m < 3; m++) {
				snprintf(name, sizeof(name), "%s %s", routers[r],
				    metric_names[m]);
				add(k, name, i / 10.0, "", account_saving(metric(&a,
				    m), metric(&base, m)));
			}
			policy_release(&pol);
		}
	for (int j = 0; j < 2; j++)
		for (int m = 0; m < 3; m++) {
			snprintf(name, sizeof(name), "reported %s",
			    metric_names[m]);
			add(k, name, paper_router_alpha[j], "router",
			    paper_router[j][m]);
		}
	for (int m = 0; m < 3; m++) {
		snprintf(name, sizeof(name), "reported %s", metric_names[m]);
		add(k, name, 1, "oracle", paper_oracle[m]);
	}
	return 0;
}

/* savings-batch, -utilization, -idle: the break-even search's curve, once
 * per metric, with the energy break-even marked. */
static int
savings_param(struct curve_cmd *k, enum break_even_param be,
    struct ipw_error *err)
{
	char name[64];

	for (int m = 0; m < 3; m++) {
		struct sim *s = calloc(1, sizeof(*s));
		struct sim_options o = k->so.o;
		if (s == NULL)
			return ipw_error_oom(err);
		o.break_even = be;
		o.break_even_metric = (enum break_even_metric)m;
		o.bootstrap = 0;
		o.nrouters = 0;
		if (sim_run(s, &k->t, &k->cat, &o, err) < 0) {
			sim_release(s);
			free(s);
			return -1;
		}
		keep_settings(k, s);
		for (int i = 0; i < BREAK_EVEN_POINTS; i++)
			add(k, metric_names[m], s->r.be.x[i], "",
			    s->r.be.saving[i]);
		/* the energy saving's model interval where a model moved
		 * energy */
		for (int i = 0; m == 0 && i < BREAK_EVEN_POINTS; i++)
			if (!isnan(s->r.be.model_lo[i])) {
				add(k, "energy model low", s->r.be.x[i], "",
				    s->r.be.model_lo[i]);
				add(k, "energy model high", s->r.be.x[i], "",
				    s->r.be.model_hi[i]);
			}
		if (m == 0 && s->r.be.found)
			k->vline = s->r.be.value;
		/* the paper's setting on this axis */
		snprintf(name, sizeof(name), "reported %s", metric_names[m]);
		add(k, name, be == BE_CLOUD_BATCH ? paper_cloud_batch :
		    be == BE_CLOUD_UTIL ? 1 : 0, "oracle", paper_oracle[m]);
		sim_release(s);
		free(s);
	}
	return 0;
}

/* ---- forecast ----------------------------------------------------------- */

/* The oracle's energy saving from the base year to --years on, central
 * and the low and high ends of the band (forecast.h). */
static int
savings_year(struct curve_cmd *k, const struct sim *s, struct ipw_error *err)
{
	static const char *const name[3] = { "energy", "energy low",
		"energy high" };
	const struct account *base = &s->r.pol[0].acct, *o = &s->r.pol[1].acct;
	const struct account_sums *cloud = &o->member[o->nmembers - 1];
	struct forecast_order fo;
	struct forecast f;
	double e_local = 0, n_local = 0, e_base, u0, a, b, n;

	if (forecast_load(&f, k->forecast, err) < 0)
		return -1;
	for (int i = 0; i < o->nmembers - 1; i++) {
		e_local += o->member[i].energy_j;
		n_local += o->member[i].queries;
	}
	if (n_local == 0 || base->total.queries == 0)
		return ipw_error_set(err, IPW_EX_DATAERR, "savings-year needs "
		    "some queries that a local configuration answers");
	if (pool_energy_linear(&s->p.m[s->p.nlocal], &a, &b) < 0)
		return ipw_error_set(err, IPW_EX_USAGE, "savings-year needs the "
		    "cloud's energy per token: not with --cloud-energy-basis "
		    "per-query");
	if (forecast_order_build(&fo, &s->p, s->oracle, s->scored, err) < 0)
		return -1;
	n = o->total.queries;
	e_base = base->total.energy_j / base->total.queries;
	u0 = cloud->queries / n;
	for (int c = 0; c < 3; c++)
		for (int t = 0; t <= k->years; t++) {
			double u = forecast_uncovered(&f, (enum forecast_case)c,
			    u0, t), left, cost;
			forecast_order_left(&fo, u0 > 0 ? 1 - u / u0 : 0, a, b,
			    &left, &cost);
			/* the label says which cloud calls are covered first */
			add(k, name[c], f.base_year + t, fo.by_margin ?
			    "easiest first (score margin)" : "",
			    forecast_saving_left(&f, (enum forecast_case)c,
			    e_local / n_local, u, left / n, e_base, t));
		}
	forecast_order_release(&fo);
	add(k, "reported energy", f.base_year, "oracle", paper_oracle[0]);
	return 0;
}

/* ---- pareto ------------------------------------------------------------- */

static int
popcount(uint64_t v)
{
	int n = 0;

	for (; v != 0; v &= v - 1)
		n++;
	return n;
}

/* A point of the frontier's search and its row. */
struct point {
	double x, y;
	int row;
};

/* By x, then by y from high to low, then by row. */
static int
by_x_then_y(const void *a, const void *b)
{
	const struct point *r = a, *t = b;

	if (r->x != t->x)
		return r->x < t->x ? -1 : 1;
	if (r->y != t->y)
		return r->y > t->y ? -1 : 1;
	return r->row - t->row;
}

/* Adds, as series "frontier" in increasing x, the points of rows
 * [from, k->nrows) that no other point beats: none has lower or equal x
 * and higher or equal y with one of them strictly. By x, then y
 * falling: a point is on the frontier when its y is above every y
 * before it, or it equals the last point kept. */
static void
frontier(struct curve_cmd *k, int from)
{
	int end = k->nrows, n = 0;
	struct point *pt = malloc((size_t)(end - from + 1) * sizeof(*pt));
	double top = -INFINITY, top_x = NAN;

	if (pt == NULL)
		return;
	for (int i = from; i < end; i++)
		if (!isnan(k->rows[i].x) && !isnan(k->rows[i].y))
			pt[n++] = (struct point){ k->rows[i].x, k->rows[i].y,
				i };
	qsort(pt, (size_t)n, sizeof(*pt), by_x_then_y);
	for (int i = 0; i < n; i++) {
		const struct row *r = &k->rows[pt[i].row];
		char label[sizeof(r->label)];
		/* equal points beat none of each other: all are kept */
		if (!(r->y > top) && !(r->y == top && r->x == top_x))
			continue;
		top = r->y;
		top_x = r->x;
		snprintf(label, sizeof(label), "%.95s: %.150s", r->series,
		    r->label);
		add(k, "frontier", r->x, label, r->y);
	}
	free(pt);
}

/* "A+B+C": the subset's members' names. */
static void
subset_label(const struct pool *full, uint64_t set, char *label, size_t size)
{
	size_t len = 0;

	label[0] = '\0';
	for (int i = 0; i < full->nlocal; i++)
		if (set >> i & 1)
			len += (size_t)snprintf(label + len, len < size ? size -
			    len : 0, "%s%s", len ? "+" : "", full->m[i].name);
}

/* Quality against energy (or cost) per query for cloud-only and, for
 * every subset of the local pool of up to max_subset members, the oracle
 * and each --router; then the frontier. Without routers, the oracle of
 * every subset comes from one pass each over the whole pool's values
 * (src/pareto.h), on every thread; with routers, a simulation each. */
static int
pareto(struct curve_cmd *k, const struct sim *main_sim,
    struct ipw_error *err)
{
	const struct pool *full = &main_sim->p;
	int n = full->nlocal, from = k->nrows, max = k->max_subset;
	long subsets = pareto_count(n, max, MAX_PARETO_POINTS);
	long points = 1 + (subsets < 0 ? MAX_PARETO_POINTS :
	    subsets * (1 + k->so.o.nrouters));
	char label[256];

	if (n > 62)
		return ipw_error_set(err, IPW_EX_USAGE, "pareto: %d local "
		    "configurations; name at most 62 with --local", n);
	if (subsets < 0 || points > MAX_PARETO_POINTS)
		return ipw_error_set(err, IPW_EX_USAGE, "pareto: more than %d "
		    "points; lower --max-subset or name fewer --local "
		    "configurations", MAX_PARETO_POINTS);
	if (k->so.o.nrouters == 0 && !k->no_fast &&
	    pareto_applies(&k->so.o.pool)) {
		const struct account_sums *c = &main_sim->r.pol[0].acct.total;
		struct pareto_point *pt;
		size_t np;
		if (pareto_oracle(full, k->so.o.oracle_rule, max, k->cost,
		    k->common.trace.threads, &pt, &np, err) < 0)
			return -1;
		add(k, main_sim->r.pol[0].name, (k->cost ? c->cost_usd :
		    c->energy_j) / c->queries, "cloud only", c->correct /
		    c->queries);
		for (size_t i = 0; i < np; i++) {
			subset_label(full, pt[i].set, label, sizeof(label));
			add(k, "oracle", pt[i].x / pt[i].queries, label,
			    pt[i].correct / pt[i].queries);
		}
		free(pt);
		frontier(k, from);
		return 0;
	}
	for (int size = 1; size <= max && size <= n; size++)
		for (uint64_t set = 1; set < (UINT64_C(1) << n); set++) {
			struct sim_options o = k->so.o;
			struct sim *s;
			if (popcount(set) != size)
				continue;
			o.pool.nlocal = 0;
			for (int i = 0; i < n; i++)
				if (set >> i & 1)
					o.pool.local[o.pool.nlocal++] =
					    full->m[i].name;
			subset_label(full, set, label, sizeof(label));
			if ((s = calloc(1, sizeof(*s))) == NULL)
				return ipw_error_oom(err);
			if (sim_run(s, &k->t, &k->cat, &o, err) < 0) {
				sim_release(s);
				free(s);
				return -1;
			}
			for (int i = k->nrows == from ? 0 : 1;
			    i < s->r.npolicies; i++) {
				const struct account_sums *t =
				    &s->r.pol[i].acct.total;
				add(k, s->r.pol[i].name, (k->cost ? t->cost_usd :
				    t->energy_j) / t->queries, i == 0 ?
				    "cloud only" : label, t->correct / t->queries);
			}
			sim_release(s);
			free(s);
		}
	frontier(k, from);
	return 0;
}

/* ---- output ------------------------------------------------------------- */

static int
write_csv(void *ctx, FILE *fp)
{
	struct curve_cmd *k = ctx;

	fputs("kind,series,x,label,y\n", fp);
	for (int i = 0; i < k->nrows; i++) {
		const struct row *r = &k->rows[i];
		fprintf(fp, "%s,", k->kind);
		out_csv_text(fp, r->series);
		out_csv_num(fp, r->x);
		fputc(',', fp);
		out_csv_text(fp, r->label);
		out_csv_num(fp, r->y);
		fputc('\n', fp);
	}
	return 0;
}

static int
write_table(void *ctx, FILE *fp)
{
	struct curve_cmd *k = ctx;

	fprintf(fp, "local: %s\ncloud: %s\n", k->local, k->cloud);
	if (k->prov[0] != '\0')
		fprintf(fp, "energy provenance: %s\n", k->prov);
	fputc('\n', fp);
	fprintf(fp, "%-28s %10s %-34s %10s\n", "series", "x", "label", "y");
	for (int i = 0; i < k->nrows; i++) {
		const struct row *r = &k->rows[i];
		fprintf(fp, "%-28s %10.6g %-34s %10.4g\n", r->series, r->x,
		    r->label, r->y);
	}
	if (!isnan(k->vline))
		fprintf(fp, "break-even (energy saving %g): %.6g\n",
		    k->so.o.break_even_target, k->vline);
	return 0;
}

static int
write_json(void *ctx, FILE *fp)
{
	struct curve_cmd *k = ctx;
	cJSON *root = cJSON_CreateObject(), *rows, *settings, *list;
	const char *at = k->local;

	cJSON_AddStringToObject(root, "kind", k->kind);
	settings = cJSON_AddObjectToObject(root, "settings");
	list = cJSON_AddArrayToObject(settings, "traces");
	for (int i = 0; i < k->ntraces; i++)
		cJSON_AddItemToArray(list, cJSON_CreateString(k->traces[i]));
	cJSON_AddStringToObject(settings, "cloud", k->cloud);
	/* the pool's names, joined by ", " in k->local */
	list = cJSON_AddArrayToObject(settings, "local");
	while (*at != '\0') {
		size_t n = strcspn(at, ",");
		char name[300];
		snprintf(name, sizeof(name), "%.*s", (int)n, at);
		cJSON_AddItemToArray(list, cJSON_CreateString(name));
		at += n;
		at += strspn(at, ", ");
	}
	cJSON_AddStringToObject(settings, "assumptions", k->assume);
	if (k->prov[0] != '\0')
		cJSON_AddStringToObject(settings, "energy_provenance", k->prov);
	cJSON_AddNumberToObject(root, "break_even", k->vline);
	rows = cJSON_AddArrayToObject(root, "rows");
	for (int i = 0; i < k->nrows; i++) {
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "series", k->rows[i].series);
		cJSON_AddNumberToObject(o, "x", k->rows[i].x);
		cJSON_AddStringToObject(o, "label", k->rows[i].label);
		cJSON_AddNumberToObject(o, "y", k->rows[i].y);
		cJSON_AddItemToArray(rows, o);
	}
	return out_json_doc(fp, root, "curve");
}

static const struct cli_writers writers = { write_table, write_csv,
	write_json };

/* ---- the plot ----------------------------------------------------------- */

/* Rows of one series, in order, into x and y. */
static int
series_xy(const struct curve_cmd *k, const char *name, double *x, double *y)
{
	int n = 0;

	for (int i = 0; i < k->nrows && n < MAX_ROWS; i++)
		if (strcmp(k->rows[i].series, name) == 0) {
			x[n] = k->rows[i].x;
			y[n++] = k->rows[i].y;
		}
	return n;
}

/* Index of the metric a series is named for, -1 if none. */
static int
metric_of(const char *series)
{
	for (int m = 0; m < 3; m++)
		if (strstr(series, metric_names[m]) != NULL)
			return m;
	return -1;
}


/* The axis titles of a kind. */
static void
axis_titles(const struct curve_cmd *k, struct plot *p)
{
	int pareto = is_kind(k, "pareto");

	p->ylabel = strncmp(k->kind, "coverage", 8) == 0 ? "queries some local "
	    "model answers" : pareto ? "quality (share answered correctly)" :
	    is_kind(k, "savings-year") ? "oracle energy saving against "
	    "cloud-only" : "saving against cloud-only";
	p->xlabel = pareto ? (k->cost ? "cost per query (USD)" :
	    "energy per query (J)") :
	    is_kind(k, "coverage-models") ? (k->greedy ? "local models, each "
	    "step adding the one that covers most" : "local models, each step "
	    "adding the next larger") :
	    is_kind(k, "coverage-domain") ? "domain" :
	    is_kind(k, "coverage-time") ? "release of the newest model" :
	    is_kind(k, "savings-alpha") ? "router accuracy (alpha)" :
	    is_kind(k, "savings-batch") ? "cloud batch size" :
	    is_kind(k, "savings-utilization") ? "cloud utilization" :
	    is_kind(k, "savings-year") ? "year" : "local idle power (W)";
}

/* The paper's value in row r as a reference mark. */
static void
add_ref(struct curve_cmd *k, struct plot *p, const struct row *r)
{
	struct plot_ref *f;
	int m = metric_of(r->series);

	if (p->nrefs == PLOT_MAX_REFS)
		return;
	f = &p->ref[p->nrefs++];
	*f = (struct plot_ref){ "paper", r->x, r->y, 0, m };
	if (is_kind(k, "savings-alpha")) {
		f->panel = m;
		f->color = strcmp(r->label, "oracle") == 0 ? -1 : 7;
		f->label = f->color < 0 ? "paper: oracle" : "paper: router at "
		    "alpha 0.8 and 0.6";
	} else if (is_kind(k, "savings-batch"))
		f->label = m == 0 ? "paper: oracle energy, cloud batch 16" :
		    m == 1 ? "paper: oracle compute" : "paper: oracle cost";
	else if (is_kind(k, "savings-utilization") || is_kind(k,
	    "savings-idle"))
		f->label = m == 0 ? "paper: oracle energy (no idle counted)" :
		    m == 1 ? "paper: oracle compute" : "paper: oracle cost";
	else if (is_kind(k, "savings-year"))
		f->label = "paper: oracle energy";
	else if (is_kind(k, "coverage-models"))
		f->label = "paper: best-of-local, 20+ models";
	else if (is_kind(k, "coverage-time"))
		f->label = "paper: best local model (win or tie rate)";
	if (!is_kind(k, "savings-alpha") && m < 0)
		f->color = -1;
}

/* A series' name on the legend. */
static const char *
series_title(const struct curve_cmd *k, const char *series, char *buf,
    size_t size)
{
	if (is_kind(k, "savings-alpha")) {
		int n = (int)strcspn(series, " ");
		snprintf(buf, size, strncmp(series, "paper", 5) == 0 ?
		    "\"%.*s\" router (the paper's)" : "%.*s router", n, series);
		return buf;
	}
	/* the model interval is a band, not lines */
	if (strncmp(series, "energy model ", 13) == 0)
		return NULL;
	if (!is_kind(k, "savings-year"))
		return series;
	return strcmp(series, "energy") == 0 ? "oracle energy saving" : NULL;
}

/* A band from the rows of series lo and hi (at the same x), named
 * name; none when there are no such rows. */
static void
add_band(struct curve_cmd *k, struct plot *p, const char *lo,
    const char *hi, const char *name, double *xs, double *ys, int *used)
{
	struct plot_band *b = &p->band[p->nbands];

	b->name = name;
	b->x = xs + *used;
	b->lo = ys + *used;
	b->n = series_xy(k, lo, xs + *used, ys + *used);
	if (b->n == 0)
		return;
	p->nbands++;
	*used += b->n;
	/* the same x: the x written here go unused */
	b->hi = ys + *used;
	series_xy(k, hi, xs + *used, ys + *used);
	*used += b->n;
}

/* text without the local pool's common "@ACCEL" (said once in the
 * subtitle), kept in k. */
static const char *
shorten(struct curve_cmd *k, const char *text)
{
	char *out, *o;
	size_t n = strlen(k->suffix);

	if (n == 0 || k->nshort == PLOT_MAX_CATS + PLOT_MAX_NOTES)
		return text;
	o = out = k->short_text[k->nshort++];
	while (*text != '\0' && o < out + sizeof(k->short_text[0]) - 1) {
		if (strncmp(text, k->suffix, n) == 0) {
			text += n;
			continue;
		}
		*o++ = *text++;
	}
	*o = '\0';
	return out;
}

/* Pareto: each frontier point numbered, its subsets in the key. */
static void
frontier_notes(struct curve_cmd *k, struct plot *p)
{
	for (int i = 0; i < k->nrows && p->nnotes < PLOT_MAX_NOTES; i++)
		if (strcmp(k->rows[i].series, "frontier") == 0)
			p->note[p->nnotes++] = (struct plot_note){ k->rows[i].x,
				k->rows[i].y, 0, shorten(k, k->rows[i].label) };
}

static void
plot_lines(struct curve_cmd *k, struct plot *p, double *xs, double *ys)
{
	int used = 0, pareto = is_kind(k, "pareto"), alpha = is_kind(k,
	    "savings-alpha");
	const char *raw[PLOT_MAX_SERIES];

	p->percent = 1;
	p->yzero = strncmp(k->kind, "coverage", 8) == 0;
	p->xaxis = is_kind(k, "savings-batch") ? PLOT_LOG2 : is_kind(k,
	    "coverage-time") || is_kind(k, "savings-year") ? PLOT_YEAR :
	    is_kind(k, "coverage-models") ? PLOT_CATEGORY : PLOT_LINEAR;
	p->vline = k->vline;
	p->vline_label = "break-even (energy saving 0)";
	if (alpha) {
		p->npanels = 3;
		for (int m = 0; m < 3; m++)
			p->panel_title[m] = metric_names[m];
	}
	if (is_kind(k, "savings-year"))
		add_band(k, p, "energy low", "energy high", "range of the "
		    "trends (low to high)", xs, ys, &used);
	add_band(k, p, "energy model low", "energy model high", "model "
	    "interval of the energy saving (95%)", xs, ys, &used);
	for (int i = 0; i < k->nrows; i++) {
		const struct row *r = &k->rows[i];
		struct plot_series *s;
		int seen = 0, m = metric_of(r->series);
		const char *title;
		if (strncmp(r->series, "reported", 8) == 0) {
			add_ref(k, p, r);
			continue;
		}
		for (int j = 0; j < p->nseries; j++)
			seen |= strcmp(raw[j], r->series) == 0;
		if (seen || p->nseries == PLOT_MAX_SERIES || (title =
		    series_title(k, r->series, k->names[p->nseries],
		    sizeof(k->names[0]))) == NULL)
			continue;
		raw[p->nseries] = r->series;
		s = &p->s[p->nseries];
		s->name = title;
		s->x = xs + used;
		s->y = ys + used;
		s->n = series_xy(k, r->series, xs + used, ys + used);
		s->color = s->dash = -1;
		if (alpha) {
			/* a panel per metric; a colour and a dash per router */
			s->panel = m;
			s->color = s->dash = strncmp(r->series, "paper", 5) == 0 ? 0 :
			    strncmp(r->series, "cascade", 7) == 0 ? 1 : 2;
		} else if (m >= 0)
			s->color = s->dash = m;
		s->points_only = pareto && strcmp(r->series, "frontier") != 0;
		if (pareto && strcmp(r->series, "frontier") == 0) {
			s->color = 7;
			s->dash = 1;
		}
		used += p->s[p->nseries++].n;
	}
	if (pareto)
		frontier_notes(k, p);
	if (p->xaxis == PLOT_CATEGORY) {
		/* the model each step adds, from the "all" series */
		p->cat_x0 = 1;
		for (int i = 0; i < k->nrows && p->ncat < PLOT_MAX_CATS; i++)
			if (strcmp(k->rows[i].series, "all") == 0) {
				char add[300];
				snprintf(add, sizeof(add), "%s%s", p->ncat ? "+ " :
				    "", k->rows[i].label);
				p->cat[p->ncat++] = shorten(k, add);
			}
	}
}

static void
plot_bars(struct curve_cmd *k, struct plot *p, double *xs, double *ys)
{
	const char *group[PLOT_MAX_SERIES];
	int ng = 0, used = 0;

	p->bars = 1;
	p->percent = 1;
	p->xaxis = PLOT_CATEGORY;
	for (int i = 0; i < k->nrows; i++) {
		const struct row *r = &k->rows[i];
		int c = (int)r->x, g, paper = strncmp(r->series, "reported ",
		    9) == 0;
		const char *gname = paper ? r->series + 9 : r->series;
		if (c < 0 || c >= PLOT_MAX_CATS)
			continue;
		for (g = 0; g < ng && strcmp(group[g], gname) != 0; g++)
			;
		if (g == ng && (paper || ng == PLOT_MAX_SERIES))
			continue;
		if (g == ng) {
			group[ng] = r->series;
			p->s[ng] = (struct plot_series){ .name = r->series,
				.x = xs + used, .y = ys + used, .color = -1,
				.dash = -1 };
			p->s[ng].n = series_xy(k, r->series, xs + used, ys + used);
			used += p->s[ng++].n;
		}
		if (paper && p->nrefs < PLOT_MAX_REFS)
			p->ref[p->nrefs++] = (struct plot_ref){ "paper, Table 4 "
				"(<= 20B-active models)", r->x, r->y, 0, g };
		if (c >= p->ncat)
			p->ncat = c + 1;
		p->cat[c] = r->label;
	}
	p->nseries = ng;
}

/* The plot of the rows, with its title and subtitle. */
static void
build_plot(struct curve_cmd *k, struct plot *p, double *xs, double *ys)
{
	static const char *const titles[][2] = {
		{ "coverage-models", "Coverage as local models are added" },
		{ "coverage-domain", "Coverage of the local pool by domain" },
		{ "coverage-time", "Coverage by the release of the newest "
		    "local model" },
		{ "pareto", "Quality against energy per query, over subsets of "
		    "the local pool" },
		{ "savings-alpha", "Savings of realistic routers against their "
		    "accuracy" },
		{ "savings-batch", "Oracle savings against the cloud's batch "
		    "size" },
		{ "savings-utilization", "Oracle savings against the cloud's "
		    "utilization" },
		{ "savings-idle", "Oracle savings against the local devices' "
		    "idle power" },
		{ "savings-year", "Oracle energy saving projected by the "
		    "trends" } };

	plot_init(p);
	k->nshort = 0;
	for (size_t i = 0; i < sizeof(titles) / sizeof(titles[0]); i++)
		if (is_kind(k, titles[i][0]))
			p->title = titles[i][1];
	if (is_kind(k, "pareto") && k->cost)
		p->title = "Quality against cost per query, over subsets of the "
		    "local pool";
	p->subtitle = k->subtitle;
	axis_titles(k, p);
	if (is_kind(k, "coverage-domain"))
		plot_bars(k, p, xs, ys);
	else
		plot_lines(k, p, xs, ys);
}

struct plot_job {
	struct curve_cmd *k;
	enum plot_format f;
	struct ipw_error err;
};

/* The plot into fp in j->f; -1 with j->err set on failure. */
static int
draw(void *ctx, FILE *fp)
{
	struct plot_job *j = ctx;
	double *xs = malloc(((size_t)j->k->nrows + 1) * sizeof(*xs));
	double *ys = malloc(((size_t)j->k->nrows + 1) * sizeof(*ys));
	struct plot *p = malloc(sizeof(*p));
	int rc = -1;

	if (xs == NULL || ys == NULL || p == NULL)
		ipw_error_oom(&j->err);
	else {
		build_plot(j->k, p, xs, ys);
		rc = plot_write(p, j->f, fp, &j->err);
	}
	free(p);
	free(xs);
	free(ys);
	return rc;
}

/* --html FILE: the plot inline (an SVG as a data: URI, so that nothing is
 * fetched and the page prints crisply) and the rows as a table, on one
 * self-contained page. -1 on failure. */
static int
write_html(void *ctx, FILE *fp)
{
	static const char *const heads[] = { "series", "x", "label", "y" };
	struct curve_cmd *k = ctx;
	double *xs = malloc(((size_t)k->nrows + 1) * sizeof(*xs));
	double *ys = malloc(((size_t)k->nrows + 1) * sizeof(*ys));
	struct plot *p = malloc(sizeof(*p));
	struct ipw_error err;
	char title[128];
	int rc = -1;

	if (xs == NULL || ys == NULL || p == NULL)
		goto out;
	build_plot(k, p, xs, ys);
	snprintf(title, sizeof(title), "ipwsim curve %s", k->kind);
	html_begin(fp, title);
	fputs("<p class=\"small\">", fp);
	html_printf(fp, "ipwsim %s. %s", PACKAGE_VERSION, k->subtitle);
	fputs("</p>\n", fp);
	if (k->prov[0] != '\0') {
		fputs("<p class=\"small\">", fp);
		html_printf(fp, "Energy provenance: %s.", k->prov);
		fputs("</p>\n", fp);
	}
	html_heading(fp, 2, "plot", "Plot");
	if (html_plot(fp, p, &err) < 0)
		goto out;
	if (!isnan(k->vline)) {
		fputs("<p>", fp);
		html_printf(fp, "Break-even (energy saving %g): %.6g.",
		    k->so.o.break_even_target, k->vline);
		fputs("</p>\n", fp);
	}
	html_heading(fp, 2, "data", "Data");
	html_table_begin(fp, "The plotted rows", heads, 4);
	for (int i = 0; i < k->nrows; i++) {
		html_row_begin(fp);
		html_cell(fp, k->rows[i].series, NULL);
		html_cell_num(fp, "%.6g", k->rows[i].x);
		html_cell(fp, k->rows[i].label, NULL);
		html_cell_num(fp, "%.6g", k->rows[i].y);
		html_row_end(fp);
	}
	html_table_end(fp);
	html_end(fp);
	rc = ferror(fp) ? -1 : 0;
out:
	free(p);
	free(xs);
	free(ys);
	return rc;
}

/* The pool the curve is drawn on, named in the report: the default pool
 * differs between commands (reproduce: the paper's four). */
static int
name_pool(struct curve_cmd *k, struct ipw_error *err)
{
	struct pool_options po = k->so.o.pool;
	struct pool p;
	size_t used = 0, used_short = 0;

	po.whatif = NULL;
	po.curves = NULL;
	po.roofline = NULL;
	if (pool_init(&p, &k->t, &k->cat, &po, err) < 0)
		return -1;
	/* the accelerator once when every local member is on it */
	snprintf(k->suffix, sizeof(k->suffix), "@%s", p.nlocal > 0 ?
	    table_str(&k->t, p.m[0].c->accel) : "");
	for (int i = 1; i < p.nlocal; i++)
		if (p.m[i].c->accel != p.m[0].c->accel)
			k->suffix[0] = '\0';
	for (int i = 0; i < p.nlocal; i++) {
		if (used < sizeof(k->local))
			used += (size_t)snprintf(k->local + used,
			    sizeof(k->local) - used, "%s%s", i ? ", " : "",
			    p.m[i].name);
		if (used_short < sizeof(k->local_short))
			used_short += (size_t)snprintf(k->local_short +
			    used_short, sizeof(k->local_short) - used_short,
			    "%s%.*s", i ? ", " : "", (int)(strlen(p.m[i].name) -
			    strlen(k->suffix)), p.m[i].name);
	}
	if (k->suffix[0] != '\0' && used_short < sizeof(k->local_short))
		snprintf(k->local_short + used_short, sizeof(k->local_short) -
		    used_short, " on %s", k->suffix + 1);
	snprintf(k->cloud, sizeof(k->cloud), "%s", p.m[p.nlocal].name);
	pool_release(&p);
	return 0;
}

/* The subtitle: the traces, the pool, the assumptions. */
static void
describe(struct curve_cmd *k)
{
	size_t used = 0, size = sizeof(k->subtitle);
	char *t = k->subtitle;

	for (int i = 0; i < k->ntraces && i < 2 && used < size; i++) {
		const char *b = strrchr(k->traces[i], '/');
		used += (size_t)snprintf(t + used, size - used, "%s%s", i ? ", " :
		    "ipwsim curve on ", strcmp(k->traces[i], "-") == 0 ?
		    "stdin" : b != NULL ? b + 1 : k->traces[i]);
	}
	if (k->ntraces > 2 && used < size)
		used += (size_t)snprintf(t + used, size - used, " and %d more",
		    k->ntraces - 2);
	if (used < size)
		used += (size_t)snprintf(t + used, size - used, " (%u queries). "
		    "Local: %s. Cloud: %s. %s.", k->t.nq, k->local_short, k->cloud,
		    k->assume);
}

static int
compute(struct curve_cmd *k)
{
	struct ipw_error err;
	struct sim *s = calloc(1, sizeof(*s));
	int rc = 0;

	if (s == NULL)
		return IPW_EX_SOFTWARE;
	for (int i = 0; i < k->nout; i++)
		if ((k->common.output != NULL && strcmp(k->out[i].file,
		    k->common.output) == 0) || (k->html_file != NULL &&
		    strcmp(k->out[i].file, k->html_file) == 0)) {
			free(s);
			return cli_usage(&cmd_curve, "\"%s\" is given as two "
			    "outputs", k->out[i].file);
		}
	simopts_finish(&k->so);
	if (name_pool(k, &err) < 0) {
		free(s);
		return cli_error(&cmd_curve, &err);
	}
	k->so.o.bootstrap = 0;
	if (strcmp(k->kind, "pareto") != 0)
		k->so.o.nrouters = 0;
	if (!strcmp(k->kind, "savings-batch"))
		rc = savings_param(k, BE_CLOUD_BATCH, &err);
	else if (!strcmp(k->kind, "savings-utilization"))
		rc = savings_param(k, BE_CLOUD_UTIL, &err);
	else if (!strcmp(k->kind, "savings-idle"))
		rc = savings_param(k, BE_LOCAL_IDLE, &err);
	else if ((rc = sim_run(s, &k->t, &k->cat, &k->so.o, &err)) == 0) {
		keep_settings(k, s);
		if (!strcmp(k->kind, "coverage-models"))
			rc = coverage_models(k, &s->p);
		else if (!strcmp(k->kind, "coverage-time"))
			rc = coverage_time(k, &s->p, &err);
		else if (!strcmp(k->kind, "pareto"))
			rc = pareto(k, s, &err);
		else if (!strcmp(k->kind, "savings-year"))
			rc = savings_year(k, s, &err);
		else if (!strcmp(k->kind, "coverage-domain")) {
			if ((rc = coverage_domain(k, &s->p)) < 0)
				ipw_error_set(&err, IPW_EX_DATAERR, "coverage-domain "
				    "needs the domain field, which no record has");
		} else
			rc = savings_alpha(k, s, &err);
	}
	sim_release(s);
	free(s);
	if (rc < 0)
		return cli_error(&cmd_curve, &err);
	describe(k);
	for (int i = 0; i < k->nout; i++) {
		struct plot_job j = { k, k->out[i].f, { 0 } };
		if ((rc = cli_write_file(&cmd_curve, k->out[i].file, draw,
		    &j)) != 0)
			return rc;
	}
	if (k->html_file != NULL && (rc = cli_write_file(&cmd_curve,
	    k->html_file, write_html, k)) != 0)
		return rc;
	return cli_write_report(&k->common, &writers, k);
}

static const char *const kinds[] = { "coverage-models", "coverage-domain",
	"coverage-time", "pareto", "savings-alpha", "savings-batch", "savings-utilization",
	"savings-idle", "savings-year" };

static int
run(int argc, char **argv)
{
	struct curve_cmd *k = calloc(1, sizeof(*k));
	int rc, done, known = 0;

	if (k == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&k->common, &cmd_curve);
	simopts_init(&k->so, &cmd_curve);
	k->vline = NAN;
	k->max_subset = 3;
	k->years = 5;
	k->cap = 4096;
	k->rows = calloc((size_t)k->cap, sizeof(*k->rows));
	table_init(&k->t);
	catalog_init(&k->cat);
	if (argc >= 2 && argv[1][0] != '-') {
		k->kind = argv[1];
		for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
			known |= strcmp(kinds[i], k->kind) == 0;
		argv++;
		argc--;
	}
	if (k->rows == NULL)
		rc = IPW_EX_SOFTWARE;
	else if (k->kind != NULL && !known)
		rc = cli_usage(&cmd_curve, "\"%s\" is not a kind of curve "
		    "(coverage-models, coverage-domain, coverage-time, "
		    "pareto, savings-alpha, savings-batch, savings-utilization, "
		    "savings-idle)", k->kind);
	else {
		rc = cli_start(&k->common, argc, argv, longopts, own_option, k,
		    &k->cat, &k->t, &done);
		if (!done && k->kind == NULL)
			rc = cli_usage(&cmd_curve, "no kind of curve given");
		else if (!done) {
			k->traces = argv + optind;
			k->ntraces = argc - optind;
			rc = compute(k);
		}
	}
	free(k->rows);
	catalog_release(&k->cat);
	table_release(&k->t);
	free(k);
	return rc;
}

const struct cmd cmd_curve = {
	"curve",
	"coverage and savings curves, as data and as SVG, PNG and PDF plots",
	usage,
	run,
};

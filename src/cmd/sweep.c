/* ipwsim sweep: the cross product of a scenario's grid of simulate
 * options, one simulation and one CSV row a point. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "account.h"
#include "cmds.h"
#include "forecast.h"
#include "jsonfile.h"
#include "modelint.h"
#include "output.h"
#include "policy.h"
#include "route.h"
#include "simopts.h"
#include "strtab.h"
#include "suggest.h"
#include "sweepfile.h"

static const char usage[] =
"usage: ipwsim sweep SCENARIO.json [options] [TRACE...]\n"
"\n"
"Simulate the traces once for every point of the scenario's grid, the cross\n"
"product of its fields, and write one row a point: the point's\n"
"parameters, then for cloud-only, the oracle and each router its quality,\n"
"energy, FLOPs, cost, local share and savings (see ipwsim-sweep(1)).\n"
"\n"
"SCENARIO.json:\n"
"  {\"grid\": {\"cloud-batch\": [8, 16, 64], \"cloud-utilization\": 0.5},\n"
"   \"routers\": [\"paper:0.8\", \"cascade:0.8\"]}\n"
"  grid fields are the options of ipwsim simulate, without the dashes;\n"
"  a value or a list of values to sweep; routers are in every row;\n"
"  \"traces\": [files] are read (relative to the scenario) before TRACE...\n"
"\n"
"Options:\n"
"  --yes                 run grids of more than 1,000,000 points (at\n"
"                        most 10,000,000)\n"
"  --no-fast             simulate every point in full even where only\n"
"                        energy accounting changes\n"
"  --timing              print the time of each phase on stderr\n"
"  --jobs N              threads for points simulated in full (1)\n"
"  --shard K/N           run only points K, K + N, K + 2N, ... and write a\n"
"                        partial CSV for ipwsim merge\n"
"  --layout L            wide (default: one row a point, a column per\n"
"                        policy and metric) or long (one row per point,\n"
"                        policy and metric: point, the parameters, policy,\n"
"                        metric, value), what pandas, R and gnuplot take\n"
"  --format F            csv (default; table is csv too) or json\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
CLI_INPUT_USAGE
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage (also a bad scenario field or value),\n"
"65 bad data, 66 cannot open input, 70 internal error, 73 cannot create\n"
"output, 74 I/O error.\n";

enum { OPT_YES = OPT_FIRST_COMMAND_OWN, OPT_NO_FAST, OPT_TIMING, OPT_SHARD,
	OPT_JOBS, OPT_LAYOUT };

static const struct option longopts[] = {
	{ "yes", no_argument, NULL, OPT_YES },
	{ "no-fast", no_argument, NULL, OPT_NO_FAST },
	{ "timing", no_argument, NULL, OPT_TIMING },
	{ "shard", required_argument, NULL, OPT_SHARD },
	{ "jobs", required_argument, NULL, OPT_JOBS },
	{ "layout", required_argument, NULL, OPT_LAYOUT },
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

/* The simulate options a grid may name. */
static const struct option simlong[] = {
	SIMOPTS_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* Grid fields of the projection (not simulate options), numbered -1,
 * -2, ... in struct field's opt; their defaults are data/forecast.json's
 * central values. */
static const char *const fc_names[] = { "years-ahead",
	"local-energy-factor", "uncovered-factor", "cloud-energy-factor",
	"queries-per-day", "query-growth" };
#define NFC ((int)(sizeof(fc_names) / sizeof(fc_names[0])))

#define MAX_FIELDS 32
/* A grid of more than MAX_POINTS points runs only with --yes; none of
 * more than MAX_POINTS_YES runs (its rows alone would take gigabytes). */
#define MAX_POINTS 1000000L
#define MAX_POINTS_YES 10000000L
#define NMETRICS 21
#define PROV_METRIC 9	/* the first of the provenance shares */
#define MODEL_METRIC 19	/* the energy saving's model interval */

static const char *const metric_names[NMETRICS] = { "quality", "energy_j",
	"energy_per_query_j", "flops", "cost_usd", "local_share",
	"energy_saving", "compute_saving", "cost_saving",
	/* as simulate's CSV: sources, then scopes, unstated last */
	"energy_measured_share", "energy_estimated_share",
	"energy_modelled_share", "energy_assumed_share",
	"energy_unstated_source_share", "scope_accelerator_share",
	"scope_package_share", "scope_system_share", "scope_wall_share",
	"scope_unstated_share", "energy_saving_model_lo",
	"energy_saving_model_hi" };

_Static_assert(PROV_METRIC + PROV_SOURCES + PROV_SCOPES == MODEL_METRIC,
    "a metric for every provenance word");

struct field {
	const char *name;	/* the option, as in the scenario */
	int opt;
	int n;			/* values */
	char **text;		/* each value as option text */
};

struct sweep {
	struct cli_common common;
	int yes, no_fast, timing;
	int long_layout;	/* --layout long */
	int jobs;		/* threads for points run in full */
	long shard_k, shard_n;	/* run points p with p % n == k - 1 */
	int fast;		/* the points were run by run_fast */
	const char *file;
	struct jsondoc doc;	/* the scenario, kept for positions */
	cJSON *root;		/* its tree */
	struct field f[MAX_FIELDS];
	int nf;
	const char *routers[SIM_MAX_ROUTERS];
	int nrouters;
	long npoints;
	int npol;		/* policies a point: 2 + routers */
	char polname[REPORT_MAX_POLICIES][64];
	double *cells;		/* npoints x npol x NMETRICS */
	/* per point, for the projection: the oracle's local energy and
	 * queries, its cloud energy and queries, cloud-only's energy and
	 * queries; electricity USD/kWh and g CO2e/kWh, cloud and local */
	double (*agg)[15];
	struct forecast_order order;	/* the fast path's, for agg_left */
	int forecast;		/* the grid has projection fields */
	char **traces;		/* the scenario's, resolved */
	int ntraces;
	struct forecast fc;	/* their defaults */
	/* run_fast: per policy and member, the measured energy and latency
	 * it charges */
	double se[REPORT_MAX_POLICIES][POOL_MAX + 1];
	double sl[REPORT_MAX_POLICIES][POOL_MAX + 1];
	struct prov_sums sprov[REPORT_MAX_POLICIES][POOL_MAX + 1];
	struct table t;
	struct catalog cat;
};

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct sweep *w = ctx;

	if (opt == OPT_JOBS)
		return cli_whole(&cmd_sweep, "--jobs", arg, 1, 64, &w->jobs) < 0 ?
		    IPW_EX_USAGE : 0;
	if (opt == OPT_LAYOUT) {
		if (strcmp(arg, "wide") && strcmp(arg, "long"))
			return cli_usage(&cmd_sweep, "--layout: \"%s\" is not "
			    "wide or long", arg);
		w->long_layout = strcmp(arg, "long") == 0;
		return 0;
	}
	if (opt == OPT_SHARD)
		return cli_shard(&cmd_sweep, arg, &w->shard_k, &w->shard_n) < 0 ?
		    IPW_EX_USAGE : 0;
	if (opt == OPT_YES || opt == OPT_NO_FAST || opt == OPT_TIMING) {
		*(opt == OPT_YES ? &w->yes : opt == OPT_NO_FAST ? &w->no_fast :
		    &w->timing) = 1;
		return 0;
	}
	return cli_usage(&cmd_sweep, "unknown option");
}

/* ---- the scenario -------------------------------------------------------- */

/* The simulate option or projection field nearest a mistyped name. */
static const char *
nearest_option(const char *name)
{
	struct suggest sg;

	suggest_init(&sg, name, strlen(name));
	for (int i = 0; simlong[i].name != NULL; i++)
		suggest_offer(&sg, simlong[i].name);
	for (int i = 0; i < NFC; i++)
		suggest_offer(&sg, fc_names[i]);
	return suggest_result(&sg);
}

static int scenario_error(struct sweep *w, const char *path,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* A usage error in the scenario, at the line and column of the field at
 * path when path is not NULL. */
static int
scenario_error(struct sweep *w, const char *path, const char *fmt, ...)
{
	char msg[512];
	long line, col;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (path == NULL || w->doc.text == NULL)
		return cli_usage(&cmd_sweep, "%s: %s", w->file, msg);
	jsonfile_position(w->doc.text, jsonfile_locate(w->doc.text,
	    w->doc.len, path), &line, &col);
	return cli_usage(&cmd_sweep, "%s:%ld:%ld: %s", w->file, line, col,
	    msg);
}

/* One value as option text: a string, a number, or true for an option
 * without argument. */
static char *
value_text(const cJSON *v, int has_arg)
{
	char buf[64];

	if (!has_arg)
		return cJSON_IsTrue(v) ? strdup("") : NULL;
	if (cJSON_IsString(v))
		return strdup(v->valuestring);
	if (cJSON_IsNumber(v)) {
		snprintf(buf, sizeof(buf), "%.17g", v->valuedouble);
		return strdup(buf);
	}
	return NULL;
}

static int
add_field(struct sweep *w, const cJSON *item)
{
	struct field *f;
	const cJSON *v;
	char gpath[160];
	int i, k = 0;

	snprintf(gpath, sizeof(gpath), "grid.%s", item->string);
	int has_arg = 1, opt = 0;

	for (i = 0; simlong[i].name != NULL; i++)
		if (strcmp(simlong[i].name, item->string) == 0)
			break;
	if (simlong[i].name != NULL) {
		opt = simlong[i].val;
		has_arg = simlong[i].has_arg;
	}
	for (int j = 0; j < NFC && opt == 0; j++)
		if (strcmp(fc_names[j], item->string) == 0)
			opt = -1 - j;
	if (opt == 0) {
		const char *near = nearest_option(item->string);
		return scenario_error(w, gpath, "grid.%.80s is not an option of "
		    "ipwsim simulate or a projection field%s%s%s", item->string,
		    near ? " (did you mean " : "", near ? near : "",
		    near ? "?)" : "");
	}
	w->forecast |= opt < 0;
	if (w->nf == MAX_FIELDS)
		return scenario_error(w, "grid", "grid: more than %d fields",
		    MAX_FIELDS);
	f = &w->f[w->nf++];
	f->name = item->string;
	f->opt = opt;
	f->n = cJSON_IsArray(item) ? cJSON_GetArraySize(item) : 1;
	if (f->n == 0)
		return scenario_error(w, gpath, "grid.%s is an empty list",
		    item->string);
	if ((f->text = calloc((size_t)f->n, sizeof(*f->text))) == NULL)
		return IPW_EX_SOFTWARE;
	if (!cJSON_IsArray(item))
		f->text[k++] = value_text(item, has_arg);
	else
		cJSON_ArrayForEach(v, item)
			if ((f->text[k++] = value_text(v, has_arg)) == NULL)
				break;
	if (f->text[k - 1] == NULL)
		return scenario_error(w, gpath, "grid.%s: value %d is not a %s",
		    f->name, k, has_arg ? "string or number" :
		    "true (a flag)");
	for (int j = 0; j < f->n && opt < 0; j++) {
		char *end;
		double x = strtod(f->text[j], &end);
		if (*end != '\0' || !(x >= 0) || x > 1e15)
			return scenario_error(w, gpath, "grid.%s: value %d is not a "
			    "number >= 0", f->name, j + 1);
	}
	return 0;
}

/* The scenario's "traces", relative to its own directory unless absolute
 * (or -), read before any given on the command line. */
static int
scenario_traces(struct sweep *w)
{
	const cJSON *list = cJSON_GetObjectItemCaseSensitive(w->root,
	    "traces"), *item;
	const char *slash = strrchr(w->file, '/');
	int dir = slash != NULL ? (int)(slash - w->file) + 1 : 0;

	if (list == NULL)
		return 0;
	if (!cJSON_IsArray(list) || cJSON_GetArraySize(list) == 0)
		return scenario_error(w, "traces", "traces is not a list of "
		    "files");
	w->ntraces = cJSON_GetArraySize(list);
	if ((w->traces = calloc((size_t)w->ntraces, sizeof(*w->traces))) ==
	    NULL)
		return IPW_EX_SOFTWARE;
	for (int i = 0; (item = cJSON_GetArrayItem(list, i)) != NULL; i++) {
		const char *t = cJSON_GetStringValue(item);
		size_t n;
		if (t == NULL || *t == '\0')
			return scenario_error(w, "traces", "traces: item %d is not a file "
			    "name", i + 1);
		n = strlen(t) + (size_t)dir + 1;
		if ((w->traces[i] = malloc(n)) == NULL)
			return IPW_EX_SOFTWARE;
		if (t[0] == '/' || strcmp(t, "-") == 0)
			snprintf(w->traces[i], n, "%s", t);
		else
			snprintf(w->traces[i], n, "%.*s%s", dir, w->file, t);
	}
	return 0;
}

static int
load_scenario(struct sweep *w)
{
	struct ipw_error err;
	const cJSON *item, *grid, *routers;

	if (jsondoc_read(&w->doc, w->file, &err) < 0)
		return cli_fail(&cmd_sweep, &err);
	w->root = w->doc.root;
	if (!cJSON_IsObject(w->root))
		return scenario_error(w, "", "a scenario is a JSON object with "
		    "grid, routers, traces or about");
	cJSON_ArrayForEach(item, w->root)
		if (strcmp(item->string, "grid") && strcmp(item->string,
		    "routers") && strcmp(item->string, "about") &&
		    strcmp(item->string, "traces"))
			return scenario_error(w, item->string, "%s is not a "
			    "scenario field "
			    "(grid, routers, traces or about)", item->string);
	grid = cJSON_GetObjectItemCaseSensitive(w->root, "grid");
	routers = cJSON_GetObjectItemCaseSensitive(w->root, "routers");
	if (grid != NULL && !cJSON_IsObject(grid))
		return scenario_error(w, "grid", "grid is not an object");
	w->npoints = 1;
	cJSON_ArrayForEach(item, grid) {
		int rc = add_field(w, item);
		if (rc != 0)
			return rc;
		/* the true product; past the hard limit it no longer
		 * matters by how much */
		w->npoints = w->npoints > MAX_POINTS_YES ? w->npoints :
		    w->npoints * w->f[w->nf - 1].n;
	}
	if (w->npoints > MAX_POINTS_YES)
		return scenario_error(w, "grid", "the grid has more than "
		    "10,000,000 points; split it into several scenarios");
	cJSON_ArrayForEach(item, routers) {
		if (!cJSON_IsString(item))
			return scenario_error(w, "routers", "routers: each is a "
			    "router "
			    "spec, as a string");
		if (w->nrouters == SIM_MAX_ROUTERS - 1)
			return scenario_error(w, "routers", "routers: more than %d",
			    SIM_MAX_ROUTERS - 1);
		w->routers[w->nrouters++] = item->valuestring;
	}
	if (routers != NULL && !cJSON_IsArray(routers))
		return scenario_error(w, "routers", "routers is not a list");
	if (w->forecast && forecast_load(&w->fc, NULL, &err) < 0)
		return cli_fail(&cmd_sweep, &err);
	return scenario_traces(w);
}

/* ---- running ------------------------------------------------------------- */

/* The value indexes of point p; the last field varies fastest. */
static void
point_values(const struct sweep *w, long p, int *idx)
{
	for (int i = w->nf - 1; i >= 0; i--) {
		idx[i] = (int)(p % w->f[i].n);
		p /= w->f[i].n;
	}
}

static void point_say(const struct sweep *w, long p);

/* The options of point p. Returns 0 or an
 * exit status after a message. */
static int
point_options(struct sweep *w, long p, struct simopts *so)
{
	int idx[MAX_FIELDS], rc;

	simopts_init(so, &cmd_sweep);
	so->bootstrap = 0;
	point_values(w, p, idx);
	/* the scenario's routers, then a preset (it resets the what-if
	 * setting), then the other fields */
	for (int r = 0; r < w->nrouters; r++)
		if ((rc = simopts_option(so, OPT_ROUTER, w->routers[r])) != 0)
			return rc;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < w->nf; i++) {
			if ((w->f[i].opt == OPT_PRESET) != (pass == 0) ||
			    w->f[i].opt < 0)
				continue;
			rc = simopts_option(so, w->f[i].opt,
			    w->f[i].text[idx[i]]);
			if (rc != 0) {
				point_say(w, p);
				return rc;
			}
		}
	simopts_finish(so);
	return 0;
}

/* The prices and grid intensities of a point, for the projection. */
static void
agg_prices(struct sweep *w, long p, const struct whatif *wi)
{
	double *g = w->agg[p];

	g[6] = wi->cloud_kwh_usd;
	g[7] = wi->local_kwh_usd;
	g[8] = wi->cloud_grid;
	g[9] = wi->local_grid;
}

/* The oracle's token costs, local and cloud, and cloud-only's: the fast
 * path never changes costs, so the simulated point's serve every point. */
static void
agg_costs(double *g, const struct sim *s)
{
	const struct account *o = &s->r.pol[1].acct;

	g[10] = g[11] = 0;
	for (int k = 0; k < o->nmembers; k++)
		g[k == o->nmembers - 1 ? 11 : 10] += o->member[k].cost_usd;
	g[12] = s->r.pol[0].acct.total.cost_usd;
}

static void agg_left(const struct sweep *w, long p,
    const struct forecast_order *fo, double a, double b);

/* The projection's order of the oracle's cloud calls in s, and the
 * cloud's coefficients there; -1 when out of memory. */
static int
order_of(const struct sim *s, struct forecast_order *fo, double *a,
    double *b)
{
	struct ipw_error err;

	if (pool_energy_linear(&s->p.m[s->p.nlocal], a, b) < 0)
		return -1;	/* the cloud is always linear */
	return forecast_order_build(fo, &s->p, s->oracle, s->scored, &err);
}

/* The provenance shares of s into c[PROV_METRIC..]: sources, then
 * scopes, unstated last; NaN without energy. */
static void
prov_cells(double *c, const struct prov_sums *s)
{
	double total = prov_sums_total(s);

	c += PROV_METRIC;
	for (int scope = 0; scope < 2; scope++)
		for (int i = 0; i < prov_words(scope); i++)
			*c++ = total > 0 ? prov_sum(s, scope, prov_order(scope,
			    i)) / total : NAN;
}

static int
record(struct sweep *w, long p, const struct sim *s, const struct whatif *wi)
{
	const struct account_sums *b = &s->r.pol[0].acct.total;
	double *c = w->cells + (size_t)p * (size_t)w->npol * NMETRICS;

	for (int i = 0; i < w->npol; i++, c += NMETRICS) {
		const struct account *a = &s->r.pol[i].acct;
		const struct account_sums *t = &a->total;
		c[0] = t->queries > 0 ? t->correct / t->queries : NAN;
		c[1] = t->energy_j;
		c[2] = t->queries > 0 ? t->energy_j / t->queries : NAN;
		c[3] = t->flops;
		c[4] = t->cost_usd;
		c[5] = t->queries > 0 ? a->local_queries / t->queries : NAN;
		c[6] = account_saving(t->energy_j, b->energy_j);
		c[7] = account_saving(t->flops, b->flops);
		c[8] = account_saving(t->cost_usd, b->cost_usd);
		prov_cells(c, &t->prov);
		c[MODEL_METRIC] = s->r.model.state == MODEL_DONE ?
		    s->r.model.lo[i] : NAN;
		c[MODEL_METRIC + 1] = s->r.model.state == MODEL_DONE ?
		    s->r.model.hi[i] : NAN;
	}
	if (w->agg != NULL) {
		const struct account *o = &s->r.pol[1].acct;
		double *g = w->agg[p];
		memset(g, 0, 6 * sizeof(*g));
		agg_prices(w, p, wi);
		for (int k = 0; k < o->nmembers; k++) {
			int cloud = k == o->nmembers - 1;
			g[cloud ? 2 : 0] += o->member[k].energy_j;
			g[cloud ? 3 : 1] += o->member[k].queries;
		}
		g[4] = b->energy_j;
		g[5] = b->queries;
		agg_costs(g, s);
		{
			struct forecast_order fo;
			double ca, cb;
			if (!isnan(s->p.m[s->p.nlocal].e_fixed))
				return cli_usage(&cmd_sweep, "the projection "
				    "needs the cloud's energy per token: not "
				    "with --cloud-energy-basis per-query");
			if (order_of(s, &fo, &ca, &cb) < 0)
				return IPW_EX_SOFTWARE;
			agg_left(w, p, &fo, ca, cb);
			forecast_order_release(&fo);
		}
	}
	return 0;
}

/* Names the point a failure happened at, on stderr. */
static void
point_say(const struct sweep *w, long p)
{
	int idx[MAX_FIELDS];

	point_values(w, p, idx);
	fprintf(stderr, "ipwsim: sweep: %s: at point %ld:", w->file, p + 1);
	for (int i = 0; i < w->nf; i++)
		fprintf(stderr, " %s=%s", w->f[i].name, w->f[i].text[idx[i]]);
	fputc('\n', stderr);
}

/* Points run: the shard's, every step-th from shard_k - 1. */
static long
step(const struct sweep *w)
{
	return w->shard_n > 0 ? w->shard_n : 1;
}

static long
first(const struct sweep *w)
{
	return w->shard_n > 0 ? w->shard_k - 1 : 0;
}

/* Runs point p in full into s; 0 or an exit status after a message. */
static int
simulate_point(struct sweep *w, long p, struct sim *s, struct simopts *so)
{
	struct ipw_error err;
	int rc;

	if ((rc = point_options(w, p, so)) != 0)
		return rc;
	if (sim_run(s, &w->t, &w->cat, &so->o, &err) < 0) {
		rc = cli_error(&cmd_sweep, &err);
		point_say(w, p);
		return rc;
	}
	if (w->cells == NULL) {
		w->npol = s->r.npolicies;
		w->cells = calloc((size_t)w->npoints * (size_t)w->npol *
		    NMETRICS, sizeof(*w->cells));
		if (w->forecast && (w->agg = calloc((size_t)w->npoints,
		    sizeof(*w->agg))) == NULL) {
			free(w->cells);
			w->cells = NULL;
		}
		/* named by what the scenario says, the same at every point:
		 * cloud-only, oracle, its routers, then "router" for the grid's */
		for (int i = 0; i < w->npol; i++)
			snprintf(w->polname[i], sizeof(w->polname[i]), "%s",
			    i < 2 ? s->r.pol[i].name : i - 2 < w->nrouters ?
			    w->routers[i - 2] : "router");
	}
	if (w->cells == NULL || s->r.npolicies != w->npol)
		return IPW_EX_SOFTWARE;
	return record(w, p, s, &so->o.whatif);
}

static double now(void);

/* The full path's shared state: the next point, the first failure, and
 * the progress line. */
struct pool_run {
	struct sweep *w;
	pthread_mutex_t lock;
	long next, done, total;
	int rc;
	double t0, last;
};

/* Prints the progress line on stderr when it is a terminal (lock held). */
static void
progress(struct pool_run *r, int final)
{
	double t = now(), rate;

	int tty = isatty(2);

	if (!cli_show_progress(&r->w->common) ||
	    (!final && t - r->last < (tty ? 0.5 : 5)))
		return;
	r->last = t;
	rate = t > r->t0 ? r->done / (t - r->t0) : 0;
	/* a terminal's line is redrawn; a log gets whole lines */
	fprintf(stderr, "%sipwsim: sweep: %ld of %ld points, %.2f/s, %.0f s "
	    "left%s", tty ? "\r" : "", r->done, r->total, rate, rate > 0 ?
	    (r->total - r->done) / rate : 0.0, tty && !final ? "   " : "\n");
}

static void *
worker(void *arg)
{
	struct pool_run *r = arg;
	struct sim *s = calloc(1, sizeof(*s));
	struct simopts so;

	for (;;) {
		long p;
		int rc, stop;
		pthread_mutex_lock(&r->lock);
		p = r->next;
		r->next += step(r->w);
		if (s == NULL && r->rc == 0)
			r->rc = IPW_EX_SOFTWARE;
		stop = r->rc != 0 || p >= r->w->npoints;
		pthread_mutex_unlock(&r->lock);
		if (stop)
			break;
		rc = simulate_point(r->w, p, s, &so);
		sim_release(s);
		pthread_mutex_lock(&r->lock);
		if (rc != 0 && r->rc == 0)
			r->rc = rc;
		r->done++;
		progress(r, 0);
		pthread_mutex_unlock(&r->lock);
	}
	free(s);
	return NULL;
}

/* Points from on, each in full, on --jobs threads. */
static int
run_points(struct sweep *w, long from)
{
	pthread_t tid[64];
	struct pool_run r;
	int n = 0;

	memset(&r, 0, sizeof(r));
	r.w = w;
	r.next = from;
	/* the progress line counts this shard's points, those before from
	 * (run already) included */
	r.total = (w->npoints - first(w) + step(w) - 1) / step(w);
	r.done = from < w->npoints ? (from - first(w)) / step(w) : r.total;
	r.t0 = r.last = now();
	pthread_mutex_init(&r.lock, NULL);
	for (int i = 1; i < w->jobs; i++)
		if (pthread_create(&tid[n], NULL, worker, &r) == 0)
			n++;
	worker(&r);
	for (int i = 0; i < n; i++)
		pthread_join(tid[i], NULL);
	if (r.total > 0 && r.rc == 0)
		progress(&r, 1);
	pthread_mutex_destroy(&r.lock);
	return r.rc;
}

/* ---- the factorised fast path --------------------------------------------- */

/* Options that change only energy accounting: not routing, FLOPs or
 * token cost (carbon is not in the rows). */
static int
accounting_only(int opt)
{
	if (opt < 0)
		return 1;	/* a projection field */
	switch (opt) {
	case OPT_CLOUD_BATCH: case OPT_LOCAL_BATCH: case OPT_BATCH:
	case OPT_MEASURED_BATCH:
	case OPT_CLOUD_UTIL: case OPT_CLOUD_IDLE: case OPT_CLOUD_HOST:
	case OPT_CLOUD_PUE: case OPT_LOCAL_PUE: case OPT_LOCAL_IDLE:
	case OPT_CLOUD_GRID: case OPT_LOCAL_GRID:
	case OPT_CLOUD_KWH: case OPT_LOCAL_KWH:	/* cost by tokens */
		return 1;
	default:
		return 0;
	}
}

/* Whether every point routes as the first does and each member's energy
 * is linear in the measured energy and latency (pool_energy_linear). */
static int
fast_applies(const struct sweep *w, const struct sim_options *o)
{
	if (w->no_fast || w->npoints < 2 || o->whatif.local_mode !=
	    LOCAL_MEASURED || o->whatif.cost == COST_TCO ||
	    o->whatif.cloud_basis != BASIS_MEASURED ||
	    o->whatif.batch_model != BATCH_MEASURED || o->arrivals_file != NULL ||
	    (o->oracle_rule != ORACLE_SMALLEST &&
	    o->oracle_rule != ORACLE_CHEAPEST_COMPUTE))
		return 0;
	for (int i = 0; i < w->nf; i++)
		if (w->f[i].n > 1 && !accounting_only(w->f[i].opt))
			return 0;
	for (int i = 0; i < o->nrouters; i++)
		if (o->router[i].kind == POL_BUDGET)
			return 0;
	return 1;
}

/* Energy policy i charges member k at a point whose coefficients for
 * the member are a and b (pool_energy_linear). */
static double
charged(const struct sweep *w, int i, int k, double a, double b)
{
	return a * w->se[i][k] + (b != 0 ? b * w->sl[i][k] : 0);
}

/* The projection's aggregates of point p on the fast path: the oracle's
 * members at this point's coefficients; base: cloud-only's energy. */
static void
fast_agg(struct sweep *w, const struct sim *s, long p, int n,
    const double *a, const double *b, double base)
{
	const struct account *o = &s->r.pol[1].acct;
	double *g = w->agg[p];

	memset(g, 0, 6 * sizeof(*g));
	for (int k = 0; k < n; k++) {
		g[k == n - 1 ? 2 : 0] += charged(w, 1, k, a[k], b[k]);
		g[k == n - 1 ? 3 : 1] += o->member[k].queries;
	}
	g[4] = base;
	g[5] = s->r.pol[0].acct.total.queries;
	agg_costs(g, s);
}

/* Point p's what-if on s's pool (the curves loaded when a point first
 * needs them). 0, or -1 with err filled. */
static int
point_whatif(struct sweep *w, struct sim *s, const struct simopts *so,
    struct ipw_error *err)
{
	const struct whatif *wi = &so->o.whatif;

	if (s->curves.n == 0 && (!isnan(wi->cloud_batch) ||
	    !isnan(wi->local_batch) || wi->nbatch > 0) &&
	    (so->o.curves_file ? curves_load(&s->curves, so->o.curves_file,
	    err) : curves_load_default(&s->curves, err)) < 0)
		return -1;
	return pool_whatif(&s->p, &w->t, &w->cat, wi, &s->curves,
	    &s->roofline, err);
}

/* Point 0 in full; then per policy and member the measured energy and
 * latency it charges (one accounting pass with the what-if taken off),
 * and per point only the members' linear coefficients. */
static int
run_fast(struct sweep *w, struct sim *s)
{
	struct pool_member *saved = malloc(sizeof(s->p.m));
	double a[POOL_MAX + 1], b[POOL_MAX + 1];
	double en[REPORT_MAX_POLICIES * (POOL_MAX + 1)];
	double mlo[REPORT_MAX_POLICIES], mhi[REPORT_MAX_POLICIES];
	struct modelint mi;
	int key[POOL_MAX + 3], mkey[POOL_MAX + 3], have_mi = 0;
	struct simopts so;
	struct ipw_error err;
	const size_t row = (size_t)w->npol * NMETRICS;
	int n = s->p.nlocal + 1, rc_bad = 0;
	size_t nbad = 0;

	if (saved == NULL || (w->agg != NULL && order_of(s, &w->order, &a[0],
	    &b[0]) < 0)) {
		free(saved);
		return IPW_EX_SOFTWARE;
	}
	memcpy(saved, s->p.m, sizeof(s->p.m));
	for (int k = 0; k < n; k++) {
		s->p.m[k].e_scale = s->p.m[k].l_scale = 1;
		s->p.m[k].overhead = 0;
		s->p.m[k].how[0] = '\0';	/* the energy as given */
	}
	for (int i = 0; i < w->npol; i++) {
		struct account acct;
		account_policy(&s->pol[i], s->scored, &acct, NULL, &err);
		for (int k = 0; k < n; k++) {
			w->se[i][k] = acct.member[k].energy_j;
			w->sl[i][k] = acct.member[k].run_latency_s;
			w->sprov[i][k] = acct.member[k].prov;
		}
	}
	memcpy(s->p.m, saved, sizeof(s->p.m));
	free(saved);
	/* Every point, the first too, by the same sums: a point's row does
	 * not depend on which point a shard simulated in full. */
	for (long p = first(w); p < w->npoints; p += step(w)) {
		double *c = w->cells + (size_t)p * row, base = 0;
		int rc = point_options(w, p, &so);
		const struct whatif *wi = &so.o.whatif;
		if (rc != 0)
			return rc;
		if (point_whatif(w, s, &so, &err) < 0) {
			/* every bad point up to --max-errors, then stop */
			rc_bad = cli_error(&cmd_sweep, &err);
			point_say(w, p);
			if (++nbad == w->common.max_errors)
				break;
			continue;
		}
		if (nbad > 0)
			continue;
		if (p != first(w))
			memcpy(c, w->cells + (size_t)first(w) * row,
			    row * sizeof(*c));
		for (int k = 0; k < n; k++)
			if (pool_energy_linear(&s->p.m[k], &a[k], &b[k]) < 0)
				return IPW_EX_SOFTWARE;
		/* the model interval's draws, made again only when what is
		 * modelled (or the draws or seed) changes between points */
		modelint_key(&s->p, key);
		key[n] = so.o.model_draws;
		key[n + 1] = (int)so.o.seed;
		if (!have_mi || memcmp(key, mkey, (size_t)(n + 2) *
		    sizeof(int)) != 0) {
			if (have_mi)
				modelint_release(&mi);
			if (modelint_prepare(&mi, &s->p, &w->t, &w->cat,
			    so.o.model_draws, so.o.seed, &err) < 0) {
				have_mi = 0;
				rc_bad = cli_error(&cmd_sweep, &err);
				break;
			}
			have_mi = 1;
			memcpy(mkey, key, (size_t)(n + 2) * sizeof(int));
		}
		if (mi.mi.state == MODEL_DONE) {
			for (int i = 0; i < w->npol; i++)
				for (int k = 0; k < n; k++)
					en[i * n + k] = charged(w, i, k, a[k],
					    b[k]);
			modelint_eval(&mi, en, w->npol, mlo, mhi);
		}
		for (int i = 0; i < w->npol; i++, c += NMETRICS) {
			double e = 0, q = s->r.pol[i].acct.total.queries;
			struct prov_sums ps;
			memset(&ps, 0, sizeof(ps));
			for (int k = 0; k < n; k++) {
				e += charged(w, i, k, a[k], b[k]);
				pool_provenance_linear(&s->p.m[k],
				    &w->sprov[i][k], w->sl[i][k], &ps);
			}
			prov_cells(c, &ps);
			if (i == 0)
				base = e;
			if (i == 1 && w->agg != NULL) {
				fast_agg(w, s, p, n, a, b, base);
				agg_prices(w, p, wi);
				agg_left(w, p, &w->order, a[n - 1],
				    b[n - 1]);
			}
			c[1] = e;
			c[2] = q > 0 ? e / q : NAN;
			c[6] = account_saving(e, base);
			c[MODEL_METRIC] = mi.mi.state == MODEL_DONE ? mlo[i] :
			    NAN;
			c[MODEL_METRIC + 1] = mi.mi.state == MODEL_DONE ?
			    mhi[i] : NAN;
		}
	}
	if (have_mi)
		modelint_release(&mi);
	return rc_bad;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The dry pass, part one: every value of every field through its
 * option's own checks, before anything is simulated (a field's checks do
 * not depend on the others'). Every bad value up to --max-errors is
 * reported at its place in the scenario. */
static int
check_values(struct sweep *w)
{
	struct simopts so;
	size_t nbad = 0;
	int rc = 0;

	for (int i = 0; i < w->nf; i++)
		for (int v = 0; v < w->f[i].n && w->f[i].opt >= 0; v++) {
			char path[192];
			long line, col;
			simopts_init(&so, &cmd_sweep);
			if ((rc = simopts_option(&so, w->f[i].opt,
			    w->f[i].text[v])) == 0)
				continue;
			/* a list's value v, or the field's one value */
			if (cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(
			    cJSON_GetObjectItemCaseSensitive(w->root, "grid"),
			    w->f[i].name)))
				snprintf(path, sizeof(path), "grid.%.100s[%d]",
				    w->f[i].name, v);
			else
				snprintf(path, sizeof(path), "grid.%.100s",
				    w->f[i].name);
			jsonfile_position(w->doc.text, jsonfile_locate(
			    w->doc.text, w->doc.len, path), &line, &col);
			fprintf(stderr, "ipwsim: sweep: %s:%ld:%ld: grid.%s, value "
			    "%d of %d: \"%s\"\n", w->file, line, col,
			    w->f[i].name, v + 1, w->f[i].n, w->f[i].text[v]);
			if (++nbad == w->common.max_errors)
				return rc;
		}
	return nbad > 0 ? IPW_EX_USAGE : 0;
}

/* Options whose change changes the pool or what its what-if reads: the
 * what-if of a point cannot be checked on the first point's pool. */
static int
changes_pool(int opt)
{
	switch (opt) {
	case OPT_LOCAL: case OPT_CLOUD: case OPT_FLOPS_PARAMS:
	case OPT_DROP_INCOMPLETE: case OPT_CURVES: case OPT_ROOFLINE:
	case OPT_ARRIVALS: case OPT_ARRIVAL_RATE: case OPT_BATCH_MODEL:
	case OPT_PRESET:
		return 1;
	default:
		return 0;
	}
}

/* The dry pass, part two, for points to be run in full: every point's
 * what-if (a batch the curves do not cover, an idle power not known)
 * on the first point's pool, before the first of them is simulated. */
static int
check_whatifs(struct sweep *w, struct sim *s)
{
	struct ipw_error err;
	struct simopts so;
	size_t nbad = 0;
	int rc = 0;

	for (int i = 0; i < w->nf; i++)
		if (w->f[i].n > 1 && w->f[i].opt >= 0 &&
		    changes_pool(w->f[i].opt))
			return 0;
	for (long p = first(w); p < w->npoints; p += step(w)) {
		if ((rc = point_options(w, p, &so)) != 0)
			return rc;
		if (point_whatif(w, s, &so, &err) == 0)
			continue;
		rc = cli_error(&cmd_sweep, &err);
		point_say(w, p);
		if (++nbad == w->common.max_errors)
			break;
	}
	return nbad > 0 ? rc : 0;
}

/* Every point: in full, or point 0 in full and the rest by run_fast. */
static int
run_sweep(struct sweep *w, double t_read)
{
	struct sim *s = calloc(1, sizeof(*s));
	struct simopts so;
	double t0 = now(), t1 = t0;
	int rc;

	if (s == NULL)
		return IPW_EX_SOFTWARE;
	if ((rc = simulate_point(w, first(w), s, &so)) == 0) {
		t1 = now();
		if ((w->fast = fast_applies(w, &so.o)))
			rc = run_fast(w, s);
		else
			rc = check_whatifs(w, s);
	}
	sim_release(s);
	free(s);
	if (rc == 0 && !w->fast)
		rc = run_points(w, first(w) + step(w));
	if (rc == 0 && w->timing) {
		double t2 = now();
		long own = (w->npoints - first(w) + step(w) - 1) / step(w);
		fprintf(stderr, "ipwsim: sweep: read %.3f s; point 1 %.3f s; "
		    "%ld more %s %.3f s (%.3g points/s)\n", t_read, t1 - t0,
		    own - 1, w->fast ? "by the fast path" : "in full",
		    t2 - t1, t2 > t1 ? (own - 1) / (t2 - t1) : 0.0);
	}
	return rc;
}

/* ---- the projection ------------------------------------------------------- */

#define NPROJ 8

static const char *const proj_names[NPROJ] = { "year",
	"oracle.projected_energy_saving", "cloud-only.projected_kwh_per_day",
	"oracle.projected_kwh_per_day", "oracle.projected_twh_per_year_saved",
	"oracle.projected_electricity_usd_per_year_saved",
	"oracle.projected_tco2e_per_year_saved",
	"oracle.projected_token_usd_per_year_saved" };

/* Point p's forecast: data/forecast.json's central values with the
 * grid's projection fields over them, and its years ahead. */
static void
point_forecast(const struct sweep *w, long p, struct forecast *f,
    double *t)
{
	int idx[MAX_FIELDS];

	*f = w->fc;
	*t = 0;
	point_values(w, p, idx);
	for (int i = 0; i < w->nf; i++) {
		double x;
		if (w->f[i].opt >= 0)
			continue;
		x = strtod(w->f[i].text[idx[i]], NULL);
		switch (-1 - w->f[i].opt) {
		case 0: *t = x; break;
		case 1: f->local_factor[0] = x; break;
		case 2: f->uncovered_factor[0] = x; break;
		case 3: f->cloud_factor[0] = x; break;
		case 4: f->queries_per_day = x; break;
		default: f->query_growth = x; break;
		}
	}
}

/* What the oracle's cloud calls still cost at point p's year, the
 * easiest failures covered first (forecast_order): energy at the
 * cloud's coefficients a, b, and token cost, into g[13] and g[14]. */
static void
agg_left(const struct sweep *w, long p, const struct forecast_order *fo,
    double a, double b)
{
	double *g = w->agg[p], t, u0 = g[3] / (g[1] + g[3]), u;
	struct forecast f;

	point_forecast(w, p, &f, &t);
	u = forecast_uncovered(&f, FORECAST_CENTRAL, u0, t);
	forecast_order_left(fo, u0 > 0 ? 1 - u / u0 : 0, a, b, &g[13],
	    &g[14]);
}

/* Point p's projection (forecast.h): the year, the oracle's energy
 * saving, cloud-only's and the oracle's kWh a day at that year's volume,
 * the TWh, electricity dollars (--cloud/local-kwh-usd) and tonnes CO2e
 * (--cloud/local-grid) a year the oracle saves, and the dollars at token
 * prices (held as measured). Queries that become covered cost the local
 * members' mean; the cloud calls that stay are those agg_left leaves.
 * NaN where the oracle answers nothing locally or a price or grid is not
 * given. */
static void
project(const struct sweep *w, long p, double *out)
{
	struct forecast f;
	const double *g = w->agg[p];
	double t, e_base, v, u0, u, n, local, cloud, c_local;

	point_forecast(w, p, &f, &t);
	n = g[1] + g[3];
	e_base = g[5] > 0 ? g[4] / g[5] : NAN;
	u0 = g[3] / n;
	u = forecast_uncovered(&f, FORECAST_CENTRAL, u0, t);
	out[0] = f.base_year + t;
	out[1] = g[1] > 0 ? forecast_saving_left(&f, FORECAST_CENTRAL,
	    g[0] / g[1], u, g[13] / n, e_base, t) : NAN;
	v = f.queries_per_day * pow(f.query_growth, t);
	out[2] = v * e_base / pow(f.cloud_factor[0], t) / 3.6e6;
	out[3] = out[2] * (1 - out[1]);
	out[4] = (out[2] - out[3]) * 365 / 1e9;
	/* the oracle's kWh a day split into its local and cloud parts, each
	 * at its side's price and grid (NaN when not given) */
	local = g[1] > 0 ? v * (1 - u) * g[0] / g[1] /
	    pow(f.local_factor[0], t) / 3.6e6 : NAN;
	cloud = out[3] - local;
	out[5] = (out[2] * g[6] - (cloud * g[6] + local * g[7])) * 365;
	out[6] = (out[2] * g[8] - (cloud * g[8] + local * g[9])) * 365 / 1e6;
	c_local = g[1] > 0 ? g[10] / g[1] : NAN;
	out[7] = g[5] > 0 ? v * (g[12] / g[5] - ((1 - u) * c_local +
	    g[14] / n)) * 365 : NAN;
}

/* ---- output -------------------------------------------------------------- */

/* What partials of one sweep share: the scenario as parsed, and the
 * trace's shape and configurations (not its bytes). */
static uint64_t
key(const struct sweep *w)
{
	char *text = cJSON_PrintUnformatted(w->root), buf[64];
	uint64_t h = strtab_hash64(text != NULL ? text : "");

	free(text);
	snprintf(buf, sizeof(buf), "%u %u", w->t.nq, w->t.nc);
	h = h * 31 + strtab_hash64(buf);
	for (uint32_t i = 0; i < w->t.nc; i++)
		h = h * 31 + strtab_hash64(table_config_name(&w->t, i));
	return h;
}

/* One row: the point, its parameters, then the rest. */
static void
long_row(FILE *fp, const struct sweep *w, long p, const int *idx,
    const char *policy, const char *metric, double v)
{
	fprintf(fp, "%ld", p + 1);
	for (int i = 0; i < w->nf; i++) {
		fputc(',', fp);
		out_csv_text(fp, w->f[i].text[idx[i]]);
	}
	fputc(',', fp);
	out_csv_text(fp, policy);
	fputc(',', fp);
	out_csv_text(fp, metric);
	out_csv_num(fp, v);
	fputc('\n', fp);
}

/* --layout long: one row per point, policy and metric; the projections
 * as policy "projection". */
static int
write_long(struct sweep *w, FILE *fp)
{
	int idx[MAX_FIELDS];

	fputs("point", fp);
	for (int i = 0; i < w->nf; i++) {
		fputc(',', fp);
		out_csv_text(fp, w->f[i].name);
	}
	fputs(",policy,metric,value\n", fp);
	for (long p = first(w); p < w->npoints; p += step(w)) {
		const double *c = w->cells + (size_t)p * (size_t)w->npol *
		    NMETRICS;
		point_values(w, p, idx);
		for (int i = 0; i < w->npol; i++)
			for (int m = 0; m < NMETRICS; m++)
				long_row(fp, w, p, idx, w->polname[i],
				    metric_names[m], c[i * NMETRICS + m]);
		if (w->forecast) {
			double pr[NPROJ];
			project(w, p, pr);
			for (int k = 0; k < NPROJ; k++)
				long_row(fp, w, p, idx, "projection",
				    proj_names[k], pr[k]);
		}
	}
	return 0;
}

static int
write_csv(void *ctx, FILE *fp)
{
	struct sweep *w = ctx;
	int idx[MAX_FIELDS];

	if (w->long_layout)
		return write_long(w, fp);
	if (w->shard_n > 0)
		fprintf(fp, SWEEP_PARTIAL_FMT, PACKAGE_VERSION,
		    (unsigned long long)key(w), w->shard_k, w->shard_n,
		    w->npoints);
	fputs("point", fp);
	for (int i = 0; i < w->nf; i++) {
		fputc(',', fp);
		out_csv_text(fp, w->f[i].name);
	}
	for (int i = 0; i < w->npol; i++)
		for (int m = 0; m < NMETRICS; m++) {
			char col[128];
			snprintf(col, sizeof(col), "%s.%s", w->polname[i],
			    metric_names[m]);
			fputc(',', fp);
			out_csv_text(fp, col);
		}
	for (int k = 0; k < NPROJ && w->forecast; k++) {
		fputc(',', fp);
		out_csv_text(fp, proj_names[k]);
	}
	fputc('\n', fp);
	for (long p = first(w); p < w->npoints; p += step(w)) {
		const double *c = w->cells + (size_t)p * (size_t)w->npol *
		    NMETRICS;
		point_values(w, p, idx);
		fprintf(fp, "%ld", p + 1);
		for (int i = 0; i < w->nf; i++) {
			fputc(',', fp);
			out_csv_text(fp, w->f[i].text[idx[i]]);
		}
		for (int j = 0; j < w->npol * NMETRICS; j++)
			out_csv_num(fp, c[j]);
		if (w->forecast) {
			double pr[NPROJ];
			project(w, p, pr);
			for (int k = 0; k < NPROJ; k++)
				out_csv_num(fp, pr[k]);
		}
		fputc('\n', fp);
	}
	return 0;
}

static int
write_json(void *ctx, FILE *fp)
{
	struct sweep *w = ctx;
	cJSON *root = cJSON_CreateObject(), *pts;
	int idx[MAX_FIELDS];

	cJSON_AddStringToObject(root, "scenario", w->file);
	pts = cJSON_AddArrayToObject(root, "points");
	for (long p = first(w); p < w->npoints; p += step(w)) {
		const double *c = w->cells + (size_t)p * (size_t)w->npol *
		    NMETRICS;
		cJSON *o = cJSON_CreateObject(), *par, *pol;
		point_values(w, p, idx);
		cJSON_AddNumberToObject(o, "point", (double)(p + 1));
		par = cJSON_AddObjectToObject(o, "parameters");
		for (int i = 0; i < w->nf; i++)
			cJSON_AddStringToObject(par, w->f[i].name,
			    w->f[i].text[idx[i]]);
		pol = cJSON_AddObjectToObject(o, "policies");
		for (int i = 0; i < w->npol; i++) {
			cJSON *m = cJSON_AddObjectToObject(pol, w->polname[i]);
			for (int k = 0; k < NMETRICS; k++)
				cJSON_AddNumberToObject(m, metric_names[k],
				    c[i * NMETRICS + k]);
		}
		if (w->forecast) {
			double pr[NPROJ];
			cJSON *fo = cJSON_AddObjectToObject(o, "projection");
			project(w, p, pr);
			for (int k = 0; k < NPROJ; k++)
				cJSON_AddNumberToObject(fo, proj_names[k], pr[k]);
		}
		cJSON_AddItemToArray(pts, o);
	}
	return out_json_doc(fp, root, "sweep");
}

static const struct cli_writers writers = { write_csv, write_csv,
	write_json };

static void
release(struct sweep *w)
{
	for (int i = 0; i < w->nf; i++) {
		for (int j = 0; j < w->f[i].n && w->f[i].text != NULL; j++)
			free(w->f[i].text[j]);
		free(w->f[i].text);
	}
	for (int i = 0; i < w->ntraces; i++)
		free(w->traces[i]);
	free(w->traces);
	jsondoc_release(&w->doc);
	free(w->cells);
	free(w->agg);
	forecast_order_release(&w->order);
	catalog_release(&w->cat);
	table_release(&w->t);
	free(w);
}

static int
run(int argc, char **argv)
{
	struct sweep *w = calloc(1, sizeof(*w));
	char **args = NULL;
	int rc = 0, done = 0;

	if (w == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&w->common, &cmd_sweep);
	w->common.format = REPORT_CSV;
	w->jobs = 1;
	table_init(&w->t);
	catalog_init(&w->cat);
	if (argc >= 2 && argv[1][0] != '-') {
		w->file = argv[1];
		argv[1] = argv[0];
		argc--;
		argv++;
	}
	if (w->file == NULL && argc >= 2 && strcmp(argv[1], "-h") &&
	    strcmp(argv[1], "--help"))
		rc = cli_usage(&cmd_sweep, "the scenario comes first: ipwsim "
		    "sweep SCENARIO.json [options] TRACE...");
	else if (w->file == NULL) {
		rc = cli_start(&w->common, argc, argv, longopts, own_option, w,
		    &w->cat, &w->t, &done);
		if (!done)
			rc = cli_usage(&cmd_sweep, "no scenario given");
	} else if ((rc = load_scenario(w)) == 0 &&
	    (args = malloc((size_t)(argc + w->ntraces + 1) *
	    sizeof(*args))) == NULL)
		rc = IPW_EX_SOFTWARE;
	else if (rc == 0) {
		double t = now();
		/* the scenario's traces, then the command line's */
		int n = 0;
		args[n++] = argv[0];
		for (int i = 0; i < w->ntraces; i++)
			args[n++] = w->traces[i];
		for (int i = 1; i < argc; i++)
			args[n++] = argv[i];
		args[n] = NULL;
		/* cli_start's steps, with the grid checked after the options
		 * and before the traces are read */
		rc = cli_parse(&w->common, n, args, longopts, own_option, w, 2);
		if (rc == 0 && w->common.help)
			rc = cli_help(&cmd_sweep);
		else if (rc == 0 && optind == n)
			rc = cli_usage(&cmd_sweep, "no trace given");
		else if (rc == 0 && w->shard_n > 0 && w->long_layout)
			rc = cli_usage(&cmd_sweep, "--shard writes the wide "
			    "partial CSV that ipwsim merge reads; leave out "
			    "--layout long");
		else if (rc == 0 && w->shard_n > 0 &&
		    w->common.format == REPORT_JSON)
			rc = cli_usage(&cmd_sweep, "--shard writes CSV; leave out "
			    "--format json");
		else if (rc == 0 && w->npoints > MAX_POINTS && !w->yes)
			rc = scenario_error(w, NULL, "the grid has %ld points, "
			    "over 1,000,000; add --yes to run it", w->npoints);
		else if (rc == 0 && (cli_watch_warnings(&w->common),
		    rc = check_values(w)) == 0 &&
		    (rc = cli_load_catalog(&w->common, &w->cat)) == 0)
			rc = cli_load_traces(&w->common, args + optind,
			    n - optind, &w->t);
		done = rc != 0 || w->common.help;
		t = now() - t;
		if (!done && (rc = run_sweep(w, t)) == 0)
			rc = cli_write_report(&w->common, &writers, w);
	}
	free(args);
	release(w);
	return rc;
}

const struct cmd cmd_sweep = {
	"sweep",
	"simulate every point of a scenario's grid of options; one row each",
	usage,
	run,
};

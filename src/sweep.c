/* The sweep engine (sweep.h): the scenario, its grid, every point in
 * full or by the factorised fast path, and the projections. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "account.h"
#include "modelint.h"
#include "policy.h"
#include "simopts.h"
#include "strtab.h"
#include "suggest.h"
#include "sweep.h"
#include "workers.h"

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

const char *const sweep_metric_names[SWEEP_NMETRICS] = { "quality",
	"energy_j", "energy_per_query_j", "flops", "cost_usd", "local_share",
	"energy_saving", "compute_saving", "cost_saving",
	/* as simulate's CSV: sources, then scopes, unstated last */
	"energy_measured_share", "energy_estimated_share",
	"energy_modelled_share", "energy_assumed_share",
	"energy_unstated_source_share", "scope_accelerator_share",
	"scope_package_share", "scope_system_share", "scope_wall_share",
	"scope_unstated_share", "energy_saving_model_lo",
	"energy_saving_model_hi" };

const char *const sweep_proj_names[SWEEP_NPROJ] = { "year",
	"oracle.projected_energy_saving", "cloud-only.projected_kwh_per_day",
	"oracle.projected_kwh_per_day", "oracle.projected_twh_per_year_saved",
	"oracle.projected_electricity_usd_per_year_saved",
	"oracle.projected_tco2e_per_year_saved",
	"oracle.projected_token_usd_per_year_saved" };

_Static_assert(SWEEP_PROV_METRIC + PROV_SOURCES + PROV_SCOPES ==
    SWEEP_MODEL_METRIC, "a metric for every provenance word");

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

void
sweep_init(struct sweep *w)
{
	memset(w, 0, sizeof(*w));
	w->jobs = 1;
	w->threads = 1;
	w->max_errors = 1;
}

long
sweep_step(const struct sweep *w)
{
	return w->shard_n > 0 ? w->shard_n : 1;
}

long
sweep_first(const struct sweep *w)
{
	return w->shard_n > 0 ? w->shard_k - 1 : 0;
}

const double *
sweep_cells(const struct sweep *w, long p)
{
	return w->cells + (size_t)p * (size_t)w->npol * SWEEP_NMETRICS;
}

int
sweep_status(const struct sweep *w)
{
	return w->nfails > 0 && w->fails[0].err.code != 0 ?
	    w->fails[0].err.code : IPW_EX_SOFTWARE;
}

/* Keeps a failure; 1 when max_errors are kept (stop), -1 when out of
 * memory (stop too). */
static int
fail_add(struct sweep *w, const struct ipw_error *err,
    const struct ipw_error *at)
{
	size_t max = w->max_errors > 0 ? w->max_errors : 1;

	if (w->nfails == w->fails_cap) {
		size_t cap = w->fails_cap ? 2 * w->fails_cap : 8;
		struct sweep_fail *f = realloc(w->fails, cap * sizeof(*f));
		if (f == NULL)
			return -1;
		w->fails = f;
		w->fails_cap = cap;
	}
	w->fails[w->nfails].err = *err;
	w->fails[w->nfails++].at = *at;
	return w->nfails >= max;
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

static int scenario_error(struct sweep *w, struct ipw_error *err,
    const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* A usage error in the scenario, at the line and column of the field at
 * path when path is not NULL. Returns -1. */
static int
scenario_error(struct sweep *w, struct ipw_error *err, const char *path,
    const char *fmt, ...)
{
	long line = 0, col = 0;
	va_list ap;

	va_start(ap, fmt);
	ipw_error_vset(err, IPW_EX_USAGE, fmt, ap);
	va_end(ap);
	if (path != NULL && w->doc.text != NULL)
		jsonfile_position(w->doc.text, jsonfile_locate(w->doc.text,
		    w->doc.len, path), &line, &col);
	ipw_error_at(err, w->file, line, col);
	return -1;
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
		/* the shortest text that reads back as the same number: 1.1,
		 * not 1.1000000000000001 */
		for (int prec = 15; prec <= 17; prec++) {
			snprintf(buf, sizeof(buf), "%.*g", prec, v->valuedouble);
			if (strtod(buf, NULL) == v->valuedouble)
				break;
		}
		return strdup(buf);
	}
	return NULL;
}


static int
add_field(struct sweep *w, const cJSON *item, struct ipw_error *err)
{
	struct sweep_field *f;
	const cJSON *v;
	char gpath[160];
	int i, k = 0, has_arg = 1, opt = 0;

	snprintf(gpath, sizeof(gpath), "grid.%s", item->string);
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
		return scenario_error(w, err, gpath, "grid.%.80s is not an "
		    "option of ipwsim simulate or a projection field%s%s%s",
		    item->string, near ? " (did you mean " : "",
		    near ? near : "", near ? "?)" : "");
	}
	w->forecast |= opt < 0;
	if (w->nf == SWEEP_MAX_FIELDS)
		return scenario_error(w, err, "grid", "grid: more than %d "
		    "fields", SWEEP_MAX_FIELDS);
	f = &w->f[w->nf++];
	f->name = item->string;
	f->opt = opt;
	f->n = cJSON_IsArray(item) ? cJSON_GetArraySize(item) : 1;
	if (f->n == 0)
		return scenario_error(w, err, gpath, "grid.%s is an empty list",
		    item->string);
	if ((f->text = calloc((size_t)f->n, sizeof(*f->text))) == NULL)
		return ipw_error_oom(err);
	if (!cJSON_IsArray(item))
		f->text[k++] = value_text(item, has_arg);
	else
		cJSON_ArrayForEach(v, item)
			if ((f->text[k++] = value_text(v, has_arg)) == NULL)
				break;
	if (f->text[k - 1] == NULL)
		return scenario_error(w, err, gpath, "grid.%s: value %d is not "
		    "a %s", f->name, k, has_arg ? "string or number" :
		    "true (a flag)");
	for (int j = 0; j < f->n && opt < 0; j++) {
		char *end;
		double x = strtod(f->text[j], &end);
		if (*end != '\0' || !(x >= 0) || x > 1e15)
			return scenario_error(w, err, gpath, "grid.%s: value %d "
			    "is not a number >= 0", f->name, j + 1);
	}
	return 0;
}

/* The scenario's "traces", relative to its own directory unless absolute
 * (or -), read before any given on the command line. */
static int
scenario_traces(struct sweep *w, struct ipw_error *err)
{
	const cJSON *list = cJSON_GetObjectItemCaseSensitive(w->root,
	    "traces"), *item;
	const char *slash = strrchr(w->file, '/');
	int dir = slash != NULL ? (int)(slash - w->file) + 1 : 0;

	if (list == NULL)
		return 0;
	if (!cJSON_IsArray(list) || cJSON_GetArraySize(list) == 0)
		return scenario_error(w, err, "traces", "traces is not a list "
		    "of files");
	w->ntraces = cJSON_GetArraySize(list);
	if ((w->traces = calloc((size_t)w->ntraces, sizeof(*w->traces))) ==
	    NULL)
		return ipw_error_oom(err);
	for (int i = 0; (item = cJSON_GetArrayItem(list, i)) != NULL; i++) {
		const char *t = cJSON_GetStringValue(item);
		size_t n;
		if (t == NULL || *t == '\0')
			return scenario_error(w, err, "traces", "traces: item %d "
			    "is not a file name", i + 1);
		n = strlen(t) + (size_t)dir + 1;
		if ((w->traces[i] = malloc(n)) == NULL)
			return ipw_error_oom(err);
		if (t[0] == '/' || strcmp(t, "-") == 0)
			snprintf(w->traces[i], n, "%s", t);
		else
			snprintf(w->traces[i], n, "%.*s%s", dir, w->file, t);
	}
	return 0;
}

/* The scenario's routers: router specs, as strings. */
static int
scenario_routers(struct sweep *w, struct ipw_error *err)
{
	const cJSON *routers = cJSON_GetObjectItemCaseSensitive(w->root,
	    "routers"), *item;

	if (routers != NULL && !cJSON_IsArray(routers))
		return scenario_error(w, err, "routers", "routers is not a "
		    "list");
	cJSON_ArrayForEach(item, routers) {
		if (!cJSON_IsString(item))
			return scenario_error(w, err, "routers", "routers: each "
			    "is a router spec, as a string");
		if (w->nrouters == SIM_MAX_ROUTERS - 1)
			return scenario_error(w, err, "routers", "routers: more "
			    "than %d", SIM_MAX_ROUTERS - 1);
		w->routers[w->nrouters++] = item->valuestring;
	}
	return 0;
}

int
sweep_load(struct sweep *w, const char *file, struct ipw_error *err)
{
	const cJSON *item, *grid;

	w->file = file;
	if (jsondoc_read(&w->doc, file, err) < 0)
		return -1;
	w->root = w->doc.root;
	if (!cJSON_IsObject(w->root))
		return scenario_error(w, err, "", "a scenario is a JSON object "
		    "with grid, routers, traces or about");
	cJSON_ArrayForEach(item, w->root)
		if (strcmp(item->string, "grid") && strcmp(item->string,
		    "routers") && strcmp(item->string, "about") &&
		    strcmp(item->string, "traces"))
			return scenario_error(w, err, item->string, "%s is not "
			    "a scenario field (grid, routers, traces or about)",
			    item->string);
	grid = cJSON_GetObjectItemCaseSensitive(w->root, "grid");
	if (grid != NULL && !cJSON_IsObject(grid))
		return scenario_error(w, err, "grid", "grid is not an object");
	w->npoints = 1;
	cJSON_ArrayForEach(item, grid) {
		if (add_field(w, item, err) < 0)
			return -1;
		/* the true product; past the hard limit it no longer
		 * matters by how much */
		w->npoints = w->npoints > SWEEP_MAX_POINTS_YES ? w->npoints :
		    w->npoints * w->f[w->nf - 1].n;
	}
	if (w->npoints > SWEEP_MAX_POINTS_YES)
		return scenario_error(w, err, "grid", "the grid has more than "
		    "10,000,000 points; split it into several scenarios");
	if (scenario_routers(w, err) < 0 ||
	    (w->forecast && forecast_load(&w->fc, NULL, err) < 0))
		return -1;
	return scenario_traces(w, err);
}

/* ---- a point's options ----------------------------------------------------- */

void
sweep_point_values(const struct sweep *w, long p, int *idx)
{
	for (int i = w->nf - 1; i >= 0; i--) {
		idx[i] = (int)(p % w->f[i].n);
		p /= w->f[i].n;
	}
}

/* Where point p is, for its failures: "at point P: name=value ...". */
static void
point_at(const struct sweep *w, long p, struct ipw_error *at)
{
	int idx[SWEEP_MAX_FIELDS];
	size_t n;

	sweep_point_values(w, p, idx);
	ipw_error_clear(at);
	ipw_error_at(at, w->file, 0, 0);
	n = (size_t)snprintf(at->msg, sizeof(at->msg), "at point %ld:", p + 1);
	for (int i = 0; i < w->nf && n < sizeof(at->msg); i++)
		n += (size_t)snprintf(at->msg + n, sizeof(at->msg) - n, " %s=%s",
		    w->f[i].name, w->f[i].text[idx[i]]);
}

/* A failure at point p; 1 when max_errors are kept (stop). */
static int
point_fail(struct sweep *w, long p, const struct ipw_error *err)
{
	struct ipw_error at;

	point_at(w, p, &at);
	return fail_add(w, err, &at) != 0;
}

/* One option of a point; 0, or -1 with err filled. */
static int
point_set(struct simopts *so, int opt, const char *arg,
    struct ipw_error *err)
{
	int rc = simopts_set(so, opt, arg, err);

	return rc > 0 ? ipw_error_set(err, IPW_EX_SOFTWARE, "option %d is "
	    "not one of simulate's", opt) : rc;
}

/* The options of point p: the scenario's routers, then a preset (it
 * resets the what-if setting), then the other fields. 0, or -1 with err
 * filled. */
static int
point_options(const struct sweep *w, long p, struct simopts *so,
    struct ipw_error *err)
{
	int idx[SWEEP_MAX_FIELDS];

	simopts_init(so, NULL);
	so->bootstrap = 0;
	sweep_point_values(w, p, idx);
	for (int r = 0; r < w->nrouters; r++)
		if (point_set(so, OPT_ROUTER, w->routers[r], err) < 0)
			return -1;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < w->nf; i++) {
			if ((w->f[i].opt == OPT_PRESET) != (pass == 0) ||
			    w->f[i].opt < 0)
				continue;
			if (point_set(so, w->f[i].opt, w->f[i].text[idx[i]],
			    err) < 0)
				return -1;
		}
	simopts_finish(so);
	return 0;
}

/* ---- recording a point ------------------------------------------------------ */

static double *
cells_of(struct sweep *w, long p)
{
	return w->cells + (size_t)p * (size_t)w->npol * SWEEP_NMETRICS;
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
 * cloud's coefficients there; -1 with err filled. */
static int
order_of(const struct sim *s, struct forecast_order *fo, double *a,
    double *b, struct ipw_error *err)
{
	if (!isnan(s->p.m[s->p.nlocal].e_fixed))
		return ipw_error_set(err, IPW_EX_USAGE, "the projection needs "
		    "the cloud's energy per token: not with "
		    "--cloud-energy-basis per-query");
	if (pool_energy_linear(&s->p.m[s->p.nlocal], a, b) < 0)
		return ipw_error_oom(err);	/* the cloud is always linear */
	return forecast_order_build(fo, &s->p, s->oracle, s->scored, err);
}

/* The provenance shares of s into c[SWEEP_PROV_METRIC..]: sources, then
 * scopes, unstated last; NaN without energy. */
static void
prov_cells(double *c, const struct prov_sums *s)
{
	double total = prov_sums_total(s);

	c += SWEEP_PROV_METRIC;
	for (int scope = 0; scope < 2; scope++)
		for (int i = 0; i < prov_words(scope); i++)
			*c++ = total > 0 ? prov_sum(s, scope, prov_order(scope,
			    i)) / total : NAN;
}

/* The projection's aggregates of a point simulated in full. */
static int
record_agg(struct sweep *w, long p, const struct sim *s,
    const struct whatif *wi, struct ipw_error *err)
{
	const struct account *o = &s->r.pol[1].acct;
	struct forecast_order fo;
	double *g = w->agg[p], ca, cb;

	memset(g, 0, 6 * sizeof(*g));
	agg_prices(w, p, wi);
	for (int k = 0; k < o->nmembers; k++) {
		int cloud = k == o->nmembers - 1;
		g[cloud ? 2 : 0] += o->member[k].energy_j;
		g[cloud ? 3 : 1] += o->member[k].queries;
	}
	g[4] = s->r.pol[0].acct.total.energy_j;
	g[5] = s->r.pol[0].acct.total.queries;
	agg_costs(g, s);
	if (order_of(s, &fo, &ca, &cb, err) < 0)
		return -1;
	agg_left(w, p, &fo, ca, cb);
	forecast_order_release(&fo);
	return 0;
}

/* Point p's cells from its simulation s; 0, or -1 with err filled. */
static int
record(struct sweep *w, long p, const struct sim *s, const struct whatif *wi,
    struct ipw_error *err)
{
	const struct account_sums *b = &s->r.pol[0].acct.total;
	double *c = cells_of(w, p);
	int done = s->r.model.state == MODEL_DONE;

	for (int i = 0; i < w->npol; i++, c += SWEEP_NMETRICS) {
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
		c[SWEEP_MODEL_METRIC] = done ? s->r.model.lo[i] : NAN;
		c[SWEEP_MODEL_METRIC + 1] = done ? s->r.model.hi[i] : NAN;
	}
	return w->agg != NULL ? record_agg(w, p, s, wi, err) : 0;
}

/* The cells (and the projection's aggregates) for every point, and the
 * policies' names, at the first point simulated; -1 when out of memory. */
static int
cells_alloc(struct sweep *w, const struct sim *s, struct ipw_error *err)
{
	w->npol = s->r.npolicies;
	w->cells = calloc((size_t)w->npoints * (size_t)w->npol *
	    SWEEP_NMETRICS, sizeof(*w->cells));
	if (w->cells == NULL || (w->forecast && (w->agg = calloc(
	    (size_t)w->npoints, sizeof(*w->agg))) == NULL))
		return ipw_error_oom(err);
	/* named by what the scenario says, the same at every point:
	 * cloud-only, oracle, its routers, then "router" for the grid's */
	for (int i = 0; i < w->npol; i++)
		snprintf(w->polname[i], sizeof(w->polname[i]), "%s",
		    i < 2 ? s->r.pol[i].name : i - 2 < w->nrouters ?
		    w->routers[i - 2] : "router");
	return 0;
}

/* Runs point p in full into s; 0, or -1 with err filled. */
static int
simulate_point(struct sweep *w, long p, struct sim *s, struct simopts *so,
    struct ipw_error *err)
{
	if (point_options(w, p, so, err) < 0 ||
	    sim_run(s, w->t, w->cat, &so->o, err) < 0)
		return -1;
	if (w->cells == NULL && cells_alloc(w, s, err) < 0)
		return -1;
	if (s->r.npolicies != w->npol)
		return ipw_error_set(err, IPW_EX_SOFTWARE, "point %ld has %d "
		    "policies, point 1 %d", p + 1, s->r.npolicies, w->npol);
	return record(w, p, s, &so->o.whatif, err);
}

/* ---- points in full, on threads --------------------------------------------- */

/* The full path's shared state: the next point, whether a point failed,
 * and the progress count. */
struct pool_run {
	struct sweep *w;
	pthread_mutex_t lock;
	long next, done, total;
	int failed;
};

static void
worker(void *arg, int id)
{
	struct pool_run *r = arg;
	struct sim *s = calloc(1, sizeof(*s));
	struct ipw_error err;
	struct simopts so;

	(void)id;
	for (;;) {
		long p;
		int rc, stop;
		pthread_mutex_lock(&r->lock);
		p = r->next;
		r->next += sweep_step(r->w);
		if (s == NULL && !r->failed) {
			struct ipw_error none;
			ipw_error_clear(&none);
			ipw_error_oom(&err);
			r->failed = 1;
			fail_add(r->w, &err, &none);
		}
		stop = r->failed || p >= r->w->npoints;
		pthread_mutex_unlock(&r->lock);
		if (stop)
			break;
		rc = simulate_point(r->w, p, s, &so, &err);
		sim_release(s);
		pthread_mutex_lock(&r->lock);
		if (rc < 0 && !r->failed) {
			r->failed = 1;
			point_fail(r->w, p, &err);
		}
		r->done++;
		if (r->w->progress != NULL)
			r->w->progress(r->w->progress_ctx, r->done, r->total, 0);
		pthread_mutex_unlock(&r->lock);
	}
	free(s);
}

/* Points from on, each in full, on jobs threads; 0 or -1. */
static int
run_points(struct sweep *w, long from)
{
	struct pool_run r;

	memset(&r, 0, sizeof(r));
	r.w = w;
	r.next = from;
	/* the progress count is this shard's points, those before from
	 * (run already) included */
	r.total = (w->npoints - sweep_first(w) + sweep_step(w) - 1) /
	    sweep_step(w);
	r.done = from < w->npoints ? (from - sweep_first(w)) / sweep_step(w) :
	    r.total;
	pthread_mutex_init(&r.lock, NULL);
	workers_run(w->jobs < 1 ? 1 : w->jobs, worker, &r);
	if (r.total > 0 && !r.failed && w->progress != NULL)
		w->progress(w->progress_ctx, r.done, r.total, 1);
	pthread_mutex_destroy(&r.lock);
	return r.failed ? -1 : 0;
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
	return pool_whatif(&s->p, w->t, w->cat, wi, &s->curves,
	    &s->roofline, err);
}

/* fast_sums' shared state: the simulation whose policies are summed. */
struct sums_job {
	struct sweep *w;
	const struct sim *s;
	int nthreads;
};

/* Policies i, i + nthreads, ...: their accounting passes. */
static void
sums_worker(void *arg, int id)
{
	struct sums_job *j = arg;
	struct sweep *w = j->w;
	int n = j->s->p.nlocal + 1;

	for (int i = id; i < w->npol; i += j->nthreads) {
		struct account acct;
		struct ipw_error err;
		account_policy(&j->s->pol[i], j->s->scored, &acct, NULL, &err);
		for (int k = 0; k < n; k++) {
			w->se[i][k] = acct.member[k].energy_j;
			w->sl[i][k] = acct.member[k].run_latency_s;
			w->sprov[i][k] = acct.member[k].prov;
		}
	}
}

/* Per policy and member, the measured energy and latency it charges:
 * one accounting pass a policy over s with the what-if taken off, the
 * policies shared out over w->threads threads (each pass is the same
 * on any thread). */
static int
fast_sums(struct sweep *w, struct sim *s, struct ipw_error *err)
{
	struct pool_member *saved = malloc(sizeof(s->p.m));
	struct sums_job j = { w, s, 1 };
	int n = s->p.nlocal + 1;

	if (saved == NULL)
		return ipw_error_oom(err);
	memcpy(saved, s->p.m, sizeof(s->p.m));
	for (int k = 0; k < n; k++) {
		s->p.m[k].e_scale = s->p.m[k].l_scale = 1;
		s->p.m[k].overhead = 0;
		s->p.m[k].how[0] = '\0';	/* the energy as given */
	}
	j.nthreads = w->threads < 1 ? 1 : w->threads > w->npol ? w->npol :
	    w->threads;
	workers_run(j.nthreads, sums_worker, &j);
	memcpy(s->p.m, saved, sizeof(s->p.m));
	free(saved);
	return 0;
}

/* The model interval's draws for s's pool, made again only when what is
 * modelled (or the draws or seed) changes between points: key holds
 * what they were made for. 0, or -1 with err filled. */
static int
fast_draws(struct sweep *w, const struct sim *s, const struct simopts *so,
    struct modelint *mi, int *have, int *key, struct ipw_error *err)
{
	int n = s->p.nlocal + 1, now_key[POOL_MAX + 3];

	modelint_key(&s->p, now_key);
	now_key[n] = so->o.model_draws;
	now_key[n + 1] = (int)so->o.seed;
	if (*have && memcmp(now_key, key, (size_t)(n + 2) * sizeof(int)) == 0)
		return 0;
	if (*have)
		modelint_release(mi);
	*have = 0;
	if (modelint_prepare(mi, &s->p, w->t, w->cat, so->o.model_draws,
	    so->o.seed, err) < 0)
		return -1;
	*have = 1;
	memcpy(key, now_key, (size_t)(n + 2) * sizeof(int));
	return 0;
}

/* Point p's cells on the fast path: the point's coefficients a, b over
 * the per-member sums; the model interval from mi. */
static void
fast_point(struct sweep *w, const struct sim *s, long p,
    const struct whatif *wi, struct modelint *mi, const double *a,
    const double *b)
{
	const size_t row = (size_t)w->npol * SWEEP_NMETRICS;
	double *c = cells_of(w, p), base = 0;
	double en[REPORT_MAX_POLICIES * (POOL_MAX + 1)];
	double mlo[REPORT_MAX_POLICIES], mhi[REPORT_MAX_POLICIES];
	int n = s->p.nlocal + 1, done = mi->mi.state == MODEL_DONE;

	if (p != sweep_first(w))
		memcpy(c, cells_of(w, sweep_first(w)), row * sizeof(*c));
	if (done) {
		for (int i = 0; i < w->npol; i++)
			for (int k = 0; k < n; k++)
				en[i * n + k] = charged(w, i, k, a[k], b[k]);
		modelint_eval(mi, en, w->npol, mlo, mhi);
	}
	for (int i = 0; i < w->npol; i++, c += SWEEP_NMETRICS) {
		double e = 0, q = s->r.pol[i].acct.total.queries;
		struct prov_sums ps;
		memset(&ps, 0, sizeof(ps));
		for (int k = 0; k < n; k++) {
			e += charged(w, i, k, a[k], b[k]);
			pool_provenance_linear(&s->p.m[k], &w->sprov[i][k],
			    w->sl[i][k], &ps);
		}
		prov_cells(c, &ps);
		if (i == 0)
			base = e;
		if (i == 1 && w->agg != NULL) {
			fast_agg(w, s, p, n, a, b, base);
			agg_prices(w, p, wi);
			agg_left(w, p, &w->order, a[n - 1], b[n - 1]);
		}
		c[1] = e;
		c[2] = q > 0 ? e / q : NAN;
		c[6] = account_saving(e, base);
		c[SWEEP_MODEL_METRIC] = done ? mlo[i] : NAN;
		c[SWEEP_MODEL_METRIC + 1] = done ? mhi[i] : NAN;
	}
}

/* Point 0 in full (in s); then per policy and member the measured
 * energy and latency it charges, and per point only the members' linear
 * coefficients. Every point, the first too, by the same sums: a point's
 * row does not depend on which point a shard simulated in full. A point
 * whose what-if fails is told and the next tried, up to max_errors. */
static int
run_fast(struct sweep *w, struct sim *s)
{
	double a[POOL_MAX + 1], b[POOL_MAX + 1];
	struct modelint mi;
	int key[POOL_MAX + 3], have_mi = 0, n = s->p.nlocal + 1, rc = 0;
	struct simopts so;
	struct ipw_error err;

	if ((w->agg != NULL && order_of(s, &w->order, &a[0], &b[0],
	    &err) < 0) || fast_sums(w, s, &err) < 0)
		return point_fail(w, sweep_first(w), &err), -1;
	for (long p = sweep_first(w); p < w->npoints; p += sweep_step(w)) {
		if (point_options(w, p, &so, &err) < 0 ||
		    point_whatif(w, s, &so, &err) < 0) {
			rc = -1;
			if (point_fail(w, p, &err))
				break;
			continue;
		}
		if (rc < 0)
			continue;	/* looking for more bad points */
		for (int k = 0; k < n; k++)
			if (pool_energy_linear(&s->p.m[k], &a[k], &b[k]) < 0) {
				ipw_error_set(&err, IPW_EX_SOFTWARE, "%s: energy "
				    "not linear on the fast path",
				    s->p.m[k].name);
				return point_fail(w, p, &err), -1;
			}
		if (fast_draws(w, s, &so, &mi, &have_mi, key, &err) < 0) {
			point_fail(w, p, &err);
			rc = -1;
			break;
		}
		fast_point(w, s, p, &so.o.whatif, &mi, a, b);
	}
	if (have_mi)
		modelint_release(&mi);
	return rc;
}

/* ---- checks before running ---------------------------------------------------- */

/* A bad value at path in the scenario: err, and at its place "what,
 * value v of n: text"; 1 when max_errors are kept. */
static int
value_fail(struct sweep *w, const struct ipw_error *err, const char *path,
    const char *what, int v, int n, const char *text)
{
	struct ipw_error at;
	long line, col;

	jsonfile_position(w->doc.text, jsonfile_locate(w->doc.text,
	    w->doc.len, path), &line, &col);
	ipw_error_set(&at, IPW_EX_USAGE, "%s, value %d of %d: \"%s\"", what,
	    v + 1, n, text);
	ipw_error_at(&at, w->file, line, col);
	return fail_add(w, err, &at) != 0;
}

int
sweep_check(struct sweep *w)
{
	struct simopts so;
	struct ipw_error err;

	for (int r = 0; r < w->nrouters; r++) {
		char path[32];
		simopts_init(&so, NULL);
		if (point_set(&so, OPT_ROUTER, w->routers[r], &err) == 0)
			continue;
		snprintf(path, sizeof(path), "routers[%d]", r);
		if (value_fail(w, &err, path, "routers", r, w->nrouters,
		    w->routers[r]))
			return -1;
	}
	for (int i = 0; i < w->nf; i++)
		for (int v = 0; v < w->f[i].n && w->f[i].opt >= 0; v++) {
			char path[192], what[128];
			simopts_init(&so, NULL);
			if (point_set(&so, w->f[i].opt, w->f[i].text[v],
			    &err) == 0)
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
			snprintf(what, sizeof(what), "grid.%.100s", w->f[i].name);
			if (value_fail(w, &err, path, what, v, w->f[i].n,
			    w->f[i].text[v]))
				return -1;
		}
	return w->nfails > 0 ? -1 : 0;
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

/* For points to be run in full: every point's what-if (a batch the
 * curves do not cover, an idle power not known) on the first point's
 * pool, before the first of them is simulated. */
static int
check_whatifs(struct sweep *w, struct sim *s)
{
	struct ipw_error err;
	struct simopts so;

	for (int i = 0; i < w->nf; i++)
		if (w->f[i].n > 1 && w->f[i].opt >= 0 &&
		    changes_pool(w->f[i].opt))
			return 0;
	for (long p = sweep_first(w); p < w->npoints; p += sweep_step(w))
		if ((point_options(w, p, &so, &err) < 0 ||
		    point_whatif(w, s, &so, &err) < 0) && point_fail(w, p, &err))
			break;
	return w->nfails > 0 ? -1 : 0;
}

int
sweep_run(struct sweep *w, const struct table *t, const struct catalog *cat)
{
	struct sim *s = calloc(1, sizeof(*s));
	struct ipw_error err;
	struct simopts so;
	double t0 = now(), t1 = t0;
	int rc;

	w->t = t;
	w->cat = cat;
	if (s == NULL) {
		ipw_error_oom(&err);
		return point_fail(w, sweep_first(w), &err), -1;
	}
	if ((rc = simulate_point(w, sweep_first(w), s, &so, &err)) < 0)
		point_fail(w, sweep_first(w), &err);
	else {
		t1 = now();
		if ((w->fast = fast_applies(w, &so.o)))
			rc = run_fast(w, s);
		else
			rc = check_whatifs(w, s);
	}
	sim_release(s);
	free(s);
	if (rc == 0 && !w->fast)
		rc = run_points(w, sweep_first(w) + sweep_step(w));
	w->t_first = t1 - t0;
	w->t_rest = now() - t1;
	return rc;
}

/* ---- the projection ------------------------------------------------------- */

/* Point p's forecast: data/forecast.json's central values with the
 * grid's projection fields over them, and its years ahead. */
static void
point_forecast(const struct sweep *w, long p, struct forecast *f,
    double *t)
{
	int idx[SWEEP_MAX_FIELDS];

	*f = w->fc;
	*t = 0;
	sweep_point_values(w, p, idx);
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
void
sweep_project(const struct sweep *w, long p, double *out)
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

/* ---- the rest --------------------------------------------------------------- */

uint64_t
sweep_key(const struct sweep *w, const struct table *t)
{
	char *text = cJSON_PrintUnformatted(w->root), buf[64];
	uint64_t h = strtab_hash64(text != NULL ? text : "");

	free(text);
	snprintf(buf, sizeof(buf), "%u %u", t->nq, t->nc);
	h = h * 31 + strtab_hash64(buf);
	for (uint32_t i = 0; i < t->nc; i++)
		h = h * 31 + strtab_hash64(table_config_name(t, i));
	return h;
}

void
sweep_release(struct sweep *w)
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
	free(w->fails);
	forecast_order_release(&w->order);
	sweep_init(w);
}

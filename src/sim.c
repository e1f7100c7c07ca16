#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>

#include "account.h"
#include "budget.h"
#include "modelint.h"
#include "sim.h"
#include "stats.h"

void
sim_options_init(struct sim_options *o)
{
	memset(o, 0, sizeof(*o));
	o->oracle_rule = ORACLE_SMALLEST;
	o->params.fp = o->params.fn = NAN;
	o->params.detect = 1;
	o->calib_frac = 0.3;
	o->seed = 1;
	o->replicates = 200;
	o->bootstrap = 200;
	o->model_draws = 200;
	o->rng_type = gsl_rng_mt19937;
	whatif_init(&o->whatif);
}

/* A generator for one purpose, seeded from the seed and a name, so that
 * adding or reordering routers leaves each one's draws unchanged. */
static gsl_rng *
rng_for(const struct sim_options *o, const char *purpose)
{
	gsl_rng *r = gsl_rng_alloc(o->rng_type);

	if (r != NULL)
		gsl_rng_set(r, (unsigned long)(stats_mix(o->seed ^
		    strtab_hash64(purpose)) & 0xffffffffu));
	return r;
}

/* Splits the queries when a heuristic needs fitting: calib gets about
 * calib_frac of them, scored the rest. */
static int
split(struct sim *s, const struct table *t, const struct sim_options *o,
    struct ipw_error *err)
{
	uint32_t ncalib = 0, nscored = 0;
	int need = 0;
	gsl_rng *r;

	for (int i = 0; i < o->nrouters; i++)
		need |= policy_needs_fit(&o->router[i]);
	s->calib = calloc(t->nq + 1, 1);
	s->scored = malloc(t->nq + 1);
	if (s->calib == NULL || s->scored == NULL)
		return ipw_error_oom(err);
	memset(s->scored, 1, t->nq + 1);
	if (!need)
		return 0;
	if ((r = rng_for(o, "calibration split")) == NULL)
		return ipw_error_oom(err);
	for (uint32_t q = 0; q < t->nq; q++) {
		if (s->p.skip[q])
			continue;
		s->calib[q] = gsl_rng_uniform(r) < o->calib_frac;
		s->scored[q] = !s->calib[q];
		ncalib += s->calib[q];
		nscored += s->scored[q];
	}
	gsl_rng_free(r);
	if (ncalib == 0 || nscored == 0)
		return ipw_error_set(err, IPW_EX_USAGE, "--calib-frac %g leaves "
		    "no queries to %s", o->calib_frac, ncalib == 0 ? "fit the "
		    "heuristics on" : "score the policies on");
	snprintf(s->text[3], sizeof(s->text[3]), "heuristics fitted on %u "
	    "queries (--calib-frac %g), every policy scored on the other %u",
	    ncalib, o->calib_frac, nscored);
	return 0;
}

static int
add_policy(struct sim *s, const struct table *t, const struct sim_options *o,
    const struct policy_spec *spec, struct ipw_error *err)
{
	struct policy *pol = &s->pol[s->npol];

	if (budget_policy_init(pol, spec, &o->params, &s->p, t, s->oracle,
	    s->calib, err) < 0)
		return -1;
	s->r.pol[s->npol].name = pol->name;
	s->r.pol[s->npol].random = pol->random;
	s->npol++;
	return 0;
}

static int
vectors(struct account_vectors *v, size_t n)
{
	v->energy = malloc(n * sizeof(float));
	v->flops = malloc(n * sizeof(float));
	v->cost = malloc(n * sizeof(float));
	return v->energy && v->flops && v->cost ? 0 : -1;
}

/* The best single local member's quality on the scored queries, for the
 * quality gap recovered. */
static double
weak_quality(struct sim *s, const struct table *t)
{
	double n = 0;

	for (uint32_t q = 0; q < t->nq; q++)
		n += s->scored[q] && !s->p.skip[q];
	s->weak_n = n;
	for (int k = 0; k < s->p.nlocal; k++) {
		double ok = 0;
		for (uint32_t q = 0; q < t->nq; q++)
			ok += s->scored[q] && !s->p.skip[q] &&
			    table_has(s->p.m[k].c, q) &&
			    table_correct(s->p.m[k].c, q);
		s->weak_ok[k] = ok;
	}
	return sim_weak_quality(s->weak_ok, s->p.nlocal, n);
}

double
sim_weak_quality(const double *ok, int nlocal, double n)
{
	double best = 0;

	for (int k = 0; k < nlocal; k++)
		if (n > 0 && ok[k] / n > best)
			best = ok[k] / n;
	return best;
}

/* Monte Carlo of each random policy with two generators of its own,
 * seeded from the seed and its text, so that adding or reordering
 * routers leaves its draws unchanged. */
static int
monte_carlo(struct sim *s, const struct sim_options *o, int i,
    struct ipw_error *err)
{
	char purpose[2][400];
	gsl_rng *r[2];
	int rc = -1;

	char shard[32] = "";

	if (o->shard_n > 1)	/* a shard draws from streams of its own */
		snprintf(shard, sizeof(shard), "/shard%d", o->shard_k);
	snprintf(purpose[0], sizeof(purpose[0]), "%s#0%s", s->pol[i].spec.text,
	    shard);
	snprintf(purpose[1], sizeof(purpose[1]), "%s#1%s", s->pol[i].spec.text,
	    shard);
	r[0] = rng_for(o, purpose[0]);
	r[1] = rng_for(o, purpose[1]);
	if (r[0] == NULL || r[1] == NULL)
		ipw_error_oom(err);
	else
		rc = (s->mc_totals[i] = malloc((size_t)o->replicates *
		    STATS_MC_SUMS * sizeof(double))) == NULL ?
		    ipw_error_oom(err) : stats_monte_carlo(&s->pol[i],
		    s->scored, &s->r.pol[0].acct, r, o->replicates,
		    &s->r.pol[i].mc, s->mc_totals[i], &s->mc_queries[i], err);
	gsl_rng_free(r[0]);
	gsl_rng_free(r[1]);
	return rc;
}

/* Accounting of the policies, on two threads: policy i on worker i % 2.
 * Each policy's sums are its own, so the split changes nothing. */
struct account_job {
	struct sim *s;
	int worker, boot;
};

static void *
account_work(void *arg)
{
	struct account_job *j = arg;
	struct sim *s = j->s;
	struct ipw_error err;

	for (int i = j->worker; i < s->npol; i += 2)
		account_policy(&s->pol[i], s->scored, &s->r.pol[i].acct,
		    j->boot ? &s->vec[i] : NULL, &err);
	return NULL;
}

static int
evaluate(struct sim *s, const struct table *t, const struct sim_options *o,
    struct ipw_error *err)
{
	int boot = o->bootstrap > 0;

	struct account_job job[2] = { { s, 0, boot }, { s, 1, boot } };

	for (int i = 0; i < s->npol; i++)
		if (boot && vectors(&s->vec[i], t->nq + 1) < 0)
			return ipw_error_oom(err);
	stats_run_pair(account_work, &job[0], &job[1]);
	for (int i = 0; i < s->npol; i++)
		if (s->r.pol[i].random && monte_carlo(s, o, i, err) < 0)
			return -1;
	if (boot) {
		struct interval_set ci[REPORT_MAX_POLICIES];
		s->boot_sums = malloc((size_t)o->bootstrap * 3 *
		    (size_t)(s->npol + 1) * sizeof(double));
		if (s->boot_sums == NULL)
			return ipw_error_oom(err);
		if (stats_bootstrap(t, s->scored, s->p.skip, &s->vec[0],
		    s->vec, s->npol, o->bootstrap, o->seed, ci, s->boot_sums,
		    err) < 0)
			return -1;
		for (int i = 0; i < s->npol; i++)
			s->r.pol[i].boot = ci[i];
	}
	s->r.scored = s->r.pol[0].acct.total.queries;
	s->r.weak_quality = weak_quality(s, t);
	return 0;
}

static void
describe_whatif(struct sim *s, const struct sim_options *o)
{
	const struct whatif *w = &s->w;
	int nmoved = 0;

	snprintf(s->text[4], sizeof(s->text[4]), "cloud utilization %g, host "
	    "overhead %g, PUE %g; local %s, PUE %g", w->cloud_util,
	    w->cloud_host, w->cloud_pue, whatif_local_mode_name(w->local_mode),
	    w->local_pue);
	s->r.setting[s->r.nsettings][0] = "whatif";
	s->r.setting[s->r.nsettings++][1] = s->text[4];
	snprintf(s->text[5], sizeof(s->text[5]), "cloud charge %s, cloud "
	    "energy basis %s, cloud measured on %s, token pricing %s",
	    whatif_cloud_charge_name(w->cloud_charge),
	    whatif_basis_name(w->cloud_basis), w->cloud_measured_on != NULL ?
	    w->cloud_measured_on : "its own accelerator",
	    whatif_pricing_name(w->pricing));
	s->r.setting[s->r.nsettings][0] = "accounting";
	s->r.setting[s->r.nsettings++][1] = s->text[5];
	if (s->arrivals_text[0] != '\0') {
		s->r.setting[s->r.nsettings][0] = "arrivals";
		s->r.setting[s->r.nsettings++][1] = s->arrivals_text;
	}
	for (int k = 0; k <= s->p.nlocal && nmoved < 8; k++) {
		const struct pool_member *m = &s->p.m[k];
		char *t = s->moved[nmoved];
		if (m->how[0] == '\0' || s->r.nsettings >= 16)
			continue;
		snprintf(t, sizeof(s->moved[0]), "%g -> %g along %s: energy "
		    "x%.4g, latency x%.4g", m->batch_from, m->batch_to, m->how,
		    m->e_scale, m->l_scale);
		snprintf(s->moved_key[nmoved], sizeof(s->moved_key[0]),
		    "batch %s", m->name);
		s->r.setting[s->r.nsettings][0] = s->moved_key[nmoved];
		s->r.setting[s->r.nsettings++][1] = t;
		nmoved++;
	}
	for (int k = 0, n = 0; k <= s->p.nlocal && n < 4; k++) {
		const struct pool_member *m = &s->p.m[k];
		if (m->idle_how[0] == '\0' || s->r.nsettings >= 16)
			continue;
		snprintf(s->idle_key[n], sizeof(s->idle_key[0]), "idle %s",
		    m->name);
		s->r.setting[s->r.nsettings][0] = s->idle_key[n++];
		s->r.setting[s->r.nsettings++][1] = m->idle_how;
	}
}

static void
describe(struct sim *s, const struct sim_options *o)
{
	const struct policy_params *pr = &o->params;
	size_t used = 0;

	for (int i = 0; i < s->p.nlocal && used < sizeof(s->text[0]); i++)
		used += (size_t)snprintf(s->text[0] + used,
		    sizeof(s->text[0]) - used, "%s%s", i ? ", " : "",
		    s->p.m[i].name);
	snprintf(s->text[1], sizeof(s->text[1]), "%s, seed %llu; Monte Carlo "
	    "%d replicates; bootstrap %d replicates", o->rng_type->name,
	    (unsigned long long)o->seed, o->replicates, o->bootstrap);
	if (isnan(pr->fp) && isnan(pr->fn))
		snprintf(s->text[2], sizeof(s->text[2]), "detect %g; cascade "
		    "false-local and false-cloud rates 1 - A, a false local "
		    "tries %s", pr->detect, pr->attempt_smallest ? "the "
		    "smallest local model" : "the oracle's mix of local picks");
	else
		snprintf(s->text[2], sizeof(s->text[2]), "detect %g; cascade "
		    "false-local %g, false-cloud %g (NaN: 1 - A), a false local "
		    "tries %s", pr->detect, pr->fp, pr->fn,
		    pr->attempt_smallest ? "the smallest local model" :
		    "the oracle's mix of local picks");
#define SET(k, v) (s->r.setting[s->r.nsettings][0] = (k), \
	s->r.setting[s->r.nsettings++][1] = (v))
	SET("cloud", s->p.m[s->p.nlocal].name);
	SET("local", s->text[0]);
	SET("oracle", route_oracle_name(o->oracle_rule));
	SET("flops_params", o->pool.flops_params == FLOPS_ACTIVE ? "active" :
	    "total");
	if (o->nrouters > 0)
		SET("routers", s->text[2]);
	if (s->text[3][0] != '\0')
		SET("split", s->text[3]);
	SET("rng", s->text[1]);
	describe_whatif(s, o);
#undef SET
}

/* The cloud's batch size and utilization from an arrival trace, along
 * the cloud configuration's measured curve. */
static int
from_arrivals(struct sim *s, const struct table *t, const struct catalog *cat,
    const struct sim_options *o, struct ipw_error *err)
{
	const struct pool_member *cloud = &s->p.m[s->p.nlocal];
	const struct curve *c;
	struct arrivals a;
	double b, u;
	int stand_in, clamped, rc;

	c = curves_find(&s->curves, cat, table_str(t, cloud->c->model),
	    table_str(t, cloud->c->accel), &stand_in);
	if (c == NULL)
		return ipw_error_set(err, IPW_EX_DATAERR, "no measured batch "
		    "curve for %s, needed to serve the arrivals", cloud->name);
	if (arrivals_load(&a, o->arrivals_file, err) < 0)
		return -1;
	rc = arrivals_replica(&a, c, o->arrival_rate, &b, &u, &clamped, err);
	if (rc == 0) {
		snprintf(s->arrivals_text, sizeof(s->arrivals_text), "%s: %zu "
		    "requests at %g/s: mean batch %.4g%s, utilization %.4g",
		    o->arrivals_file, a.n, o->arrival_rate > 0 ?
		    o->arrival_rate : (double)(a.n - 1) / (a.t[a.n - 1] -
		    a.t[0]), b, clamped ? " (held to the curve's measured "
		    "range)" : "", u);
		s->w.cloud_batch = b;
		s->w.cloud_util = u;
		rc = pool_whatif(&s->p, t, cat, &s->w, &s->curves,
		    &s->roofline, err);
	}
	arrivals_release(&a);
	return rc;
}

/* ---- break-even ---------------------------------------------------- */

static const char *const be_names[] = { "", "cloud-batch",
	"cloud-utilization", "local-idle-w", "local-queries-per-day",
	"cloud-kwh-usd", "local-kwh-usd" };
static const char *const bem_names[] = { "energy", "compute", "cost",
	"carbon" };

int
sim_break_even_metric_parse(const char *s, enum break_even_metric *m)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(s, bem_names[i]) == 0) {
			*m = (enum break_even_metric)i;
			return 0;
		}
	return -1;
}

int
sim_break_even_parse(const char *s, enum break_even_param *p)
{
	for (int i = 1; i < 7; i++)
		if (strcmp(s, be_names[i]) == 0) {
			*p = (enum break_even_param)i;
			return 0;
		}
	return -1;
}

struct be_ctx {
	struct sim *s;
	const struct table *t;
	const struct catalog *cat;
	const struct sim_options *o;
	int policy;
	int failed;
	struct ipw_error err;
	struct account base, a;	/* the last point's accounts */
};

static double
metric_saving(const struct account *a, const struct account *b,
    enum break_even_metric m)
{
	switch (m) {
	case BEM_COMPUTE:
		return account_saving(a->total.flops, b->total.flops);
	case BEM_COST:
		return account_saving(a->total.cost_usd, b->total.cost_usd);
	case BEM_CARBON:
		return account_saving(a->total.carbon_kg, b->total.carbon_kg);
	default:
		return account_saving(a->total.energy_j, b->total.energy_j);
	}
}

/* The policy's saving, minus the target, at parameter value x. */
static double
be_f(double x, void *arg)
{
	struct be_ctx *c = arg;
	struct whatif w = c->s->w;
	struct account *base = &c->base, *a = &c->a;

	switch (c->o->break_even) {
	case BE_CLOUD_BATCH:
		w.cloud_batch = x;
		break;
	case BE_CLOUD_UTIL:
		w.cloud_util = x;
		break;
	case BE_LOCAL_IDLE:
		w.local_idle_w = x;
		break;
	case BE_CLOUD_KWH:
		w.cloud_kwh_usd = x;
		break;
	case BE_LOCAL_KWH:
		w.local_kwh_usd = x;
		break;
	default:
		w.local_qpd = x;
		break;
	}
	if (pool_whatif(&c->s->p, c->t, c->cat, &w, &c->s->curves,
	    &c->s->roofline, &c->err) < 0) {
		c->failed = 1;
		return NAN;
	}
	account_policy(&c->s->pol[0], c->s->scored, base, NULL, &c->err);
	account_policy(&c->s->pol[c->policy], c->s->scored, a, NULL,
	    &c->err);
	return metric_saving(a, base, c->o->break_even_metric) -
	    c->o->break_even_target;
}

/* The most a local device of the pool can draw, in W: the largest TDP
 * in the catalog of a local accelerator or, where the catalog has none,
 * its configurations' measured mean power (energy over latency), rounded
 * up to 1, 2 or 5 x 10^k. Idle power is below it, so a search for a
 * break-even idle power needs to go no higher. 2 kW when nothing says. */
static double
local_power_ceiling(const struct pool *p, const struct table *t,
    const struct catalog *cat)
{
	double top = 0, step;

	for (int i = 0; i < p->nlocal; i++) {
		const struct table_config *c = p->m[i].c;
		const struct catalog_accel *a = catalog_accel(cat,
		    table_str(t, c->accel));
		double e = 0, s = 0;
		if (a != NULL && isfinite(a->tdp_w) && a->tdp_w > 0) {
			top = fmax(top, a->tdp_w * table_config_devices(t, c));
			continue;
		}
		for (uint32_t q = 0; c->latency != NULL && q < t->nq; q++)
			if (table_has(c, q) && isfinite(c->latency[q]) &&
			    c->latency[q] > 0) {
				e += table_energy(c, q);
				s += c->latency[q];
			}
		if (s > 0 && e > 0)
			top = fmax(top, e / s);
	}
	if (!(top > 0))
		return 2000;
	step = pow(10, floor(log10(top)));
	return (top <= step ? 1 : top <= 2 * step ? 2 : top <= 5 * step ? 5 :
	    10) * step;
}

/* The range to search: the cloud curve's batch sizes, utilization 1% to
 * 100%, 0 to the local devices' power ceiling of idle power, 1 to 10
 * million queries a day. */
static int
be_range(struct sim *s, const struct sim_options *o, const struct table *t,
    const struct catalog *cat, double *lo, double *hi, int *logscale,
    struct ipw_error *err)
{
	const struct pool_member *cloud = &s->p.m[s->p.nlocal];
	const struct curve *c;
	int stand_in;

	*logscale = o->break_even == BE_CLOUD_BATCH ||
	    o->break_even == BE_LOCAL_QPD;
	switch (o->break_even) {
	case BE_CLOUD_BATCH:
		if (s->curves.n == 0 && (o->curves_file ? curves_load(&s->curves,
		    o->curves_file, err) : curves_load_default(&s->curves,
		    err)) < 0)
			return -1;
		c = curves_find(&s->curves, cat, table_str(t, cloud->c->model),
		    table_str(t, cloud->c->accel), &stand_in);
		if (c == NULL)
			return ipw_error_set(err, IPW_EX_DATAERR, "no measured "
			    "batch curve for %s", cloud->name);
		*lo = exp(c->logb[0]);
		*hi = exp(c->logb[c->n - 1]);
		return 0;
	case BE_CLOUD_UTIL:
		*lo = 0.01;
		*hi = 1;
		return 0;
	case BE_CLOUD_KWH:
	case BE_LOCAL_KWH:
		if (o->whatif.cost != COST_TCO || o->break_even_metric !=
		    BEM_COST)
			return ipw_error_set(err, IPW_EX_USAGE, "--break-even "
			    "%s needs --cost tco and --break-even-metric cost",
			    be_names[o->break_even]);
		*lo = 0;
		*hi = 1;
		return 0;
	case BE_LOCAL_IDLE:
	case BE_LOCAL_QPD:
		if (o->whatif.local_mode == LOCAL_MEASURED ||
		    (o->break_even == BE_LOCAL_QPD &&
		    o->whatif.local_mode != LOCAL_DEDICATED))
			return ipw_error_set(err, IPW_EX_USAGE, "--break-even "
			    "%s needs --local-mode %s", be_names[o->break_even],
			    o->break_even == BE_LOCAL_QPD ? "dedicated" :
			    "marginal or dedicated");
		*lo = o->break_even == BE_LOCAL_IDLE ? 0 : 1;
		*hi = o->break_even == BE_LOCAL_IDLE ? local_power_ceiling(&s->p,
		    t, cat) : 1e7;
		return 0;
	default:
		return -1;
	}
}

static int
be_policy(const struct sim *s, const struct sim_options *o,
    struct ipw_error *err)
{
	const char *want = o->break_even_policy ? o->break_even_policy :
	    "oracle";

	for (int i = 1; i < s->npol; i++)
		if (strcmp(s->pol[i].spec.text, want) == 0 ||
		    strcmp(s->pol[i].name, want) == 0)
			return i;
	return ipw_error_set(err, IPW_EX_USAGE, "--break-even-policy \"%s\" "
	    "is not one of the policies simulated", want);
}

/* Brent's method on the bracket, when the saving crosses the target in
 * it; GSL's error handler is off, so every status is checked. */
static int
be_solve(gsl_function *f, double lo, double hi, double *x)
{
	gsl_root_fsolver *r = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
	int status = GSL_CONTINUE;

	if (r == NULL || gsl_root_fsolver_set(r, f, lo, hi) != GSL_SUCCESS) {
		gsl_root_fsolver_free(r);
		return -1;
	}
	for (int i = 0; i < 200 && status == GSL_CONTINUE; i++) {
		if (gsl_root_fsolver_iterate(r) != GSL_SUCCESS)
			break;
		status = gsl_root_test_interval(gsl_root_fsolver_x_lower(r),
		    gsl_root_fsolver_x_upper(r), 0, 1e-9);
	}
	*x = gsl_root_fsolver_root(r);
	gsl_root_fsolver_free(r);
	return status == GSL_SUCCESS ? 0 : -1;
}

/* The energy saving's model interval at grid point i, from its accounts;
 * NaN when none is computed (not energy, nothing modelled, no draws). */
static int
be_model_interval(struct sim *s, const struct table *t,
    const struct catalog *cat, const struct sim_options *o,
    const struct be_ctx *c, int i, struct ipw_error *err)
{
	struct break_even *be = &s->r.be;
	struct modelint m;
	double en[2 * (POOL_MAX + 1)], lo[2], hi[2];
	int n = s->p.nlocal + 1;

	be->model_lo[i] = be->model_hi[i] = NAN;
	if (o->break_even_metric != BEM_ENERGY || o->shard_n > 1)
		return 0;
	if (modelint_prepare(&m, &s->p, t, cat, o->model_draws, o->seed,
	    err) < 0)
		return -1;
	if (m.mi.state == MODEL_DONE) {
		for (int k = 0; k < n; k++) {
			en[k] = c->base.member[k].energy_j;
			en[n + k] = c->a.member[k].energy_j;
		}
		modelint_eval(&m, en, 2, lo, hi);
		be->model_lo[i] = lo[1];
		be->model_hi[i] = hi[1];
	}
	modelint_release(&m);
	return 0;
}

static int
break_even(struct sim *s, const struct table *t, const struct catalog *cat,
    const struct sim_options *o, struct ipw_error *err)
{
	struct break_even *be = &s->r.be;
	struct be_ctx c = { .s = s, .t = t, .cat = cat, .o = o };
	gsl_function f = { be_f, &c };
	double flo, fhi;
	int logscale;

	if ((c.policy = be_policy(s, o, err)) < 0 ||
	    be_range(s, o, t, cat, &be->lo, &be->hi, &logscale, err) < 0)
		return -1;
	be->set = 1;
	be->param = be_names[o->break_even];
	be->metric = bem_names[o->break_even_metric];
	be->policy = s->pol[c.policy].name;
	be->target = o->break_even_target;
	for (int i = 0; i < BREAK_EVEN_POINTS; i++) {
		double u = (double)i / (BREAK_EVEN_POINTS - 1);
		be->x[i] = logscale ? be->lo * pow(be->hi / be->lo, u) :
		    be->lo + u * (be->hi - be->lo);
		be->saving[i] = be_f(be->x[i], &c) + o->break_even_target;
		if (!c.failed && be_model_interval(s, t, cat, o, &c, i,
		    err) < 0)
			return -1;
	}
	flo = be_f(be->lo, &c);
	fhi = be_f(be->hi, &c);
	if (c.failed) {
		*err = c.err;
		return -1;
	}
	be->found = flo * fhi <= 0 && be_solve(&f, be->lo, be->hi,
	    &be->value) == 0;
	if (c.failed) {
		*err = c.err;
		return -1;
	}
	/* Back to the setting the report describes. */
	return pool_whatif(&s->p, t, cat, &s->w, &s->curves,
	    &s->roofline, err);
}

void
sim_watch_init(struct sim_watch *w, const struct catalog *cat,
    const struct sim_options *o)
{
	memset(w, 0, sizeof(*w));
	w->cat = cat;
	w->o = o;
}

/* Whether the options name model@accel. */
static int
named(const struct pool_options *po, const struct catalog *cat,
    const char *model, const char *accel)
{
	for (int i = 0; i < po->nlocal; i++)
		if (pool_name_matches(cat, po->local[i], model, accel))
			return 1;
	return po->cloud != NULL && pool_name_matches(cat, po->cloud, model,
	    accel);
}

int
sim_watch_config(void *ctx, const struct record *r, struct ipw_error *err)
{
	struct sim_watch *w = ctx;
	const struct pool_options *po = &w->o->pool;
	char model[RECORD_MAX_TEXT + 1], accel[RECORD_MAX_TEXT + 1], what[96];
	const struct catalog_model *cm;

	if (po->nlocal + (po->cloud != NULL) == 0)
		return 0;
	snprintf(model, sizeof(model), "%.*s", (int)r->text_len[RF_MODEL],
	    r->text[RF_MODEL]);
	snprintf(accel, sizeof(accel), "%.*s",
	    (int)r->text_len[RF_ACCELERATOR], r->text[RF_ACCELERATOR]);
	if (!named(po, w->cat, model, accel))
		return 0;
	w->seen++;
	cm = catalog_model(w->cat, model);
	pool_catalog_needs(cm, po->flops_params, w->o->whatif.cost ==
	    COST_TOKENS, !REC_HAS(r, RF_FLOPS), !REC_HAS(r, RF_COST), what,
	    sizeof(what));
	if (what[0] != '\0')
		pool_lacking_add(&w->lack, model, cm != NULL, what);
	if (w->seen == po->nlocal + (po->cloud != NULL) && w->lack.n > 0)
		return pool_lacking_error(&w->lack, err);
	return 0;
}

int
sim_run(struct sim *s, const struct table *t, const struct catalog *cat,
    const struct sim_options *o, struct ipw_error *err)
{
	struct policy_spec spec;

	struct pool_options po = o->pool;

	memset(s, 0, sizeof(*s));
	if (o->shard_n > 1) {
		for (int i = 0; i < o->nrouters; i++)
			if (policy_needs_fit(&o->router[i]))
				return ipw_error_set(err, IPW_EX_USAGE, "--shard: "
				    "router %s is fitted on a calibration split "
				    "of the whole trace, which a shard does not "
				    "have", o->router[i].text);
			else if (o->router[i].kind == POL_CASCADE &&
			    !o->params.attempt_smallest)
				return ipw_error_set(err, IPW_EX_USAGE, "--shard: "
				    "router %s charges a false local on the "
				    "oracle's mix of local picks over the whole "
				    "trace, which a shard does not have; give "
				    "--cascade-attempt smallest", o->router[i].text);
		if (o->whatif.cloud_basis == BASIS_PER_QUERY)
			return ipw_error_set(err, IPW_EX_USAGE, "--shard: "
			    "--cloud-energy-basis per-query charges the mean over "
			    "the whole trace's queries, which a shard does not "
			    "have");
		if (o->break_even != BE_NONE)
			return ipw_error_set(err, IPW_EX_USAGE, "--shard: a "
			    "break-even search needs the whole trace");
	}
	s->w = o->whatif;
	if (!isnan(o->whatif.cloud_batch) || !isnan(o->whatif.local_batch) ||
	    o->whatif.nbatch > 0 || o->break_even == BE_CLOUD_BATCH ||
	    o->arrivals_file != NULL) {
		if (o->whatif.batch_model == BATCH_ROOFLINE)
			if ((o->roofline_file ? roofline_load(&s->roofline,
			    o->roofline_file, err) : roofline_load_default(
			    &s->roofline, err)) < 0)
				return -1;
		if ((o->curves_file ? curves_load(&s->curves, o->curves_file,
		    err) : curves_load_default(&s->curves, err)) < 0)
			return -1;
		po.curves = &s->curves;
		po.roofline = &s->roofline;
	}
	po.whatif = &s->w;
	po.allow_empty = o->shard_n > 1;
	if (pool_init(&s->p, t, cat, &po, err) < 0 ||
	    (o->arrivals_file != NULL && from_arrivals(s, t, cat, o, err) < 0))
		return -1;
	if ((s->oracle = malloc(t->nq + 1)) == NULL)
		return ipw_error_oom(err);
	if (route_oracle(&s->p, o->oracle_rule, s->oracle, err) < 0 ||
	    split(s, t, o, err) < 0)
		return -1;
	s->r.t = t;
	s->r.p = &s->p;
	policy_parse("cloud-only", &spec, err);
	if (add_policy(s, t, o, &spec, err) < 0)
		return -1;
	policy_parse("oracle", &spec, err);
	if (add_policy(s, t, o, &spec, err) < 0)
		return -1;
	for (int i = 0; i < o->nrouters; i++)
		if (add_policy(s, t, o, &o->router[i], err) < 0)
			return -1;
	s->r.npolicies = s->npol;
	if (evaluate(s, t, o, err) < 0)
		return -1;
	if (o->break_even != BE_NONE && break_even(s, t, cat, o, err) < 0)
		return -1;
	if (o->shard_n > 1) {
		s->r.model.state = MODEL_NOT_DONE;
		snprintf(s->r.model.note, sizeof(s->r.model.note), "a shard: "
		    "not computed on part of a trace");
	} else if (modelint_run(&s->r, &s->p, t, cat, o->model_draws,
	    o->seed, err) < 0)
		return -1;
	describe(s, o);
	return 0;
}

void
sim_release(struct sim *s)
{
	for (int i = 0; i < s->npol; i++) {
		policy_release(&s->pol[i]);
		free(s->vec[i].energy);
		free(s->vec[i].flops);
		free(s->vec[i].cost);
	}
	for (int i = 0; i < REPORT_MAX_POLICIES; i++)
		free(s->mc_totals[i]);
	free(s->boot_sums);
	free(s->oracle);
	free(s->calib);
	free(s->scored);
	pool_release(&s->p);
	curves_release(&s->curves);
	memset(s, 0, sizeof(*s));
}

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
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
	o->rng_type = gsl_rng_mt19937;
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

	if (policy_init(pol, spec, &o->params, &s->p, t, s->oracle, s->calib,
	    err) < 0)
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
weak_quality(const struct sim *s, const struct table *t)
{
	double best = 0, n = 0;

	for (uint32_t q = 0; q < t->nq; q++)
		n += s->scored[q] && !s->p.skip[q];
	for (int k = 0; k < s->p.nlocal; k++) {
		double ok = 0;
		for (uint32_t q = 0; q < t->nq; q++)
			ok += s->scored[q] && !s->p.skip[q] &&
			    table_has(s->p.m[k].c, q) &&
			    s->p.m[k].c->correct[q];
		if (n > 0 && ok / n > best)
			best = ok / n;
	}
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

	snprintf(purpose[0], sizeof(purpose[0]), "%s#0", s->pol[i].spec.text);
	snprintf(purpose[1], sizeof(purpose[1]), "%s#1", s->pol[i].spec.text);
	r[0] = rng_for(o, purpose[0]);
	r[1] = rng_for(o, purpose[1]);
	if (r[0] == NULL || r[1] == NULL)
		ipw_error_oom(err);
	else
		rc = stats_monte_carlo(&s->pol[i], s->scored, &s->r.pol[0].acct,
		    r, o->replicates, &s->r.pol[i].mc, err);
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
		if (stats_bootstrap(t, s->scored, s->p.skip, &s->vec[0],
		    s->vec, s->npol, o->bootstrap, o->seed, ci, err) < 0)
			return -1;
		for (int i = 0; i < s->npol; i++)
			s->r.pol[i].boot = ci[i];
	}
	s->r.scored = s->r.pol[0].acct.total.queries;
	s->r.weak_quality = weak_quality(s, t);
	return 0;
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
		    "false-local and false-cloud rates 1 - A", pr->detect);
	else
		snprintf(s->text[2], sizeof(s->text[2]), "detect %g; cascade "
		    "false-local %g, false-cloud %g (NaN: 1 - A)", pr->detect,
		    pr->fp, pr->fn);
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
#undef SET
}

int
sim_run(struct sim *s, const struct table *t, const struct catalog *cat,
    const struct sim_options *o, struct ipw_error *err)
{
	struct policy_spec spec;

	memset(s, 0, sizeof(*s));
	if (pool_init(&s->p, t, cat, &o->pool, err) < 0)
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
	free(s->oracle);
	free(s->calib);
	free(s->scored);
	pool_release(&s->p);
	memset(s, 0, sizeof(*s));
}

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "stats.h"

/* ---- shared ------------------------------------------------------------ */

/* Mean and 2.5% / 97.5% quantiles of the defined values of v[0..n)
 * (reordered in place). A replicate is undefined when its baseline sums
 * to zero, as a bootstrap of very few queries can draw. */
static void
summarize(double *v, int n, double *mean, double *lo, double *hi)
{
	int m = 0;

	for (int i = 0; i < n; i++)
		if (!isnan(v[i]))
			v[m++] = v[i];
	n = m;
	if (n == 0) {
		*mean = *lo = *hi = NAN;
		return;
	}
	*mean = gsl_stats_mean(v, 1, (size_t)n);
	gsl_sort(v, 1, (size_t)n);
	*lo = gsl_stats_quantile_from_sorted_data(v, 1, (size_t)n, 0.025);
	*hi = gsl_stats_quantile_from_sorted_data(v, 1, (size_t)n, 0.975);
}

static double
saving(double x, double base)
{
	return base > 0 ? 1 - x / base : NAN;
}

/* ---- Monte Carlo ------------------------------------------------------- */

/* One route of a random query, reduced to what a replicate adds up. */
struct mc_alt {
	double cum;		/* cumulative probability, last = 1 */
	float energy, flops, cost;
	uint8_t correct, local;
};

struct mc_plan {
	struct mc_alt *alt;	/* routes of the random queries, in order */
	uint32_t *first;	/* random query i: alts [first[i], first[i+1]) */
	uint32_t nrandom;
	/* the deterministic queries' totals */
	double energy, flops, cost, correct, local, queries;
};

static void
route_values(const struct policy *pol, uint32_t q, const struct alt *a,
    struct mc_alt *m)
{
	const struct pool *p = pol->p;
	double e = 0, f = 0, c = 0;

	for (int k = 0; k <= p->nlocal; k++)
		if (a->ran >> k & 1) {
			e += p->m[k].c->energy[q];
			f += pool_flops(&p->m[k], q);
			c += pool_cost(&p->m[k], q);
		}
	m->energy = (float)e;
	m->flops = (float)f;
	m->cost = (float)c;
	m->correct = p->m[a->answer].c->correct[q];
	m->local = a->answer < p->nlocal;
}

static int
plan_grow(struct mc_plan *pl, size_t *cap, size_t need)
{
	struct mc_alt *n;

	if (need <= *cap)
		return 0;
	*cap = *cap ? *cap * 2 : 4096;
	while (*cap < need)
		*cap *= 2;
	n = realloc(pl->alt, *cap * sizeof(*n));
	if (n == NULL)
		return -1;
	pl->alt = n;
	return 0;
}

static int
plan_build(const struct policy *pol, const uint8_t *mask, struct mc_plan *pl)
{
	const struct pool *p = pol->p;
	struct alt a[POLICY_MAX_ALTS];
	size_t cap = 0, nalt = 0;

	memset(pl, 0, sizeof(*pl));
	pl->first = malloc(((size_t)p->nq + 1) * sizeof(*pl->first));
	if (pl->first == NULL)
		return -1;
	for (uint32_t q = 0; q < p->nq; q++) {
		int n;
		double cum = 0;
		if (p->skip[q] || (mask != NULL && !mask[q]))
			continue;
		n = policy_alts(pol, q, a);
		pl->queries++;
		if (n == 1) {
			struct mc_alt m;
			route_values(pol, q, &a[0], &m);
			pl->energy += m.energy;
			pl->flops += m.flops;
			pl->cost += m.cost;
			pl->correct += m.correct;
			pl->local += m.local;
			continue;
		}
		if (plan_grow(pl, &cap, nalt + (size_t)n) < 0)
			return -1;
		pl->first[pl->nrandom++] = (uint32_t)nalt;
		for (int i = 0; i < n; i++) {
			cum += a[i].p;
			route_values(pol, q, &a[i], &pl->alt[nalt]);
			pl->alt[nalt++].cum = i == n - 1 ? 2.0 : cum;
		}
	}
	pl->first[pl->nrandom] = (uint32_t)nalt;
	return 0;
}

int
stats_monte_carlo(const struct policy *pol, const uint8_t *mask,
    const struct account *base, gsl_rng *rng, int reps,
    struct interval_set *out, struct ipw_error *err)
{
	struct mc_plan pl;
	double *v = malloc((size_t)(reps > 0 ? reps : 1) * ST_NMETRICS *
	    sizeof(*v));

	memset(out, 0, sizeof(*out));
	if (v == NULL || plan_build(pol, mask, &pl) < 0) {
		free(v);
		return ipw_error_oom(err);
	}
	for (int r = 0; r < reps; r++) {
		double e = pl.energy, f = pl.flops, c = pl.cost;
		double ok = pl.correct, loc = pl.local;
		for (uint32_t i = 0; i < pl.nrandom; i++) {
			const struct mc_alt *m = &pl.alt[pl.first[i]];
			double u = gsl_rng_uniform(rng);
			while (u >= m->cum)
				m++;
			e += m->energy;
			f += m->flops;
			c += m->cost;
			ok += m->correct;
			loc += m->local;
		}
		v[0 * reps + r] = saving(e, base->total.energy_j);
		v[1 * reps + r] = saving(f, base->total.flops);
		v[2 * reps + r] = saving(c, base->total.cost_usd);
		v[3 * reps + r] = pl.queries > 0 ? ok / pl.queries : NAN;
		v[4 * reps + r] = pl.queries > 0 ? loc / pl.queries : NAN;
	}
	out->reps = reps;
	for (int k = 0; k < ST_NMETRICS; k++)
		summarize(v + (size_t)k * reps, reps, &out->mean[k],
		    &out->lo[k], &out->hi[k]);
	free(v);
	free(pl.alt);
	free(pl.first);
	return 0;
}

/* ---- bootstrap --------------------------------------------------------- */

uint64_t
stats_mix(uint64_t x)
{
	/* splitmix64's finalizer: a bijection that scrambles every bit. */
	x += 0x9e3779b97f4a7c15ull;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
	return x ^ (x >> 31);
}

int
stats_poisson1(uint32_t u)
{
	/* P(X <= k) for Poisson(1), times 2^32: e^-1 * sum 1/j!. */
	static const double cdf[] = { 0.36787944117144233,
		0.73575888234288467, 0.91969860292860584, 0.98101184312384626,
		0.99634015317265634, 0.99940581518321826, 0.99991675885164524,
		0.99998975080141338, 0.99999887479835299, 0.99999988857579045,
		0.99999998995353420 };
	double x = (u + 0.5) / 4294967296.0;
	int k = 0;

	while (k < 11 && x > cdf[k])
		k++;
	return k;
}

static uint64_t
hash_text(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	return h;
}

int
stats_bootstrap(const struct table *t, const uint8_t *mask,
    const uint8_t *skip, const struct account_vectors *base,
    const struct account_vectors *pol, int npol, int reps, uint64_t seed,
    struct interval_set *out, struct ipw_error *err)
{
	size_t nv = (size_t)(reps > 0 ? reps : 1) * 3 * (size_t)npol;
	double *v = malloc(nv * sizeof(*v));
	double *sum = calloc(3 * ((size_t)npol + 1), sizeof(*sum));
	uint64_t *key = malloc(((size_t)t->nq + 1) * sizeof(*key));

	if (v == NULL || sum == NULL || key == NULL) {
		free(v);
		free(sum);
		free(key);
		return ipw_error_oom(err);
	}
	for (uint32_t q = 0; q < t->nq; q++)
		key[q] = stats_mix(seed ^ hash_text(table_str(t, t->q_name[q])));
	for (int r = 0; r < reps; r++) {
		memset(sum, 0, 3 * ((size_t)npol + 1) * sizeof(*sum));
		for (uint32_t q = 0; q < t->nq; q++) {
			int w;
			if (skip[q] || (mask != NULL && !mask[q]))
				continue;
			w = stats_poisson1((uint32_t)(stats_mix(key[q] +
			    (uint64_t)r) >> 32));
			if (w == 0)
				continue;
			sum[0] += w * (double)base->energy[q];
			sum[1] += w * (double)base->flops[q];
			sum[2] += w * (double)base->cost[q];
			for (int i = 0; i < npol; i++) {
				double *s = sum + 3 * (i + 1);
				s[0] += w * (double)pol[i].energy[q];
				s[1] += w * (double)pol[i].flops[q];
				s[2] += w * (double)pol[i].cost[q];
			}
		}
		for (int i = 0; i < npol; i++)
			for (int k = 0; k < 3; k++)
				v[((size_t)i * 3 + k) * reps + r] = saving(
				    sum[3 * (i + 1) + k], sum[k]);
	}
	for (int i = 0; i < npol; i++) {
		out[i].reps = reps;
		for (int k = 0; k < 3; k++)
			summarize(v + ((size_t)i * 3 + k) * reps, reps,
			    &out[i].mean[k], &out[i].lo[k], &out[i].hi[k]);
	}
	free(v);
	free(sum);
	free(key);
	return 0;
}

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "stats.h"
#include "workers.h"

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
	double p;		/* probability */
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
			e += pool_energy(&p->m[k], q);
			f += pool_flops(&p->m[k], q);
			c += pool_cost(&p->m[k], q);
		}
	m->energy = (float)e;
	m->flops = (float)f;
	m->cost = (float)c;
	m->correct = table_correct(p->m[a->answer].c, q);
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

static void
plan_fixed(struct mc_plan *pl, const struct policy *pol, uint32_t q,
    const struct alt *a)
{
	struct mc_alt m;

	route_values(pol, q, a, &m);
	pl->energy += m.energy;
	pl->flops += m.flops;
	pl->cost += m.cost;
	pl->correct += m.correct;
	pl->local += m.local;
}

/* The plan of queries [q0, q1). */
static int
plan_build(const struct policy *pol, const uint8_t *mask, uint32_t q0,
    uint32_t q1, struct mc_plan *pl)
{
	const struct pool *p = pol->p;
	struct alt a[POLICY_MAX_ALTS];
	size_t cap = 0, nalt = 0;

	memset(pl, 0, sizeof(*pl));
	pl->first = malloc(((size_t)(q1 - q0) + 1) * sizeof(*pl->first));
	if (pl->first == NULL)
		return -1;
	for (uint32_t q = q0; q < q1; q++) {
		int n;
		if (p->skip[q] || (mask != NULL && !mask[q]))
			continue;
		n = policy_alts(pol, q, a);
		pl->queries++;
		if (n == 1) {
			plan_fixed(pl, pol, q, &a[0]);
			continue;
		}
		if (plan_grow(pl, &cap, nalt + (size_t)n) < 0)
			return -1;
		pl->first[pl->nrandom++] = (uint32_t)nalt;
		for (int i = 0; i < n; i++) {
			route_values(pol, q, &a[i], &pl->alt[nalt]);
			pl->alt[nalt++].p = a[i].p;
		}
	}
	pl->first[pl->nrandom] = (uint32_t)nalt;
	return 0;
}

/* Runs fn(a) here and fn(b) on a second thread, or after fn(a) when no
 * thread can be started: the results are the same either way. */
void
stats_run_pair(void *(*fn)(void *), void *a, void *b)
{
	struct workers w;
	int threaded = workers_start(&w, 1, fn, b) == 1;

	fn(a);
	if (threaded)
		workers_join(&w);
	else
		fn(b);
}

/* 64 uniform bits from any GSL generator: two raw outputs when it gives
 * exactly 32 bits (mt19937, taus2, ...), else from two scaled uniforms. */
static uint64_t
draw64(gsl_rng *rng, int raw)
{
	uint64_t hi, lo;

	if (raw) {
		hi = gsl_rng_get(rng);
		lo = gsl_rng_get(rng);
	} else {
		hi = (uint64_t)(gsl_rng_uniform(rng) * 4294967296.0);
		lo = (uint64_t)(gsl_rng_uniform(rng) * 4294967296.0);
	}
	return hi << 32 | lo;
}

/* 64 Bernoulli draws at once, one per bit (lane) of `lanes`: lane j is
 * set in the result with probability p, to 2^-32. Each lane compares a
 * uniform U, built bit by bit from the most significant end, with p's
 * binary expansion, and is decided at the first bit where they differ;
 * the 64 lanes stop together after about 8 bits rather than 32. */
static uint64_t
bernoulli64(gsl_rng *rng, int raw, double p, uint64_t lanes)
{
	uint64_t thr, undecided = lanes, less = 0;

	if (p >= 1)
		return lanes;
	if (p <= 0)
		return 0;
	thr = (uint64_t)(p * 4294967296.0);
	for (int i = 31; i >= 0 && undecided != 0; i--) {
		uint64_t w = draw64(rng, raw);
		if (thr >> i & 1) {
			less |= undecided & ~w;	/* U's bit 0 < p's 1 */
			undecided &= w;
		} else
			undecided &= ~w;	/* U's bit 1 > p's 0 */
	}
	return less;
}

/* Per replicate sums: energy, flops, cost, correct, local. */
#define MC_SUMS STATS_MC_SUMS

struct mc_job {
	const struct policy *pol;
	const uint8_t *mask;
	uint32_t q0, q1;	/* queries [q0, q1) */
	struct mc_plan pl;
	int failed;
	gsl_rng *rng;
	int reps;
	double *sum;		/* [reps][MC_SUMS] */
	double fixed[MC_SUMS];	/* added to every replicate */
};

/* Adds d to the sums of every replicate in lanes (block at base). */
static void
add_lanes(double *sum, int base, uint64_t lanes, const double *d)
{
	for (; lanes != 0; lanes &= lanes - 1) {
		double *s = sum + (size_t)(base + __builtin_ctzll(lanes)) *
		    MC_SUMS;
		for (int k = 0; k < MC_SUMS; k++)
			s[k] += d[k];
	}
}

/* The other routes of a query: what each adds to a replicate that takes
 * it instead of the most probable route, and the 32-bit thresholds that
 * pick one of them in proportion to its probability. */
struct mc_others {
	int n;
	int equal;		/* all equally likely: pick by multiply-shift */
	double d[POLICY_MAX_ALTS][MC_SUMS];
	uint32_t thr[POLICY_MAX_ALTS];
};

static void
others(const struct mc_alt *m, int n, int ref, struct mc_others *o)
{
	double out = 1 - m[ref].p, cum = 0;

	o->n = 0;
	o->equal = 1;
	for (int k = 0; k < n; k++) {
		double *d = o->d[o->n];
		if (k == ref)
			continue;
		d[0] = (double)m[k].energy - m[ref].energy;
		d[1] = (double)m[k].flops - m[ref].flops;
		d[2] = (double)m[k].cost - m[ref].cost;
		d[3] = (double)m[k].correct - m[ref].correct;
		d[4] = (double)m[k].local - m[ref].local;
		if (o->n > 0 && fabs(m[k].p - cum / o->n) > 1e-12)
			o->equal = 0;
		cum += m[k].p;
		o->thr[o->n++] = out <= 0 || cum >= out ? UINT32_MAX :
		    (uint32_t)(cum / out * 4294967296.0);
	}
}

/* One random query in every replicate, 64 replicates at a time. Every
 * replicate first takes the most probable route (added once, to fixed);
 * a Bernoulli draw per replicate decides which leave it, and those draw
 * which other route they take and add the difference. Few replicates
 * leave the most probable route, so little is added one by one. */
static void
mc_query(struct mc_job *j, const struct mc_alt *m, int n, int raw)
{
	struct mc_others o;
	int ref = 0;

	for (int k = 1; k < n; k++)
		if (m[k].p > m[ref].p)
			ref = k;
	j->fixed[0] += (double)m[ref].energy * j->reps;
	j->fixed[1] += (double)m[ref].flops * j->reps;
	j->fixed[2] += (double)m[ref].cost * j->reps;
	j->fixed[3] += (double)m[ref].correct * j->reps;
	j->fixed[4] += (double)m[ref].local * j->reps;
	others(m, n, ref, &o);
	for (int base = 0; base < j->reps; base += 64) {
		int width = j->reps - base < 64 ? j->reps - base : 64;
		uint64_t lanes = width == 64 ? ~0ull : (1ull << width) - 1;
		uint64_t leave = bernoulli64(j->rng, raw, 1 - m[ref].p, lanes);
		if (o.n == 1) {
			add_lanes(j->sum, base, leave, o.d[0]);
			continue;
		}
		for (; leave != 0; leave &= leave - 1) {
			uint32_t u = raw ? (uint32_t)gsl_rng_get(j->rng) :
			    (uint32_t)(gsl_rng_uniform(j->rng) * 4294967296.0);
			int k = 0;
			if (o.equal)
				k = (int)(((uint64_t)u * (uint64_t)o.n) >> 32);
			else
				while (k < o.n - 1 && u >= o.thr[k])
					k++;
			add_lanes(j->sum, base, leave & -leave, o.d[k]);
		}
	}
}

static void *
mc_work(void *arg)
{
	struct mc_job *j = arg;
	int raw = gsl_rng_min(j->rng) == 0 &&
	    gsl_rng_max(j->rng) == 0xffffffffUL;

	if (plan_build(j->pol, j->mask, j->q0, j->q1, &j->pl) < 0) {
		j->failed = 1;
		return NULL;
	}
	for (uint32_t i = 0; i < j->pl.nrandom; i++)
		mc_query(j, &j->pl.alt[j->pl.first[i]],
		    (int)(j->pl.first[i + 1] - j->pl.first[i]), raw);
	return NULL;
}

/* Adds the two halves' deterministic totals and replicate sums. */
static void
mc_totals(const struct mc_job *job, int reps, int r, double *t,
    double *queries)
{
	const double *a = job[0].sum + (size_t)r * MC_SUMS;
	const double *b = job[1].sum + (size_t)r * MC_SUMS;
	const struct mc_plan *x = &job[0].pl, *y = &job[1].pl;
	double fixed[MC_SUMS] = { x->energy + y->energy, x->flops + y->flops,
		x->cost + y->cost, x->correct + y->correct, x->local + y->local };

	for (int k = 0; k < MC_SUMS; k++)
		t[k] = fixed[k] + (job[0].fixed[k] + job[1].fixed[k]) / reps +
		    a[k] + b[k];
	*queries = x->queries + y->queries;
}

int
stats_mc_intervals(const double *totals, double queries,
    const struct account *base, int reps, struct interval_set *out)
{
	double *v = malloc((size_t)(reps > 0 ? reps : 1) * ST_NMETRICS *
	    sizeof(*v));

	if (v == NULL)
		return -1;
	for (int r = 0; r < reps; r++) {
		const double *t = totals + (size_t)r * MC_SUMS;
		v[0 * reps + r] = saving(t[0], base->total.energy_j);
		v[1 * reps + r] = saving(t[1], base->total.flops);
		v[2 * reps + r] = saving(t[2], base->total.cost_usd);
		v[3 * reps + r] = queries > 0 ? t[3] / queries : NAN;
		v[4 * reps + r] = queries > 0 ? t[4] / queries : NAN;
	}
	out->reps = reps;
	for (int k = 0; k < ST_NMETRICS; k++)
		summarize(v + (size_t)k * reps, reps, &out->mean[k],
		    &out->lo[k], &out->hi[k]);
	free(v);
	return 0;
}

int
stats_monte_carlo(const struct policy *pol, const uint8_t *mask,
    const struct account *base, gsl_rng *rng[2], int reps,
    struct interval_set *out, double *totals, double *nqueries,
    struct ipw_error *err)
{
	struct mc_job job[2];
	size_t n = (size_t)(reps > 0 ? reps : 1) * MC_SUMS;
	double *sum = calloc(2 * n, sizeof(*sum));
	double *tot = malloc(n * sizeof(*tot)), queries = 0;
	uint32_t nq = pol->p->nq;
	int failed;

	memset(out, 0, sizeof(*out));
	memset(job, 0, sizeof(job));
	if (sum == NULL || tot == NULL) {
		free(sum);
		free(tot);
		return ipw_error_oom(err);
	}
	/* The two halves of the queries are planned and drawn from their own
	 * generators, on two threads: the result does not depend on which
	 * thread runs first, or whether the second one could start. */
	for (int h = 0; h < 2; h++) {
		job[h].pol = pol;
		job[h].mask = mask;
		job[h].q0 = h ? nq / 2 : 0;
		job[h].q1 = h ? nq : nq / 2;
		job[h].rng = rng[h];
		job[h].reps = reps;
		job[h].sum = sum + h * n;
	}
	stats_run_pair(mc_work, &job[0], &job[1]);
	failed = job[0].failed || job[1].failed;
	for (int r = 0; r < reps && !failed; r++)
		mc_totals(job, reps, r, tot + (size_t)r * MC_SUMS, &queries);
	if (!failed)
		failed = stats_mc_intervals(tot, queries, base, reps, out) < 0;
	if (!failed && totals != NULL)
		memcpy(totals, tot, n * sizeof(*tot));
	if (nqueries != NULL)
		*nqueries = queries;
	for (int h = 0; h < 2; h++) {
		free(job[h].pl.alt);
		free(job[h].pl.first);
	}
	free(sum);
	free(tot);
	return failed ? ipw_error_oom(err) : 0;
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

/* Poisson(1) count of a 16-bit uniform: how many of the CDF's steps
 * (P(X <= k) x 65536, k = 0..7) it reaches. Counting compares keeps the
 * hot loop free of table loads; P(X >= 8) = 1e-5 is below the 16-bit
 * resolution anyway. Matches stats_poisson1 on u << 16 | 0x8000. */
int
stats_poisson16(uint32_t u)
{
	return (u >= 24109) + (u >= 48219) + (u >= 60273) + (u >= 64292) +
	    (u >= 65296) + (u >= 65497) + (u >= 65531) + (u >= 65535);
}

struct boot_job {
	const struct table *t;
	const uint8_t *mask, *skip;
	const struct account_vectors *base, *pol;
	int npol, r0, r1;
	const uint64_t *key;
	double *sum;		/* [r1 - r0][BOOT_PAD(3 (npol + 1))] */
};

/* Values per query rounded up to a multiple of 8, so the inner loop has a
 * fixed shape the compiler can unroll and vectorize. */
#define BOOT_PAD(n) (((n) + 7) / 8 * 8)
/* Queries summed in float before the block is added to the double sums:
 * float keeps the inner loop twice as wide, the blocks keep the rounding
 * error near 1e-6 of a sum. */
#define BOOT_BLOCK 4096

static void
boot_flush(struct boot_job *j, float *part, int nv)
{
	size_t n = (size_t)(j->r1 - j->r0) * nv;

	for (size_t i = 0; i < n; i++) {
		j->sum[i] += part[i];
		part[i] = 0;
	}
}

/* Replicates [r0, r1) over every query: each query's values are read
 * once and weighed by every replicate's draw. */
static void *
boot_work(void *arg)
{
	struct boot_job *j = arg;
	int nv = BOOT_PAD(3 * (j->npol + 1)), inblock = 0;
	float val[BOOT_PAD(3 * (REPORT_POLICIES_MAX + 1))] = { 0 };
	float *part = calloc((size_t)(j->r1 - j->r0) * nv + 1, sizeof(*part));

	if (part == NULL)
		return part;	/* the caller sees sum still zero: NaN intervals */
	for (uint32_t q = 0; q < j->t->nq; q++) {
		if (j->skip[q] || (j->mask != NULL && !j->mask[q]))
			continue;
		val[0] = j->base->energy[q];
		val[1] = j->base->flops[q];
		val[2] = j->base->cost[q];
		for (int i = 0; i < j->npol; i++) {
			val[3 * i + 3] = j->pol[i].energy[q];
			val[3 * i + 4] = j->pol[i].flops[q];
			val[3 * i + 5] = j->pol[i].cost[q];
		}
		for (int r = j->r0; r < j->r1; r += 4) {
			/* One 64-bit draw gives four replicates' weights. */
			uint64_t bits = stats_mix(j->key[q] + (uint64_t)(r / 4));
			for (int k = 0; k < 4 && r + k < j->r1; k++) {
				float w = (float)stats_poisson16((uint32_t)(bits >> (16 * k)) &
				    0xffff);
				float *s = part + (size_t)(r + k - j->r0) * nv;
				/* No test for w == 0: a third of the weights are
				 * zero, at random, and adding zeros costs less
				 * than the mispredicted branch. */
				for (int v = 0; v < nv; v += 8)
					for (int u = 0; u < 8; u++)
						s[v + u] += w * val[v + u];
			}
		}
		if (++inblock == BOOT_BLOCK) {
			boot_flush(j, part, nv);
			inblock = 0;
		}
	}
	boot_flush(j, part, nv);
	free(part);
	return NULL;
}

#define BOOT_THREADS 2

int
stats_bootstrap_intervals(const double *sum, int npol, int reps,
    struct interval_set *out)
{
	size_t nv = 3 * (size_t)(npol + 1);
	double *v = malloc((size_t)(reps > 0 ? reps : 1) * sizeof(*v));

	if (v == NULL)
		return -1;
	for (int i = 0; i < npol; i++) {
		out[i].reps = reps;
		for (int k = 0; k < 3; k++) {
			for (int r = 0; r < reps; r++)
				v[r] = saving(sum[(size_t)r * nv + 3 * (i + 1) +
				    k], sum[(size_t)r * nv + k]);
			summarize(v, reps, &out[i].mean[k], &out[i].lo[k],
			    &out[i].hi[k]);
		}
	}
	free(v);
	return 0;
}

int
stats_bootstrap(const struct table *t, const uint8_t *mask,
    const uint8_t *skip, const struct account_vectors *base,
    const struct account_vectors *pol, int npol, int reps, uint64_t seed,
    struct interval_set *out, double *sums, struct ipw_error *err)
{
	int nv = BOOT_PAD(3 * (npol + 1)), half = (reps / 2 + 3) / 4 * 4, rc;
	double *sum = calloc((size_t)(reps > 0 ? reps : 1) * (size_t)nv,
	    sizeof(*sum));
	uint64_t *key = malloc(((size_t)t->nq + 1) * sizeof(*key));
	struct boot_job job[BOOT_THREADS];

	if (sum == NULL || key == NULL || npol > REPORT_POLICIES_MAX) {
		free(sum);
		free(key);
		return ipw_error_oom(err);
	}
	for (uint32_t q = 0; q < t->nq; q++)
		key[q] = stats_mix(seed ^
		    strtab_hash64(table_query(t, q)));
	/* Two halves of the replicates (split on a multiple of four, the
	 * draw's unit), one on another thread. */
	for (int i = 0; i < BOOT_THREADS; i++) {
		job[i] = (struct boot_job){ t, mask, skip, base, pol, npol,
			i == 0 ? 0 : (half < reps ? half : reps),
			i == 0 ? (half < reps ? half : reps) : reps, key, NULL };
		job[i].sum = sum + (size_t)job[i].r0 * nv;
	}
	stats_run_pair(boot_work, &job[0], &job[1]);
	for (int r = 0; r < reps; r++)	/* unpadded, for the caller */
		memmove(sum + (size_t)r * 3 * (npol + 1), sum + (size_t)r * nv,
		    3 * (size_t)(npol + 1) * sizeof(*sum));
	rc = stats_bootstrap_intervals(sum, npol, reps, out);
	if (sums != NULL)
		memcpy(sums, sum, (size_t)reps * 3 * (size_t)(npol + 1) *
		    sizeof(*sum));
	free(sum);
	free(key);
	return rc < 0 ? ipw_error_oom(err) : 0;
}

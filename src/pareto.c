#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pareto.h"
#include "workers.h"

int
pareto_applies(const struct pool_options *o)
{
	return !o->drop_incomplete;
}

long
pareto_count(int nlocal, int max_subset, long limit)
{
	long total = 0, c = 1;

	for (int size = 1; size <= max_subset && size <= nlocal; size++) {
		c = c * (nlocal - size + 1) / size;
		if ((total += c) > limit)
			return -1;
	}
	return total;
}

/* The per-query values every subset reads, made once. */
struct prep {
	const struct pool *p;
	int n;			/* local members */
	int cost;
	double *key;		/* [member][q]: the rule's value, or INFINITY
				 * where the member cannot serve (not with
				 * --oracle smallest: its groups below) */
	double *x;		/* [member][q], the cloud last: energy or cost */
	uint8_t *cloud_ok;	/* the cloud's answer is correct */
	uint64_t *sets;
	struct pareto_point *out;
	size_t nsets;
	int threads;
	/* --oracle smallest: the queries grouped by the set of members
	 * that can serve them, as bits by size rank (the oracle serves a
	 * group by its lowest bit in the subset) */
	int grouped;
	int member_of_rank[64];
	size_t ngroups;
	uint64_t *gmask;
	double *gcount, *gcloud_x, *gcloud_ok;
	size_t *goff;		/* into gx: one sum per member of the group */
	double *gx;
};

/* One subset from the groups: each group's sums go to the member of
 * the subset with the lowest size rank that can serve it, or to the
 * cloud. */
static void
evaluate_grouped(const struct prep *pr, size_t i)
{
	double queries[65] = { 0 }, correct[65] = { 0 }, x[65] = { 0 };
	struct pareto_point *o = &pr->out[i];
	uint64_t by_rank = 0;
	int n = pr->n;

	for (int r = 0; r < n; r++)
		if (pr->sets[i] >> pr->member_of_rank[r] & 1)
			by_rank |= UINT64_C(1) << r;
	for (size_t g = 0; g < pr->ngroups; g++) {
		uint64_t hit = pr->gmask[g] & by_rank;
		if (hit != 0) {
			int r = __builtin_ctzll(hit);
			int m = pr->member_of_rank[r];
			/* the group's sums are stored by rank, lowest first */
			int pos = __builtin_popcountll(pr->gmask[g] &
			    ((UINT64_C(1) << r) - 1));
			queries[m] += pr->gcount[g];
			correct[m] += pr->gcount[g];
			x[m] += pr->gx[pr->goff[g] + (size_t)pos];
		} else {
			queries[n] += pr->gcount[g];
			correct[n] += pr->gcloud_ok[g];
			x[n] += pr->gcloud_x[g];
		}
	}
	o->set = pr->sets[i];
	o->queries = o->correct = o->x = 0;
	for (int k = 0; k <= n; k++)
		if (k == n || (pr->sets[i] >> k & 1)) {
			o->queries += queries[k];
			o->correct += correct[k];
			o->x += x[k];
		}
}

/* One subset: the oracle per query among its members, then the sums,
 * per member over the queries and then over the members. */
static void
evaluate(const struct prep *pr, size_t i)
{
	const struct pool *p = pr->p;
	const size_t nq = p->nq;
	int mem[64], nm = 0;
	double queries[65] = { 0 }, correct[65] = { 0 }, x[65] = { 0 };
	struct pareto_point *o = &pr->out[i];

	for (int k = 0; k < pr->n; k++)
		if (pr->sets[i] >> k & 1)
			mem[nm++] = k;
	for (uint32_t q = 0; q < p->nq; q++) {
		int best = -1;
		double v = INFINITY;
		if (p->skip[q])
			continue;
		for (int j = 0; j < nm; j++) {
			double w = pr->key[(size_t)mem[j] * nq + q];
			if (w < v) {
				v = w;
				best = j;
			}
		}
		if (best >= 0) {
			queries[best] += 1;
			correct[best] += 1;
			x[best] += pr->x[(size_t)mem[best] * nq + q];
		} else {
			queries[nm] += 1;
			correct[nm] += pr->cloud_ok[q];
			x[nm] += pr->x[(size_t)pr->n * nq + q];
		}
	}
	o->set = pr->sets[i];
	o->queries = o->correct = o->x = 0;
	for (int j = 0; j <= nm; j++) {
		o->queries += queries[j];
		o->correct += correct[j];
		o->x += x[j];
	}
}

/* Worker id's share of the subsets: every threads-th from id. */
static void
work(void *arg, int id)
{
	const struct prep *pr = arg;

	for (size_t i = (size_t)id; i < pr->nsets; i += (size_t)pr->threads) {
		if (pr->grouped)
			evaluate_grouped(pr, i);
		else
			evaluate(pr, i);
	}
}

/* Member k's energy (or cost) at query q, as the oracle charges it; 0
 * without a record. */
static double
cell_x(const struct prep *pr, int k, uint32_t q)
{
	const struct pool_member *m = &pr->p->m[k];

	return !table_has(m->c, q) ? 0 : pr->cost ? pool_cost(m, q) :
	    pool_energy(m, q);
}

/* A query and the set of members that can serve it. */
struct served {
	uint64_t mask;
	uint32_t q;
};

/* By set, then by query: a group's queries stay in query order. */
static int
by_mask(const void *a, const void *b)
{
	const struct served *x = a, *y = b;

	if (x->mask != y->mask)
		return x->mask < y->mask ? -1 : 1;
	return x->q < y->q ? -1 : x->q > y->q;
}

/* The groups of --oracle smallest: every query's set of members that
 * can serve it (by rank), and per group its count, per member its sum
 * of x over the group's queries (in query order), the cloud's sum and
 * its correct answers. */
static int
group(struct prep *pr, const int *order, struct ipw_error *err)
{
	const struct pool *p = pr->p;
	const size_t nq = p->nq;
	struct served *u = malloc((nq + 1) * sizeof(*u));
	size_t nk = 0, sums = 0;
	int rc = 0;

	for (int r = 0; r < pr->n; r++)
		pr->member_of_rank[r] = order[r];
	if (u == NULL) {
		rc = ipw_error_oom(err);
		goto out;
	}
	for (uint32_t q = 0; q < p->nq; q++) {
		uint64_t m = 0;
		if (p->skip[q])
			continue;
		for (int r = 0; r < pr->n; r++)
			if (route_oracle_usable(&p->m[order[r]], q))
				m |= UINT64_C(1) << r;
		u[nk++] = (struct served){ m, q };
	}
	qsort(u, nk, sizeof(*u), by_mask);
	for (size_t i = 0; i < nk; i++)
		if (i == 0 || u[i].mask != u[i - 1].mask) {
			pr->ngroups++;
			sums += (size_t)__builtin_popcountll(u[i].mask);
		}
	pr->gmask = calloc(pr->ngroups + 1, sizeof(*pr->gmask));
	pr->gcount = calloc(pr->ngroups + 1, sizeof(double));
	pr->gcloud_x = calloc(pr->ngroups + 1, sizeof(double));
	pr->gcloud_ok = calloc(pr->ngroups + 1, sizeof(double));
	pr->goff = calloc(pr->ngroups + 1, sizeof(*pr->goff));
	pr->gx = calloc(sums + 1, sizeof(double));
	if (pr->gmask == NULL || pr->gcount == NULL || pr->gcloud_x == NULL ||
	    pr->gcloud_ok == NULL || pr->goff == NULL || pr->gx == NULL) {
		rc = ipw_error_oom(err);
		goto out;
	}
	for (size_t i = 0, g = (size_t)-1, off = 0; i < nk; i++) {
		uint32_t q = u[i].q;
		uint64_t m = u[i].mask;
		int pos = 0;
		if (i == 0 || m != u[i - 1].mask) {
			g++;
			pr->gmask[g] = m;
			pr->goff[g] = off;
			off += (size_t)__builtin_popcountll(m);
		}
		pr->gcount[g] += 1;
		pr->gcloud_x[g] += cell_x(pr, pr->n, q);
		pr->gcloud_ok[g] += pr->cloud_ok[q];
		for (int r = 0; r < pr->n; r++)
			if (m >> r & 1)
				pr->gx[pr->goff[g] + (size_t)pos++] +=
				    cell_x(pr, order[r], q);
	}
	pr->grouped = 1;
out:
	free(u);
	return rc;
}

static int
prepare(struct prep *pr, const struct pool *p, enum oracle_rule rule,
    int cost, struct ipw_error *err)
{
	const size_t nq = p->nq;
	int order[POOL_MAX];

	pr->p = p;
	pr->n = p->nlocal;
	pr->cost = cost;
	if (route_oracle_check(p, rule, err) < 0)
		return -1;
	/* per query, for a pass per subset; --oracle smallest sums groups
	 * once instead and needs neither */
	if (rule != ORACLE_SMALLEST) {
		pr->key = malloc(((size_t)pr->n * nq + 1) * sizeof(double));
		pr->x = malloc(((size_t)(pr->n + 1) * nq + 1) * sizeof(double));
	}
	pr->cloud_ok = malloc(nq + 1);
	if ((rule != ORACLE_SMALLEST && (pr->key == NULL || pr->x == NULL)) ||
	    pr->cloud_ok == NULL)
		return ipw_error_oom(err);
	for (int k = 0; pr->key != NULL && k < pr->n; k++)
		for (uint32_t q = 0; q < p->nq; q++)
			pr->key[(size_t)k * nq + q] = route_oracle_usable(
			    &p->m[k], q) ? route_oracle_key(&p->m[k], rule, q) :
			    INFINITY;
	for (int k = 0; pr->x != NULL && k <= pr->n; k++)
		for (uint32_t q = 0; q < p->nq; q++)
			pr->x[(size_t)k * nq + q] = cell_x(pr, k, q);
	for (uint32_t q = 0; q < p->nq; q++)
		pr->cloud_ok[q] = route_oracle_usable(&p->m[pr->n], q);
	if (rule != ORACLE_SMALLEST)
		return 0;
	pool_size_order(p, order);
	return group(pr, order, err);
}

int
pareto_oracle(const struct pool *p, enum oracle_rule rule, int max_subset,
    int cost, int threads, struct pareto_point **out, size_t *n,
    struct ipw_error *err)
{
	struct prep pr;
	long count;
	size_t k = 0;
	int rc;

	memset(&pr, 0, sizeof(pr));
	*out = NULL;
	*n = 0;
	if (p->nlocal > 62)
		return ipw_error_set(err, IPW_EX_USAGE, "pareto: %d local "
		    "configurations; name at most 62 with --local", p->nlocal);
	count = pareto_count(p->nlocal, max_subset, 1L << 40);
	pr.sets = malloc(((size_t)count + 1) * sizeof(*pr.sets));
	pr.out = calloc((size_t)count + 1, sizeof(*pr.out));
	if (pr.sets == NULL || pr.out == NULL) {
		rc = ipw_error_oom(err);
		goto done;
	}
	/* increasing size, then increasing bits: Gosper's next subset */
	for (int size = 1; size <= max_subset && size <= p->nlocal; size++)
		for (uint64_t s = (UINT64_C(1) << size) - 1;
		    s < (UINT64_C(1) << p->nlocal);) {
			uint64_t c = s & -s, r = s + c;
			pr.sets[k++] = s;
			s = (((r ^ s) >> 2) / c) | r;
		}
	pr.nsets = k;
	if ((rc = prepare(&pr, p, rule, cost, err)) < 0)
		goto done;
	pr.threads = threads < 1 ? 1 : threads > WORKERS_MAX ? WORKERS_MAX :
	    threads;
	workers_run(pr.threads, work, &pr);
	*out = pr.out;
	*n = pr.nsets;
	pr.out = NULL;
	rc = 0;
done:
	free(pr.sets);
	free(pr.out);
	free(pr.key);
	free(pr.x);
	free(pr.cloud_ok);
	free(pr.gmask);
	free(pr.gcount);
	free(pr.gcloud_x);
	free(pr.gcloud_ok);
	free(pr.goff);
	free(pr.gx);
	return rc;
}

#include "config.h"

#include <math.h>
#include <string.h>

#include "account.h"

static void
add_sums(struct account_sums *to, const struct account_sums *from)
{
	to->queries += from->queries;
	to->correct += from->correct;
	to->energy_j += from->energy_j;
	to->flops += from->flops;
	to->cost_usd += from->cost_usd;
	to->latency_s += from->latency_s;
	to->with_latency += from->with_latency;
	to->cloud_calls += from->cloud_calls;
	to->waste_energy_j += from->waste_energy_j;
	to->waste_flops += from->waste_flops;
	to->waste_cost_usd += from->waste_cost_usd;
	prov_sums_add(&to->prov, &from->prov);
	/* A member that did no work adds no carbon, even where its side has
	 * no grid intensity (NaN). */
	if (from->energy_j > 0)
		to->carbon_kg += from->carbon_kg;
}

static int
latency_bin(double latency)
{
	int e;
	double m = frexp(latency, &e);	/* latency = m 2^e, m in [0.5, 1) */
	int b;

	if (!(latency > 0) || e - 1 < LAT_MIN_EXP)
		return 0;
	b = ((e - 1 - LAT_MIN_EXP) << LAT_BITS) +
	    (int)((2 * m - 1) * (1 << LAT_BITS));
	return b < LAT_BINS ? b : LAT_BINS - 1;
}

void
account_latency_add(double *hist, double latency, double w)
{
	hist[latency_bin(latency)] += w;
}

double
account_latency_quantile(const struct account *a, double q)
{
	double total = 0, run = 0;

	for (int b = 0; b < LAT_BINS; b++)
		total += a->lat_hist[b];
	if (total <= 0)
		return NAN;
	for (int b = 0; b < LAT_BINS; b++) {
		run += a->lat_hist[b];
		if (run >= q * total) {
			/* The middle of the bin. */
			int e = (b >> LAT_BITS) + LAT_MIN_EXP;
			double m = 1 + ((b & ((1 << LAT_BITS) - 1)) + 0.5) /
			    (1 << LAT_BITS);
			return ldexp(m, e);
		}
	}
	return NAN;
}

/* Charges one alternative of query q, with weight w = its probability:
 * every member that ran, and the answer to the member that gave it. */
static void
charge(struct account *a, const struct pool *p, uint32_t q,
    const struct alt *alt, float *e, float *f, float *c)
{
	double lat = 0, w = alt->p;
	int have_lat = 1, ans = alt->answer;
	struct account_sums *s = &a->member[ans];

	s->queries += w;
	s->correct += w * table_correct(p->m[ans].c, q);
	for (uint64_t ran = alt->ran; ran != 0; ran &= ran - 1) {
		int k = __builtin_ctzll(ran);
		const struct pool_member *r = &p->m[k];
		struct account_sums *rs = &a->member[k];
		double ek = pool_energy(r, q), fk = pool_flops(r, q);
		double ck = pool_cost(r, q), lk = pool_latency(r, q);
		rs->energy_j += w * ek;
		pool_energy_provenance(r, q, w, &rs->prov);
		rs->flops += w * fk;
		rs->cost_usd += w * ck;
		*e += (float)(w * ek);
		*f += (float)(w * fk);
		*c += (float)(w * ck);
		if (k == p->nlocal)
			rs->cloud_calls += w;
		else if (!table_correct(r->c, q)) {
			rs->waste_energy_j += w * ek;
			rs->waste_flops += w * fk;
			rs->waste_cost_usd += w * ck;
		}
		rs->carbon_kg += w * ek * r->grid;
		rs->run_latency_s += w * lk;
		if (!isnan(lk))
			lat += lk;
		else
			have_lat = 0;
	}
	if (have_lat) {
		s->latency_s += w * lat;
		s->with_latency += w;
		account_latency_add(a->lat_hist, lat, w);
	}
}

int
account_policy(const struct policy *pol, const uint8_t *mask,
    struct account *a, struct account_vectors *v, struct ipw_error *err)
{
	const struct pool *p = pol->p;
	struct alt alts[POLICY_MAX_ALTS];

	(void)err;
	memset(a, 0, sizeof(*a));
	a->nmembers = p->nlocal + 1;
	for (uint32_t q = 0; q < p->nq; q++) {
		float e = 0, f = 0, c = 0;
		if (p->skip[q] || (mask != NULL && !mask[q]))
			continue;
		for (int i = 0, n = policy_alts(pol, q, alts); i < n; i++)
			charge(a, p, q, &alts[i], &e, &f, &c);
		if (v != NULL && v->energy != NULL) {
			v->energy[q] = e;
			v->flops[q] = f;
			v->cost[q] = c;
		}
	}
	for (int k = 0; k < a->nmembers; k++) {
		struct account_sums *m = &a->member[k];
		/* Carbon is undefined on a side without a grid intensity; a
		 * member that did no work adds nothing either way. */
		if (isnan(p->m[k].grid))
			m->carbon_kg = NAN;
		add_sums(&a->total, m);
		if (k < p->nlocal)
			a->local_queries += a->member[k].queries;
	}
	return 0;
}

void
account_run(const struct pool *p, const uint8_t *assign, struct account *a)
{
	struct policy pol;

	/* The oracle policy serves each query by its oracle[] entry: give
	 * it the assignment instead. */
	memset(&pol, 0, sizeof(pol));
	pol.spec.kind = POL_ORACLE;
	pol.p = p;
	pol.oracle = assign;	/* ROUTE_SKIP rows are the pool's skipped ones */
	account_policy(&pol, NULL, a, NULL, NULL);
}

double
account_saving(double policy, double baseline)
{
	return baseline > 0 ? 1 - policy / baseline : NAN;
}

/* Accounting: what a policy costs, per pool member and in total, as the
 * expectation over each query's alternatives (exact for deterministic
 * policies). Counts are expected counts, hence doubles. */
#ifndef IPW_ACCOUNT_H
#define IPW_ACCOUNT_H

#include <stdint.h>

#include "error.h"
#include "policy.h"
#include "prov.h"
#include "route.h"

/* Latency quantiles come from a histogram keyed by a latency's binary
 * exponent and the top 8 bits of its mantissa: 256 bins per octave from
 * 2^-14 s (61 us) to 2^17 s (36 h), so a quantile is within 0.4% of the
 * exact one; latencies outside that range land in the end bins. */
#define LAT_MIN_EXP -14
#define LAT_OCTAVES 31
#define LAT_BITS 8
#define LAT_BINS (LAT_OCTAVES << LAT_BITS)

struct account_sums {
	double queries;		/* answered (per member) or scored (total) */
	double correct;
	double energy_j;	/* all work charged, failed attempts too */
	double flops;
	double cost_usd;
	double latency_s;	/* over the queries that have a latency */
	double with_latency;
	double cloud_calls;	/* queries that ran in the cloud */
	double waste_energy_j;	/* local attempts whose answer was wrong */
	double waste_flops;
	double waste_cost_usd;
	double carbon_kg;	/* NaN unless grid intensities are given */
	double run_latency_s;	/* latency of every run, charged to the
				 * member that ran (NaN if one is missing):
				 * the sweep's linear energy needs it */
	struct prov_sums prov;	/* energy_j by source and by scope */
};

struct account {
	int nmembers;		/* pool->nlocal + 1; the last is the cloud */
	struct account_sums member[POOL_MAX + 1];
	struct account_sums total;
	double local_queries;	/* answered by a local member */
	double lat_hist[LAT_BINS];	/* weight of queries by latency */
};

/* Per-query expected energy, FLOPs and cost, for the bootstrap; NULL
 * arrays are not filled. */
struct account_vectors {
	float *energy, *flops, *cost;
};

/* Sums the policy over the queries with mask[q] set and not skipped by
 * the pool. */
int account_policy(const struct policy *pol, const uint8_t *mask,
    struct account *a, struct account_vectors *v, struct ipw_error *err);
/* A fixed assignment (ROUTE_SKIP rows left out), as the deterministic
 * policy that serves each query by its assigned member. */
void account_run(const struct pool *p, const uint8_t *assign,
    struct account *a);
/* 1 - policy / baseline; NaN when the baseline is 0. */
double account_saving(double policy, double baseline);
/* The q-quantile (0..1) of latency; NaN without latencies. */
double account_latency_quantile(const struct account *a, double q);
/* Adds a latency of weight w to a histogram. */
void account_latency_add(double *hist, double latency, double w);

#endif

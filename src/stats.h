/* Uncertainty: Monte Carlo over a random policy's routes, and a bootstrap
 * over queries of the savings. */
#ifndef IPW_STATS_H
#define IPW_STATS_H

#include <stdint.h>

#include <gsl/gsl_rng.h>

#include "account.h"
#include "policy.h"

/* The most policies one bootstrap weighs at once. */
#define REPORT_POLICIES_MAX 32

enum { ST_ENERGY, ST_COMPUTE, ST_COST, ST_QUALITY, ST_LOCAL, ST_NMETRICS };

/* Mean and central 95% interval (2.5th and 97.5th percentiles) of each
 * metric over replicates: savings (energy, compute, cost) against the
 * baseline, quality, local share. */
struct interval_set {
	int reps;
	double mean[ST_NMETRICS], lo[ST_NMETRICS], hi[ST_NMETRICS];
};

/* Samples one route per query per replicate over the queries with
 * mask[q] set and not skipped: the first half of the random queries from
 * rng[0], the second from rng[1] (two threads). base: the baseline's
 * totals on the same queries. */
int stats_monte_carlo(const struct policy *pol, const uint8_t *mask,
    const struct account *base, gsl_rng *rng[2], int reps,
    struct interval_set *out, double *totals, double *queries,
    struct ipw_error *err);
/* Replicate totals of the Monte Carlo: energy, flops, cost, correct,
 * local; stats_monte_carlo fills totals (reps x STATS_MC_SUMS) and the
 * queries they are over when not NULL. Totals of query shards add up to
 * a Monte Carlo of their union (other draws than an unsharded run's). */
#define STATS_MC_SUMS 5
int stats_mc_intervals(const double *totals, double queries,
    const struct account *base, int reps, struct interval_set *out);

/* Poisson bootstrap of the savings 1 - sum(policy) / sum(baseline) over
 * queries: replicate r weighs query q by a Poisson(1) count drawn from a
 * counter-based generator keyed by (seed, query id, r), so the weights do
 * not depend on the order or the split of the queries. Runs on two
 * threads. Fills lo/hi of ST_ENERGY..ST_COST for each policy (at most
 * REPORT_POLICIES_MAX). */
int stats_bootstrap(const struct table *t, const uint8_t *mask,
    const uint8_t *skip, const struct account_vectors *base,
    const struct account_vectors *pol, int npol, int reps, uint64_t seed,
    struct interval_set *out, double *sums, struct ipw_error *err);
/* The intervals from replicate sums: sums[r][3 (i + 1) + k] is policy i's
 * metric k in replicate r, sums[r][k] the baseline's; sums of query
 * shards add up to the sums of their union, which is what makes the
 * bootstrap of a sharded run mergeable. stats_bootstrap fills sums
 * (reps x 3 (npol + 1)) when it is not NULL. -1 when out of memory. */
int stats_bootstrap_intervals(const double *sums, int npol, int reps,
    struct interval_set *out);

/* Runs fn(a) here and fn(b) on a second thread, or after fn(a) when no
 * thread can be started: the results are the same either way. */
void stats_run_pair(void *(*fn)(void *), void *a, void *b);

/* Poisson(1) count from 32 uniform bits (exposed for the tests). */
int stats_poisson1(uint32_t u);
/* The same from 16 bits, as the bootstrap draws it. */
int stats_poisson16(uint32_t u);
uint64_t stats_mix(uint64_t x);

#endif

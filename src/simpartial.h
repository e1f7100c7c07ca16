/* The partial result of a query shard of ipwsim simulate (--shard K/N),
 * and merging partials into the report the unsharded run writes. A
 * partial holds what adds up over disjoint sets of queries: every
 * policy's sums and latency histogram, the bootstrap's replicate sums
 * (whose Poisson weights are keyed by query id, so they do not depend on
 * the split), the Monte Carlo's replicate totals, and the local members'
 * correct answers. */
#ifndef IPW_SIMPARTIAL_H
#define IPW_SIMPARTIAL_H

#include <stdio.h>

#include "error.h"
#include "report.h"
#include "sim.h"

/* The first bytes of every partial, by which merge tells them apart. */
#define SIMPARTIAL_MAGIC "{\"ipwsim_simulate_partial\""

/* Writes s, shard k (1-based) of n, as one JSON document. */
int simpartial_write(const struct sim *s, const struct sim_options *o,
    long k, long n, FILE *fp);

struct simpartial;

/* Merges the partials in files (every shard of one run exactly once);
 * NULL on error, which names the file: partials of other runs, versions
 * or shard counts, a shard missing or given twice (65), an unreadable
 * file (66). */
struct simpartial *simpartial_merge(char **files, int nfiles,
    struct ipw_error *err);
/* The merged report, as simulate writes it. */
const struct report *simpartial_report(const struct simpartial *g);
void simpartial_free(struct simpartial *g);

#endif

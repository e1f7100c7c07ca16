/* The oracle over every small subset of a pool's local members, without
 * a simulation per subset: the per-query values are computed once for
 * the whole pool. With --oracle smallest the queries are grouped by the
 * set of members that can serve them (at most 2^members groups), each
 * group's sums made once, and a subset costs one pass over the groups:
 * each goes to the subset's smallest member in it, or to the cloud.
 * With another rule each subset is one pass over the queries. The
 * subsets are shared among threads; each subset's sums are made in one
 * fixed order, so the numbers do not depend on the threads (they agree
 * with a simulation of the subset's pool to rounding: the same terms,
 * added in another order). */
#ifndef IPW_PARETO_H
#define IPW_PARETO_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "route.h"

struct pareto_point {
	uint64_t set;		/* the subset: bit i, local member i */
	double queries;		/* scored */
	double correct;		/* answered correctly */
	double x;		/* energy (J) or cost (USD), summed */
};

/* Whether the pool's oracle on a subset is what a simulation of the
 * subset's pool would give: not when dropping incomplete queries
 * depends on the members (--drop-incomplete). */
int pareto_applies(const struct pool_options *o);
/* Every subset of 1 to max_subset of p's local members (at most 62), in
 * increasing size, then increasing bit pattern, with the oracle's sums
 * by rule (x: cost when cost != 0, else energy). *out is allocated
 * (free it), *n its length. IPW_EX_DATAERR as route_oracle for
 * --oracle smallest without parameter counts. */
int pareto_oracle(const struct pool *p, enum oracle_rule rule,
    int max_subset, int cost, int threads, struct pareto_point **out,
    size_t *n, struct ipw_error *err);
/* How many subsets that is, or -1 when more than limit. */
long pareto_count(int nlocal, int max_subset, long limit);

#endif

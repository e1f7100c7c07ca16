/* budget:X, the router that searches: of the candidate heuristics
 * (domain thresholds, length, each local configuration alone,
 * size-cascade, random shares), the one saving the most energy on the
 * calibration queries while keeping their quality at least X times the
 * cloud's there. Its search accounts every candidate, so it sits above
 * both policy.c and account.c (which routes by policy_alts). */
#ifndef IPW_BUDGET_H
#define IPW_BUDGET_H

#include "policy.h"

/* policy_init for any spec; a budget:X spec becomes its winner, fitted
 * the same way, named "budget:X=WINNER" (cloud-only when no candidate
 * keeps the quality). */
int budget_policy_init(struct policy *pol, const struct policy_spec *spec,
    const struct policy_params *params, const struct pool *p,
    const struct table *t, const uint8_t *oracle, const uint8_t *calib,
    struct ipw_error *err);

#endif

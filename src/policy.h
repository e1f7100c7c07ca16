/* Routing policies as distributions over routes.
 *
 * For each query a policy gives one or more alternatives, each with a
 * probability: which pool members ran (a local attempt, a cloud run, or
 * both when a failed local attempt falls back) and whose answer was
 * returned. Deterministic policies give one alternative. Accounting takes
 * the expectation over the alternatives (the closed form) or samples one
 * (Monte Carlo); the same description serves both, so they cannot
 * disagree about what a route costs.
 *
 * Router-accuracy models (ALPHA in [0,1]):
 *   paper:ALPHA    a share ALPHA of the oracle's local assignments happen,
 *                  the rest go to the cloud; nothing is wasted.
 *   cascade:ALPHA  a local-or-cloud decision per query with accuracy ALPHA
 *                  (false-local and false-cloud rates settable); a query
 *                  wrongly sent local runs on the router's local pick,
 *                  fails, and is re-run in the cloud when the failure is
 *                  detected (rate --detect), both runs charged.
 *   mixture:ALPHA  the oracle's route with probability ALPHA, else a
 *                  uniformly random configuration of the pool that has a
 *                  record for the query; its answer stands.
 * Heuristics a deployment could run (fitted on a calibration split):
 *   domain[:T], length[:N], single:CONFIG, size-cascade, random:P,
 *   budget:X. A local attempt that fails falls back to the cloud when
 *   detected, charging both (as cascade). */
#ifndef IPW_POLICY_H
#define IPW_POLICY_H

#include <stdint.h>

#include "error.h"
#include "route.h"
#include "table.h"

enum policy_kind {
	POL_CLOUD,
	POL_ORACLE,
	POL_PAPER,
	POL_CASCADE,
	POL_MIXTURE,
	POL_DOMAIN,
	POL_LENGTH,
	POL_SINGLE,
	POL_SIZE_CASCADE,
	POL_RANDOM,
	POL_BUDGET,
};

/* One route a query may take. */
struct alt {
	double p;	/* probability */
	uint64_t ran;	/* bit k: pool member k ran (cloud = bit nlocal) */
	uint8_t answer;	/* pool member whose answer is returned */
};

/* At most: every local member, its fall-back, and the cloud. */
#define POLICY_MAX_ALTS (2 * POOL_MAX + 2)

struct policy_spec {
	enum policy_kind kind;
	double arg;		/* ALPHA, T, N, P or X; NaN when not given */
	char config[256];	/* single:CONFIG */
	char text[300];		/* as written, for the report */
};

/* Error rates of the cascade router; NaN = 1 - alpha. */
struct policy_params {
	double fp;		/* P(router says local | no local is correct) */
	double fn;		/* P(router says cloud | a local is correct) */
	double detect;		/* P(a failed local answer is caught) */
	int attempt_smallest;	/* cascade: a false "local" tries the
				 * smallest local model, not the oracle's
				 * mix of local picks */
};

struct policy {
	struct policy_spec spec;
	char name[320];		/* report label, with fitted choices */
	struct policy_params params;
	const struct pool *p;
	const struct table *t;
	const uint8_t *oracle;	/* oracle route per query */
	int order[POOL_MAX];	/* local members by size, then pool order */
	/* fitted or resolved */
	uint8_t *by_domain;	/* string id of a domain -> member; nlocal =
				 * cloud; indexed by table string ids */
	uint32_t nby_domain;
	uint8_t no_domain;	/* route for queries without a domain */
	double threshold;	/* domain accuracy T, or length N */
	int member;		/* length, single: the local member used */
	int random;		/* some query has more than one alternative */
	double mix[POOL_MAX];	/* cascade: share of the oracle's local
				 * picks per member (sums to 1, or all 0) */
};

/* Parses a --router SPEC. IPW_EX_USAGE on an unknown name or a bad
 * argument. */
int policy_parse(const char *s, struct policy_spec *spec,
    struct ipw_error *err);
/* Binds a spec to a pool and an oracle assignment and fits heuristics on
 * the queries with calib[q] set (calib may be NULL when no heuristic
 * needs it). Not budget:X, whose search accounts candidates: see
 * budget_policy_init (budget.h). IPW_EX_USAGE for a spec that cannot apply (an unknown
 * configuration); IPW_EX_DATAERR for a trace that lacks what it needs (no
 * domain for domain:). */
int policy_init(struct policy *pol, const struct policy_spec *spec,
    const struct policy_params *params, const struct pool *p,
    const struct table *t, const uint8_t *oracle, const uint8_t *calib,
    struct ipw_error *err);
void policy_release(struct policy *pol);
/* The alternatives of query q; returns how many (>= 1). */
int policy_alts(const struct policy *pol, uint32_t q, struct alt *alts);
/* Does the policy need a calibration split? */
int policy_needs_fit(const struct policy_spec *spec);

#endif

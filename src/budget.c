#include "config.h"

#include <stdio.h>
#include <string.h>

#include "account.h"
#include "budget.h"

/* The specs a budget:X search tries: domain thresholds, length, each
 * local configuration alone, size-cascade, random shares. */
static int
budget_candidates(const struct pool *p, struct policy_spec *out,
    int max)
{
	static const double ts[] = { 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99 };
	static const double ps[] = { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
		0.9 };
	struct ipw_error err;
	char buf[320];
	int n = 0;

	for (size_t i = 0; i < sizeof(ts) / sizeof(ts[0]) && n < max; i++) {
		snprintf(buf, sizeof(buf), "domain:%g", ts[i]);
		policy_parse(buf, &out[n++], &err);
	}
	if (n < max)
		policy_parse("length", &out[n++], &err);
	for (int k = 0; k < p->nlocal && n < max; k++) {
		snprintf(buf, sizeof(buf), "single:%s", p->m[k].name);
		policy_parse(buf, &out[n++], &err);
	}
	if (n < max)
		policy_parse("size-cascade", &out[n++], &err);
	for (size_t i = 0; i < sizeof(ps) / sizeof(ps[0]) && n < max; i++) {
		snprintf(buf, sizeof(buf), "random:%g", ps[i]);
		policy_parse(buf, &out[n++], &err);
	}
	return n;
}

/* The winner's spec of budget:x on the calibration queries. */
static int
search(struct policy_spec *best_spec, double x,
    const struct policy_params *params, const struct pool *p,
    const struct table *t, const uint8_t *oracle, const uint8_t *calib,
    struct ipw_error *err)
{
	struct policy_spec cand[64];
	struct policy trial, base;
	struct account a, b;
	double best = 0;
	int n = budget_candidates(p, cand, 64);

	policy_parse("cloud-only", best_spec, err);
	if (policy_init(&base, best_spec, params, p, t, oracle, calib,
	    err) < 0 || account_policy(&base, calib, &b, NULL, err) < 0)
		return -1;
	policy_release(&base);
	for (int i = 0; i < n; i++) {
		if (policy_init(&trial, &cand[i], params, p, t, oracle, calib,
		    err) < 0)
			return -1;
		if (account_policy(&trial, calib, &a, NULL, err) < 0) {
			policy_release(&trial);
			return -1;
		}
		if (a.total.queries > 0 && a.total.correct >=
		    x * b.total.correct - 1e-9 &&
		    account_saving(a.total.energy_j, b.total.energy_j) > best) {
			best = account_saving(a.total.energy_j,
			    b.total.energy_j);
			*best_spec = cand[i];
		}
		policy_release(&trial);
	}
	return 0;
}

int
budget_policy_init(struct policy *pol, const struct policy_spec *spec,
    const struct policy_params *params, const struct pool *p,
    const struct table *t, const uint8_t *oracle, const uint8_t *calib,
    struct ipw_error *err)
{
	struct policy_spec winner;

	if (spec->kind != POL_BUDGET)
		return policy_init(pol, spec, params, p, t, oracle, calib, err);
	if (calib == NULL)
		return ipw_error_set(err, IPW_EX_SOFTWARE, "%s needs a "
		    "calibration split", spec->text);
	if (search(&winner, spec->arg, params, p, t, oracle, calib, err) < 0 ||
	    policy_init(pol, &winner, params, p, t, oracle, calib, err) < 0)
		return -1;
	snprintf(pol->name, sizeof(pol->name), "%.150s=%.150s", spec->text,
	    winner.text);
	return 0;
}

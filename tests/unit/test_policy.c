/* Policies on the tiny trace (see test_route.c for its table), with
 * expected totals worked out by hand, and properties checked on the
 * bundled example trace. */
#include "config.h"

#include <string.h>

#include <gsl/gsl_rng.h>

#include "account.h"
#include "catalog.h"
#include "budget.h"
#include "policy.h"
#include "route.h"
#include "stats.h"
#include "trace.h"
#include "unit.h"

static struct table t;
static struct catalog cat;
static struct pool p;
static uint8_t *oracle;
static struct policy_params params;

static void
load(const char *file)
{
	struct trace_options o;
	struct ipw_errlist errs;
	struct ipw_error err;
	struct pool_options po;

	trace_options_init(&o);
	table_init(&t);
	ipw_errlist_init(&errs, 1);
	ck_assert_int_eq(trace_load(&t, file, &o, &errs), 0);
	ipw_errlist_release(&errs);
	catalog_init(&cat);
	ck_assert_int_eq(catalog_load_default(&cat, &err), 0);
	memset(&po, 0, sizeof(po));
	ck_assert_msg(pool_init(&p, &t, &cat, &po, &err) == 0, "%s", err.msg);
	oracle = malloc(t.nq);
	ck_assert_int_eq(route_oracle(&p, ORACLE_SMALLEST, oracle, &err), 0);
	params.fp = params.fn = NAN;
	params.detect = 1;
	params.attempt_smallest = 0;
}

static void
setup_tiny(void)
{
	load(testdata("tiny.jsonl"));
}

static void
setup_example(void)
{
	load(testdata("../../traces/example.jsonl"));
}

static void
teardown(void)
{
	free(oracle);
	pool_release(&p);
	catalog_release(&cat);
	table_release(&t);
}

static void
evaluate(const char *spec_text, const uint8_t *calib, const uint8_t *mask,
    struct account *a)
{
	struct policy_spec spec;
	struct policy pol;
	struct ipw_error err;

	ck_assert_int_eq(policy_parse(spec_text, &spec, &err), 0);
	ck_assert_msg(policy_init(&pol, &spec, &params, &p, &t, oracle, calib,
	    &err) == 0, "%s", err.msg);
	ck_assert_int_eq(account_policy(&pol, mask, a, NULL, &err), 0);
	policy_release(&pol);
}

/* cascade:0.8 on the tiny trace, false-local = false-cloud = 0.2, every
 * failure detected. Oracle (smallest): q1 4B, q2 8B, q3 cloud, q4 4B,
 * q5 4B. A query the oracle keeps local goes local with 0.8, else to the
 * cloud; q3 (no local is right) wrongly goes local with 0.2, here
 * (--cascade-attempt smallest) to the smallest model, which fails (8 J
 * wasted) and falls back:
 *   energy  q1 .8x10+.2x100 = 28; q2 .8x25+.2x120 = 44; q3 .2x(8+80) +
 *           .8x80 = 81.6; q4 .8x5+.2x50 = 14; q5 .8x30+.2x100 = 44;
 *           total 211.6 J, of which .2 x 8 = 1.6 J wasted.
 *   FLOPs   1.004e13 + 2.1424e13 + 1.4148e14 + 1.004e13 + 5.02e12
 *           = 1.88004e14.
 *   cost    16.28e-6 + 52.992e-6 + 231e-6 + 12.32e-6 + 7.48e-6
 *           = 320.072e-6 USD; the 4B model is free, so no cost wasted.
 *   correct 1 + 1 + 1 + (.8 + .2 x 0) + 1 = 4.8; answered locally
 *           .8 x 4 = 3.2; cloud runs .2 x 4 + 1 = 1.8. */
START_TEST(test_cascade_by_hand)
{
	struct account a;

	params.attempt_smallest = 1;
	evaluate("cascade:0.8", NULL, NULL, &a);
	ck_assert_close(a.total.queries, 5);
	ck_assert_close(a.total.energy_j, 211.6);
	ck_assert_close(a.total.waste_energy_j, 1.6);
	ck_assert_close(a.member[0].waste_energy_j, 1.6);
	ck_assert_close(a.total.waste_cost_usd, 0);
	ck_assert_close(a.total.flops, 1.88004e14);
	ck_assert_close(a.total.cost_usd, 320.072e-6);
	ck_assert_close(a.total.correct, 4.8);
	ck_assert_close(a.local_queries, 3.2);
	ck_assert_close(a.total.cloud_calls, 1.8);
}
END_TEST

/* By default the false local of q3 runs on the oracle's mix of local
 * picks: 4B for q1, q4, q5, 8B for q2: 3/4 and 1/4. q3's attempt:
 *   energy  .2 x (3/4 x (8 + 80) + 1/4 x (16 + 80)) + .8 x 80 = 82 (was
 *           81.6): total 212; wasted .2 x (3/4 x 8 + 1/4 x 16) = 2 J,
 *           1.2 on the 4B and 0.8 on the 8B.
 *   FLOPs   .2 x (3/4 x 2.4e12 + 1/4 x 4.92e12) = 6.06e11 for the try
 *           (was 4.8e11): 1.88004e14 + 1.26e11 = 1.8813e14.
 *   cost    the 8B's q3 cost 50 x 0.035e-6 + 250 x 0.138e-6 = 36.25e-6 at
 *           .2 x 1/4: + 1.8125e-6 = 321.8845e-6, all of it wasted.
 *   quality and routes as before (every failure caught). */
START_TEST(test_cascade_mix_by_hand)
{
	struct account a;

	evaluate("cascade:0.8", NULL, NULL, &a);
	ck_assert_close(a.total.energy_j, 212);
	ck_assert_close(a.total.waste_energy_j, 2);
	ck_assert_close(a.member[0].waste_energy_j, 1.2);
	ck_assert_close(a.member[1].waste_energy_j, 0.8);
	ck_assert_close(a.total.flops, 1.8813e14);
	ck_assert_close(a.total.cost_usd, 321.8845e-6);
	ck_assert_close(a.total.waste_cost_usd, 1.8125e-6);
	ck_assert_close(a.total.correct, 4.8);
	ck_assert_close(a.local_queries, 3.2);
	ck_assert_close(a.total.cloud_calls, 1.8);
}
END_TEST

/* The same with half the failures caught: q3's wrong local try now
 * returns its wrong answer with .2 x .5 = .1, and then no cloud runs:
 * energy 211.6 - .1 x 80 = 203.6, correct 4.8 - .1 = 4.7. */
START_TEST(test_cascade_detection)
{
	struct account a;

	params.detect = 0.5;
	params.attempt_smallest = 1;
	evaluate("cascade:0.8", NULL, NULL, &a);
	ck_assert_close(a.total.energy_j, 203.6);
	ck_assert_close(a.total.correct, 4.7);
	ck_assert_close(a.total.waste_energy_j, 1.6);
	ck_assert_close(a.local_queries, 3.3);
}
END_TEST

/* size-cascade: q1 4B; q2 4B fails (12 J) then 8B; q3 4B (8) and 8B (16)
 * fail, then the cloud (80); q4 4B; q5 4B. Energy 10 + 37 + 104 + 5 + 30
 * = 186, wasted 12 + 24 = 36. */
START_TEST(test_size_cascade_by_hand)
{
	struct account a;

	evaluate("size-cascade", NULL, NULL, &a);
	ck_assert_close(a.total.energy_j, 186);
	ck_assert_close(a.total.waste_energy_j, 36);
	ck_assert_close(a.total.correct, 5);
	ck_assert_close(a.total.cloud_calls, 1);
}
END_TEST

/* single:8B: q1 20; q2 25; q3 16 + 80; q4 9 + 50; q5 15: 215 J, wasted
 * 25; q4's cloud answer is wrong, so 4 correct. */
START_TEST(test_single_by_hand)
{
	struct account a;

	evaluate("single:Qwen3-8B@Apple-M4-Max", NULL, NULL, &a);
	ck_assert_close(a.total.energy_j, 215);
	ck_assert_close(a.total.waste_energy_j, 25);
	ck_assert_close(a.total.correct, 4);
}
END_TEST

/* mixture:0.5: half the oracle's route, half uniform over the three
 * configurations. Energy: .5 x 150 + .5 x (sum of all cells) / 3; the
 * cells add to 65 (4B) + 85 (8B) + 450 (cloud) = 600, so 75 + 100 = 175.
 * Correct: .5 x 5 + .5 x (3 + 3 + 4) / 3 = 4.1667. */
START_TEST(test_mixture_by_hand)
{
	struct account a;

	evaluate("mixture:0.5", NULL, NULL, &a);
	ck_assert_close(a.total.energy_j, 175);
	ck_assert_close(a.total.correct, 2.5 + 5.0 / 3);
}
END_TEST

/* paper:ALPHA keeps exactly ALPHA of the oracle's savings, on any trace. */
START_TEST(test_paper_is_linear)
{
	static const double alphas[] = { 0, 0.3, 0.6, 0.8, 1 };
	struct account base, orac, a;

	evaluate("cloud-only", NULL, NULL, &base);
	evaluate("oracle", NULL, NULL, &orac);
	for (size_t i = 0; i < sizeof(alphas) / sizeof(alphas[0]); i++) {
		char spec[32];
		snprintf(spec, sizeof(spec), "paper:%g", alphas[i]);
		evaluate(spec, NULL, NULL, &a);
		ck_assert_close(account_saving(a.total.energy_j,
		    base.total.energy_j), alphas[i] *
		    account_saving(orac.total.energy_j, base.total.energy_j));
		ck_assert_close(account_saving(a.total.flops, base.total.flops),
		    alphas[i] * account_saving(orac.total.flops,
		    base.total.flops));
		ck_assert_close(account_saving(a.total.cost_usd,
		    base.total.cost_usd), alphas[i] *
		    account_saving(orac.total.cost_usd, base.total.cost_usd));
		ck_assert_close(a.total.waste_energy_j, 0);
	}
}
END_TEST

/* The Monte Carlo mean converges to the closed form: with 20000
 * replicates its standard error is well under the tolerance. */
START_TEST(test_monte_carlo_converges)
{
	static const char *const specs[] = { "paper:0.7", "cascade:0.8",
		"mixture:0.6", "random:0.5" };
	struct policy_spec spec;
	struct policy pol;
	struct ipw_error err;
	struct account base, a;
	struct interval_set mc;
	gsl_rng *r[2] = { gsl_rng_alloc(gsl_rng_mt19937),
		gsl_rng_alloc(gsl_rng_mt19937) };

	evaluate("cloud-only", NULL, NULL, &base);
	gsl_rng_set(r[0], 7);
	gsl_rng_set(r[1], 8);
	ck_assert_int_eq(policy_parse(specs[_i], &spec, &err), 0);
	ck_assert_int_eq(policy_init(&pol, &spec, &params, &p, &t, oracle,
	    NULL, &err), 0);
	ck_assert(pol.random);
	account_policy(&pol, NULL, &a, NULL, &err);
	ck_assert_int_eq(stats_monte_carlo(&pol, NULL, &base, r, 20000, &mc,
	    NULL, NULL, &err), 0);
	ck_assert_msg(fabs(mc.mean[ST_ENERGY] - account_saving(a.total.energy_j,
	    base.total.energy_j)) < 0.005, "%s: energy %g vs %g", specs[_i],
	    mc.mean[ST_ENERGY], account_saving(a.total.energy_j,
	    base.total.energy_j));
	ck_assert(fabs(mc.mean[ST_COST] - account_saving(a.total.cost_usd,
	    base.total.cost_usd)) < 0.005);
	ck_assert(fabs(mc.mean[ST_QUALITY] - a.total.correct /
	    a.total.queries) < 0.005);
	ck_assert(fabs(mc.mean[ST_LOCAL] - a.local_queries /
	    a.total.queries) < 0.005);
	ck_assert(mc.lo[ST_ENERGY] <= mc.mean[ST_ENERGY] &&
	    mc.mean[ST_ENERGY] <= mc.hi[ST_ENERGY]);
	policy_release(&pol);
	gsl_rng_free(r[0]);
	gsl_rng_free(r[1]);
}
END_TEST

/* Fitted heuristics depend on the calibration queries only: changing
 * every answer outside the split changes nothing in the fit. */
START_TEST(test_fit_ignores_scored_queries)
{
	static const char *const specs[] = { "domain:0.6", "length",
		"budget:0.9" };
	uint8_t *calib = calloc(t.nq, 1);
	struct policy_spec spec;
	struct policy a, b;
	struct ipw_error err;

	for (uint32_t q = 0; q < t.nq; q++)
		calib[q] = q % 2;
	ck_assert_int_eq(policy_parse(specs[_i], &spec, &err), 0);
	ck_assert_int_eq(budget_policy_init(&a, &spec, &params, &p, &t, oracle,
	    calib, &err), 0);
	for (uint32_t c = 0; c < t.nc; c++)
		for (uint32_t q = 0; q < t.nq; q++)
			if (!calib[q])
				t.cfg[c].correct[q >> 6] ^= (uint64_t)1 << (q & 63);
	ck_assert_int_eq(budget_policy_init(&b, &spec, &params, &p, &t, oracle,
	    calib, &err), 0);
	ck_assert_str_eq(a.name, b.name);
	ck_assert_double_eq(a.threshold, b.threshold);
	ck_assert_int_eq(a.member, b.member);
	ck_assert_int_eq(a.nby_domain, b.nby_domain);
	if (a.by_domain != NULL)
		ck_assert_mem_eq(a.by_domain, b.by_domain, a.nby_domain);
	policy_release(&a);
	policy_release(&b);
	free(calib);
}
END_TEST

static const struct {
	const char *spec, *msg;
} bad_specs[] = {
	{ "paper:1.5", "--router: \"paper:1.5\": the argument must be a "
	    "number in [0, 1]" },
	{ "cascade", "--router: \"cascade\": needs an argument after ':'" },
	{ "oracle2", "--router: \"oracle2\": unknown router (paper, cascade, "
	    "mixture, domain, length, single, size-cascade, random or budget)" },
	{ "size-cascade:3", "--router: \"size-cascade:3\": takes no argument" },
	{ "mixture:-0.1", "--router: \"mixture:-0.1\": the argument must be a "
	    "number in [0, 1]" },
};

START_TEST(test_bad_spec)
{
	struct policy_spec spec;
	struct ipw_error err;

	ck_assert_int_eq(policy_parse(bad_specs[_i].spec, &spec, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_USAGE);
	ck_assert_str_eq(err.msg, bad_specs[_i].msg);
}
END_TEST

START_TEST(test_poisson_weights)
{
	/* Poisson(1): mean 1 and variance 1 over many draws. */
	double s = 0, s2 = 0;
	int n = 200000;

	for (int i = 0; i < n; i++) {
		int k = stats_poisson1((uint32_t)(stats_mix((uint64_t)i) >> 32));
		s += k;
		s2 += (double)k * k;
	}
	ck_assert(fabs(s / n - 1) < 0.01);
	ck_assert(fabs(s2 / n - (s / n) * (s / n) - 1) < 0.02);
	/* The bootstrap's 16-bit form is the same function of the top bits. */
	for (uint32_t u = 0; u < 65536; u++)
		ck_assert_int_eq(stats_poisson16(u),
		    stats_poisson1(u << 16 | 0x8000));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("policy");
	TCase *tiny = tcase_create("tiny");
	TCase *ex = tcase_create("example");
	TCase *core = tcase_create("core");

	tcase_add_checked_fixture(tiny, setup_tiny, teardown);
	tcase_add_test(tiny, test_cascade_by_hand);
	tcase_add_test(tiny, test_cascade_mix_by_hand);
	tcase_add_test(tiny, test_cascade_detection);
	tcase_add_test(tiny, test_size_cascade_by_hand);
	tcase_add_test(tiny, test_single_by_hand);
	tcase_add_test(tiny, test_mixture_by_hand);
	tcase_add_test(tiny, test_paper_is_linear);
	tcase_add_loop_test(tiny, test_monte_carlo_converges, 0, 4);
	tcase_add_checked_fixture(ex, setup_example, teardown);
	tcase_add_test(ex, test_paper_is_linear);
	tcase_add_loop_test(ex, test_fit_ignores_scored_queries, 0, 3);
	tcase_add_loop_test(core, test_bad_spec, 0,
	    sizeof(bad_specs) / sizeof(bad_specs[0]));
	tcase_add_test(core, test_poisson_weights);
	suite_add_tcase(s, tiny);
	suite_add_tcase(s, ex);
	suite_add_tcase(s, core);
	return s;
}

UNIT_MAIN(suite)

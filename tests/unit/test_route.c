/* Routing and accounting on the tiny trace (tests/data/tiny.jsonl), whose
 * totals were worked out by hand:
 *
 *   catalog: Qwen3-4B 4.0 B params, $0/$0 per 1M tokens; Qwen3-8B 8.2 B,
 *   $0.035/$0.138; Qwen3-235B-A22B 235 B total (22 B active), $0.22/$0.88.
 *   FLOPs = 2 x params x (tokens_in + tokens_out).
 *
 *   query  tokens   4B ok/J   8B ok/J   235B ok/J
 *   q1     10+90    1 10      1 20      1 100
 *   q2     20+180   0 12      1 25      1 120
 *   q3     50+250   0  8      0 16      1  80
 *   q4     40+60    1  5      0  9      0  50
 *   q5     10+40    1 30      1 15      1 100
 *
 *   cloud-only: energy 450 J; FLOPs 470e9 x 750 = 3.525e14; cost
 *   0.22e-6 x 130 + 0.88e-6 x 620 = 574.2e-6 USD; 4 of 5 correct.
 *
 *   oracle smallest: q1 4B, q2 8B, q3 cloud, q4 4B, q5 4B.
 *   energy 10+25+80+5+30 = 150; FLOPs 8e9 x 250 + 16.4e9 x 200 +
 *   470e9 x 300 = 1.4628e14; cost 0 + (0.035e-6 x 20 + 0.138e-6 x 180) +
 *   (0.22e-6 x 50 + 0.88e-6 x 250) = 25.54e-6 + 231e-6 = 256.54e-6.
 *
 *   oracle cheapest-energy: as smallest but q5 8B (15 J < 30 J).
 *   energy 135; FLOPs 8e9 x 200 + 16.4e9 x 250 + 1.41e14 = 1.467e14;
 *   cost 25.54e-6 + 5.87e-6 + 231e-6 = 262.41e-6.
 *
 *   oracle cheapest-cost: the 4B model costs nothing, so it wins wherever
 *   it is correct: the same routes as smallest.
 */
#include "config.h"

#include <string.h>

#include "account.h"
#include "catalog.h"
#include "route.h"
#include "trace.h"
#include "unit.h"

static struct table t;
static struct catalog cat;
static struct pool p;
static uint8_t assign[16];

static void
setup(void)
{
	unit_load(&t, &cat, "tiny.jsonl");
}

static void
teardown(void)
{
	pool_release(&p);
	catalog_release(&cat);
	table_release(&t);
}

static void
make_pool(enum flops_params fp)
{
	struct pool_options o;
	struct ipw_error err;

	memset(&o, 0, sizeof(o));
	o.flops_params = fp;
	ck_assert_msg(pool_init(&p, &t, &cat, &o, &err) == 0, "%s", err.msg);
}

START_TEST(test_pool_from_catalog_tiers)
{
	make_pool(FLOPS_TOTAL);
	ck_assert_int_eq(p.nlocal, 2);
	ck_assert_str_eq(p.m[0].name, "Qwen3-4B@Apple-M4-Max");
	ck_assert_str_eq(p.m[1].name, "Qwen3-8B@Apple-M4-Max");
	ck_assert_str_eq(p.m[2].name, "Qwen3-235B-A22B@NVIDIA-H200");
}
END_TEST

START_TEST(test_cloud_only)
{
	struct account a;

	make_pool(FLOPS_TOTAL);
	route_cloud_only(&p, assign);
	account_run(&p, assign, &a);
	ck_assert_close(a.total.queries, 5);
	ck_assert_close(a.total.correct, 4);
	ck_assert_close(a.local_queries, 0);
	ck_assert_close(a.total.energy_j, 450);
	ck_assert_close(a.total.flops, 3.525e14);
	ck_assert_close(a.total.cost_usd, 574.2e-6);
}
END_TEST

START_TEST(test_oracle_smallest)
{
	struct account a;
	struct ipw_error err;
	const uint8_t want[5] = { 0, 1, 2, 0, 0 };

	make_pool(FLOPS_TOTAL);
	ck_assert_int_eq(route_oracle(&p, ORACLE_SMALLEST, assign, &err), 0);
	ck_assert_mem_eq(assign, want, 5);
	account_run(&p, assign, &a);
	ck_assert_close(a.total.correct, 5);
	ck_assert_close(a.local_queries, 4);
	ck_assert_close(a.member[0].queries, 3);
	ck_assert_close(a.total.energy_j, 150);
	ck_assert_close(a.total.flops, 1.4628e14);
	ck_assert_close(a.total.cost_usd, 256.54e-6);
	ck_assert_close(account_saving(a.total.energy_j, 450), 1 - 150.0 / 450);
}
END_TEST

START_TEST(test_oracle_cheapest)
{
	struct account a;
	struct ipw_error err;
	const uint8_t energy[5] = { 0, 1, 2, 0, 1 };
	const uint8_t cost[5] = { 0, 1, 2, 0, 0 };

	make_pool(FLOPS_TOTAL);
	ck_assert_int_eq(route_oracle(&p, ORACLE_CHEAPEST_ENERGY, assign,
	    &err), 0);
	ck_assert_mem_eq(assign, energy, 5);
	account_run(&p, assign, &a);
	ck_assert_close(a.total.energy_j, 135);
	ck_assert_close(a.total.flops, 1.467e14);
	ck_assert_close(a.total.cost_usd, 262.41e-6);
	ck_assert_int_eq(route_oracle(&p, ORACLE_CHEAPEST_COST, assign, &err),
	    0);
	ck_assert_mem_eq(assign, cost, 5);
	/* Compute: 4B is cheaper per token than 8B, so also as smallest. */
	ck_assert_int_eq(route_oracle(&p, ORACLE_CHEAPEST_COMPUTE, assign,
	    &err), 0);
	ck_assert_mem_eq(assign, cost, 5);
}
END_TEST

START_TEST(test_active_params)
{
	struct account a;

	/* 22 B active: cloud-only FLOPs = 44e9 x 750 = 3.3e13. */
	make_pool(FLOPS_ACTIVE);
	route_cloud_only(&p, assign);
	account_run(&p, assign, &a);
	ck_assert_close(a.total.flops, 3.3e13);
}
END_TEST

START_TEST(test_unknown_config)
{
	struct pool_options o;
	struct ipw_error err;

	memset(&o, 0, sizeof(o));
	o.cloud = "Qwen3-235B-A22B@NVIDIA-B200";
	ck_assert_int_eq(pool_init(&p, &t, &cat, &o, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_USAGE);
}
END_TEST

START_TEST(test_alias_names_a_config)
{
	struct pool_options o;
	struct ipw_error err;

	/* Catalog aliases name the same configuration. */
	memset(&o, 0, sizeof(o));
	o.cloud = "Qwen/Qwen3-235B-A22B@NVIDIA H200";
	o.local[0] = "qwen3-8b@Apple M4 Max";
	o.nlocal = 1;
	ck_assert_msg(pool_init(&p, &t, &cat, &o, &err) == 0, "%s", err.msg);
	ck_assert_str_eq(p.m[0].name, "Qwen3-8B@Apple-M4-Max");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("route");
	TCase *tc = tcase_create("tiny");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_pool_from_catalog_tiers);
	tcase_add_test(tc, test_cloud_only);
	tcase_add_test(tc, test_oracle_smallest);
	tcase_add_test(tc, test_oracle_cheapest);
	tcase_add_test(tc, test_active_params);
	tcase_add_test(tc, test_unknown_config);
	tcase_add_test(tc, test_alias_names_a_config);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

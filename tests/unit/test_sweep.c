/* The sweep engine called as a library, on the tiny trace
 * (tests/data/tiny.jsonl; test_route.c works its totals out by hand):
 *
 *   cloud-only: 450 J, all in the cloud.
 *   oracle smallest: local 10 + 25 + 5 + 30 = 70 J (q1, q2, q4, q5),
 *   cloud 80 J (q3).
 *
 * PUE multiplies a side's energy, so at cloud PUE c and local PUE l the
 * oracle charges 70 l + 80 c and cloud-only 450 c:
 *
 *   point  c    l   oracle  cloud-only  oracle saving
 *   1      1    1   150     450         2/3
 *   2      1    2   220     450         1 - 220/450
 *   3      1.5  1   190     675         1 - 190/675
 *   4      1.5  2   260     675         1 - 260/675
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include "sweep.h"
#include "trace.h"
#include "unit.h"

static struct table t;
static struct catalog cat;
static char path[64];

static const double oracle_j[4] = { 150, 220, 190, 260 };
static const double cloud_j[4] = { 450, 450, 675, 675 };

static void
setup(void)
{
	unit_load(&t, &cat, "tiny.jsonl");
}

static void
teardown(void)
{
	catalog_release(&cat);
	table_release(&t);
	if (path[0] != '\0')
		unlink(path);
	path[0] = '\0';
}

/* Writes text to a scenario file of its own; its path in path. */
static void
scenario(const char *text)
{
	int fd;

	snprintf(path, sizeof(path), "/tmp/ipwsim-test-sweep-XXXXXX");
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (int)strlen(text));
	close(fd);
}

static void
load(struct sweep *w, const char *text)
{
	struct ipw_error err;

	scenario(text);
	sweep_init(w);
	ck_assert_msg(sweep_load(w, path, &err) == 0, "%s", err.msg);
}

static const char pue_grid[] = "{\"grid\": {\"cloud-pue\": [1, 1.5], "
    "\"local-pue\": [1, 2]}}";

/* Every point's oracle and cloud-only energy and the oracle's saving. */
static void
check_points(const struct sweep *w)
{
	for (long p = sweep_first(w); p < w->npoints; p += sweep_step(w)) {
		const double *c = sweep_cells(w, p);
		ck_assert_close(c[1], cloud_j[p]);
		ck_assert_close(c[SWEEP_NMETRICS + 1], oracle_j[p]);
		ck_assert_close(c[SWEEP_NMETRICS + 6], 1 - oracle_j[p] /
		    cloud_j[p]);
		ck_assert(isnan(c[SWEEP_NMETRICS + SWEEP_MODEL_METRIC]));
	}
}

START_TEST(test_fast_and_full_by_hand)
{
	for (int no_fast = 0; no_fast <= 1; no_fast++) {
		struct sweep w;
		load(&w, pue_grid);
		ck_assert_int_eq(w.npoints, 4);
		ck_assert_int_eq(sweep_check(&w), 0);
		w.no_fast = no_fast;
		w.jobs = 2;
		ck_assert_int_eq(sweep_run(&w, &t, &cat), 0);
		ck_assert_int_eq(w.fast, !no_fast);
		ck_assert_int_eq(w.npol, 2);
		ck_assert_str_eq(w.polname[0], "cloud-only");
		ck_assert_str_eq(w.polname[1], "oracle");
		check_points(&w);
		sweep_release(&w);
		unlink(path);
	}
}
END_TEST

START_TEST(test_shard_runs_its_points)
{
	struct sweep w;

	load(&w, pue_grid);
	w.shard_k = 2;
	w.shard_n = 3;	/* points 2 (index 1) only: 1 + 3 is past 4 */
	ck_assert_int_eq(sweep_first(&w), 1);
	ck_assert_int_eq(sweep_step(&w), 3);
	ck_assert_int_eq(sweep_run(&w, &t, &cat), 0);
	check_points(&w);
	ck_assert(sweep_cells(&w, 0)[1] == 0);	/* not run */
	sweep_release(&w);
}
END_TEST

/* Bad values are failures with their place; nothing is printed. */
START_TEST(test_check_values_at_their_place)
{
	struct sweep w;

	load(&w, "{\"grid\": {\"cloud-pue\": [1, 0.5, 11]}}");
	w.max_errors = 5;
	ck_assert_int_eq(sweep_check(&w), -1);
	ck_assert_int_eq((int)w.nfails, 2);
	ck_assert_int_eq(sweep_status(&w), IPW_EX_USAGE);
	ck_assert_str_eq(w.fails[0].at.file, path);
	ck_assert_int_eq(w.fails[0].at.line, 1);
	ck_assert_int_eq(w.fails[0].at.col, 28);	/* 0.5 */
	ck_assert_int_eq(w.fails[1].at.col, 33);	/* 11 */
	ck_assert_str_eq(w.fails[1].at.msg, "grid.cloud-pue, value 3 of 3: "
	    "\"11\"");
	ck_assert_ptr_nonnull(strstr(w.fails[0].err.msg, "\"0.5\""));
	sweep_release(&w);
}
END_TEST

/* A point the curves do not cover fails with its point and values. */
START_TEST(test_point_failure_names_point)
{
	struct sweep w;

	load(&w, "{\"grid\": {\"cloud-batch\": [16, 100000], "
	    "\"cloud-pue\": [1, 1.1], \"measured-batch\": \"cloud=8\"}}");
	w.max_errors = 10;
	ck_assert_int_eq(sweep_check(&w), 0);
	ck_assert_int_eq(sweep_run(&w, &t, &cat), -1);
	ck_assert_int_eq((int)w.nfails, 2);
	ck_assert_str_eq(w.fails[0].at.msg, "at point 3: cloud-batch=100000 "
	    "cloud-pue=1 measured-batch=cloud=8");
	ck_assert_str_eq(w.fails[1].at.msg, "at point 4: cloud-batch=100000 "
	    "cloud-pue=1.1 measured-batch=cloud=8");
	ck_assert_ptr_nonnull(strstr(w.fails[0].err.msg, "outside the "
	    "measured range"));
	sweep_release(&w);
}
END_TEST

/* The scenario's own errors: at the field, usage-coded. */
START_TEST(test_load_errors)
{
	struct sweep w;
	struct ipw_error err;

	scenario("{\"grid\": {\"cloud-bach\": 8}}");
	sweep_init(&w);
	ck_assert_int_eq(sweep_load(&w, path, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_USAGE);
	ck_assert_int_eq(err.line, 1);
	ck_assert_int_eq(err.col, 25);
	ck_assert_ptr_nonnull(strstr(err.msg, "did you mean cloud-batch?"));
	sweep_release(&w);
}
END_TEST

static Suite *
sweep_suite(void)
{
	Suite *s = suite_create("sweep");
	TCase *tc = tcase_create("engine");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_fast_and_full_by_hand);
	tcase_add_test(tc, test_shard_runs_its_points);
	tcase_add_test(tc, test_check_values_at_their_place);
	tcase_add_test(tc, test_point_failure_names_point);
	tcase_add_test(tc, test_load_errors);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(sweep_suite)

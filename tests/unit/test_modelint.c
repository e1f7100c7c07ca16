/* The model interval's arithmetic: the savings under drawn factors and
 * their quantiles, by hand and against a sort. */
#include "config.h"

#include <string.h>

#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "modelint.h"
#include "unit.h"

/* A computed model interval over given factors. */
static struct modelint
drawn(double *factor, double *work, int draws, int members)
{
	struct modelint m;

	memset(&m, 0, sizeof(m));
	m.mi.state = MODEL_DONE;
	m.mi.draws = draws;
	m.nmembers = members;
	m.factor = factor;
	m.work = work;
	return m;
}

/* Two members, a local one and the cloud. cloud-only: 0 J local, 100 J
 * cloud; the oracle: 10 J local, 40 J cloud. Only the cloud is modelled,
 * drawn at factors 0.5, 1, 2, 4, 0.25. The oracle's saving at factor f
 * is 1 - (10 + 40 f) / (100 f) = 0.6 - 0.1 / f:
 *   0.4, 0.5, 0.55, 0.575, 0.2;  sorted 0.2, 0.4, 0.5, 0.55, 0.575.
 * 2.5%: position 4 x 0.025 = 0.1: 0.2 + 0.1 x (0.4 - 0.2) = 0.22;
 * 97.5%: position 3.9: 0.55 + 0.9 x (0.575 - 0.55) = 0.5725. */
START_TEST(test_by_hand)
{
	double factor[] = { 1, 0.5, 1, 1, 1, 2, 1, 4, 1, 0.25 };
	double work[5], energy[] = { 0, 100, 10, 40 }, lo[2], hi[2];
	struct modelint m = drawn(factor, work, 5, 2);

	modelint_eval(&m, energy, 2, lo, hi);
	ck_assert(isnan(lo[0]) && isnan(hi[0]));
	ck_assert_close(lo[1], 0.22);
	ck_assert_close(hi[1], 0.5725);
}
END_TEST

/* With every factor 1 the interval is the saving itself: zero width. */
START_TEST(test_unit_factors)
{
	double factor[] = { 1, 1, 1, 1, 1, 1 };
	double work[3], energy[] = { 0, 100, 10, 40 }, lo[2], hi[2];
	struct modelint m = drawn(factor, work, 3, 2);

	modelint_eval(&m, energy, 2, lo, hi);
	ck_assert_close(lo[1], 0.5);
	ck_assert_close(hi[1], 0.5);
}
END_TEST

/* Random draws over three members, for 1, 2, 3, 10 and 1001 draws, the
 * factors rounded to one decimal so that many savings tie: the quantiles
 * by selection equal GSL's on the sorted savings, computed here
 * independently. */
START_TEST(test_against_sort)
{
	enum { DMAX = 1001, N = 3 };
	static const int sizes[] = { 1, 2, 3, 10, DMAX };
	static double factor[DMAX * N], work[DMAX], sav[DMAX];
	double energy[] = { 0, 0, 500, 30, 20, 100 }, lo[2], hi[2];
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	struct modelint m;

	gsl_rng_set(rng, 7);
	for (size_t z = 0; z < sizeof(sizes) / sizeof(sizes[0]); z++) {
		int D = sizes[z];
		for (int d = 0; d < D; d++) {
			for (int k = 0; k < N; k++)
				factor[d * N + k] = round(10 * exp(
				    gsl_rng_uniform(rng) - 0.5)) / 10;
			sav[d] = 1 - (30 * factor[d * N] + 20 *
			    factor[d * N + 1] + 100 * factor[d * N + 2]) /
			    (500 * factor[d * N + 2]);
		}
		gsl_sort(sav, 1, (size_t)D);
		m = drawn(factor, work, D, N);
		modelint_eval(&m, energy, 2, lo, hi);
		ck_assert_close(lo[1], gsl_stats_quantile_from_sorted_data(sav,
		    1, (size_t)D, 0.025));
		ck_assert_close(hi[1], gsl_stats_quantile_from_sorted_data(sav,
		    1, (size_t)D, 0.975));
	}
	gsl_rng_free(rng);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("modelint");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_by_hand);
	tcase_add_test(tc, test_unit_factors);
	tcase_add_test(tc, test_against_sort);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

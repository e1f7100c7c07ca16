#include "config.h"

#include <string.h>

#include <gsl/gsl_rng.h>

#include "output.h"
#include "unit.h"

static void
same_as_printf(double v)
{
	char fast[64], slow[64];

	*out_g10(fast, v) = '\0';
	snprintf(slow, sizeof(slow), "%.10g", v);
	ck_assert_msg(strcmp(fast, slow) == 0, "%.17g: \"%s\", printf \"%s\"",
	    v, fast, slow);
}

/* out_g10 writes exactly what printf's %.10g writes: edge cases, then
 * two million random values over the fast path's range and beyond, and
 * values on and next to ties of the tenth digit. */
START_TEST(test_g10_matches_printf)
{
	static const double edge[] = { 0, -0.0, 1, -1, 8, 0.4, 9e-06, 1e-4,
		9.9999999995e-5, 0.0001, 1e10, 9999999999.5, 9999999999.4,
		1e9, 999999999.95, 123456789012.0, 2.2e-05, 1.5, 0.125,
		1234.5, 1e-300, 1e300, 5e-324, 0.30000000000000004, 3.0e-4,
		99999.999995, 1.00000000005, 2.00000000015 };
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);

	for (size_t i = 0; i < sizeof(edge) / sizeof(edge[0]); i++)
		same_as_printf(edge[i]);
	same_as_printf(INFINITY);
	same_as_printf(-INFINITY);
	for (int i = 0; i < 2000000; i++) {
		double e = -6 + 18 * gsl_rng_uniform(r);
		double v = pow(10, e) * (gsl_rng_uniform(r) < 0.1 ? -1 : 1);
		same_as_printf(v);
	}
	for (int i = 0; i < 200000; i++) {	/* ties: d.ddddddddd5 x 10^k */
		double m = floor(1e9 + 9e9 * gsl_rng_uniform(r)) + 0.5;
		int k = (int)gsl_rng_uniform_int(r, 14) - 13;
		double v = m * pow(10, k);
		same_as_printf(v);
		same_as_printf(nextafter(v, 0));
		same_as_printf(nextafter(v, INFINITY));
	}
	gsl_rng_free(r);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("output");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_g10_matches_printf);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

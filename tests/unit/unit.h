/* Shared scaffolding of the Check unit tests. */
#ifndef IPW_UNIT_H
#define IPW_UNIT_H

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "catalog.h"
#include "trace.h"

/* Path of a file under tests/data (IPWSIM_TESTDATA, set by make check). */
static inline const char *
testdata(const char *name)
{
	static char buf[4][4096];
	static int i;
	const char *dir = getenv("IPWSIM_TESTDATA");

	i = (i + 1) % 4;
	snprintf(buf[i], sizeof(buf[i]), "%s/%s", dir ? dir : "tests/data",
	    name);
	return buf[i];
}

/* Loads tests/data/name into t and the installed catalog into cat (each
 * initialised here), failing the test when either cannot be read. */
static inline void
unit_load(struct table *t, struct catalog *cat, const char *name)
{
	struct trace_options o;
	struct ipw_errlist errs;
	struct ipw_error err;

	trace_options_init(&o);
	table_init(t);
	ipw_errlist_init(&errs, 1);
	ck_assert_int_eq(trace_load(t, testdata(name), &o, &errs), 0);
	ipw_errlist_release(&errs);
	catalog_init(cat);
	ck_assert_msg(catalog_load_default(cat, &err) == 0, "%s", err.msg);
}

/* Relative closeness, for sums whose order of addition may differ. */
#define ck_assert_close(a, b)                                               \
	ck_assert_msg(fabs((double)(a) - (double)(b)) <=                    \
	    1e-12 * fmax(1.0, fabs((double)(b))), "%s = %.17g, expected %.17g", \
	    #a, (double)(a), (double)(b))

#define UNIT_MAIN(make_suite)                                               \
	int main(void)                                                      \
	{                                                                   \
		SRunner *sr = srunner_create(make_suite());                 \
		int failed;                                                 \
		srunner_run_all(sr, CK_NORMAL);                             \
		failed = srunner_ntests_failed(sr);                         \
		srunner_free(sr);                                           \
		return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;           \
	}

#endif

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "jsonfile.h"
#include "unit.h"

/* Where jsonfile_locate finds a path, as line:col, by hand from the text
 * below (strings with brackets, braces, quotes and escapes must not
 * confuse it). */
static const char text[] =
"{\n"					/* line 1 */
"  \"a\": \"x]}\\\"[{\",\n"		/* 2 */
"  \"list\": [\n"			/* 3 */
"    {\"k\": 1, \"v\": [10, 20]},\n"	/* 4 */
"    {\"k\": 2,\n"			/* 5 */
"     \"v\": {\"deep\": \"y\"}}\n"	/* 6 */
"  ],\n"				/* 7 */
"  \"last\": null\n"			/* 8 */
"}\n";

static void
at(const char *path, long line, long col)
{
	long l, c;

	jsonfile_position(text, jsonfile_locate(text, strlen(text), path), &l,
	    &c);
	ck_assert_msg(l == line && c == col, "%s: %ld:%ld, expected %ld:%ld",
	    path, l, c, line, col);
}

START_TEST(test_locate)
{
	at("a", 2, 8);
	at("list", 3, 11);
	at("list[0]", 4, 5);
	at("list[0].k", 4, 11);
	at("list[0].v[1]", 4, 24);
	at("list[1].v.deep", 6, 20);
	at("last", 8, 11);
	/* missing parts: the deepest object or array found on the way */
	at("list[1].missing", 5, 5);
	at("list[7].k", 3, 11);
	at("nothing", 1, 1);
}
END_TEST

/* A document read from a file keeps its text; an error names the field
 * at its line and column. */
START_TEST(test_doc_error)
{
	struct jsondoc d;
	struct ipw_error err;
	char path[64] = "/tmp/ipwsim-jsondoc-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
	ck_assert_int_eq(jsondoc_read(&d, path, &err), 0);
	ck_assert_int_eq(jsondoc_error(&d, &err, "list[1].v.deep",
	    "is not a number"), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
	ck_assert_int_eq(err.line, 6);
	ck_assert_int_eq(err.col, 20);
	ck_assert_str_eq(err.msg, "list[1].v.deep: is not a number");
	jsondoc_release(&d);
	unlink(path);
	ck_assert_int_eq(jsondoc_read(&d, path, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_NOINPUT);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("jsonfile");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_locate);
	tcase_add_test(tc, test_doc_error);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

#include "config.h"

#include <gsl/gsl_rng.h>

#include <string.h>

#include "jsonstrict.h"
#include "unit.h"

/* Texts with explicit lengths: some hold NUL bytes. */
struct text {
	const char *s;
	size_t len;
};
#define T(lit) { lit, sizeof(lit) - 1 }

static const struct text good[] = {
	T("{}"), T("[]"), T(" {\"a\": 1} "), T("0"), T("-0"), T("-0.5e+3"),
	T("1E9"), T("\"\\u00e9\\ud83d\\ude00\\n\\/\""), T("\"caf\xc3\xa9\""),
	T("\"\xf0\x9f\x98\x80\""), T("[true, false, null]"),
	T("{\"a\": {\"b\": [1, {\"c\": \"d\"}]}}\r\n"),
};

START_TEST(test_good)
{
	struct jsonstrict_error e;

	ck_assert_int_eq(jsonstrict_check(good[_i].s, good[_i].len, &e), 0);
}
END_TEST

struct bad {
	struct text t;
	size_t off;		/* counted by hand */
	const char *what;
};

static const struct bad bad[] = {
	/* the second object of a line: byte 8 */
	{ T("{\"a\":1} {\"b\":2}"), 8, "\"{\" after the end of the JSON "
	    "value" },
	/* CR-only line endings: the second record starts at byte 8 */
	{ T("{\"a\":1}\r{\"a\":2}\r"), 8, "\"{\" after the end of the JSON "
	    "value" },
	{ T("{\"a\":1}x"), 7, "\"x\" after the end of the JSON value" },
	/* NUL as white space, and inside a string */
	{ T("{\"a\":\0 1}"), 5, "a: a NUL byte cannot start a JSON value" },
	{ T("{\"q\":\"q4\0x\"}"), 8, "q: a NUL byte inside a string" },
	{ T("{\"a\":1}\0"), 7, "a NUL byte after the end of the JSON value" },
	{ T("{\"e\": NaN}"), 6, "e: NaN is not a JSON value (JSON has no "
	    "NaN or infinity)" },
	{ T("{\"e\": -Infinity}"), 6, "e: not a JSON number" },
	{ T("{\"e\": 0x1p3}"), 6, "e: not a JSON number" },
	{ T("{\"e\": 01}"), 6, "e: not a JSON number" },
	{ T("{\"e\": 1.}"), 6, "e: not a JSON number" },
	{ T("{\"e\": .5}"), 6, "e: \".\" cannot start a JSON value" },
	{ T("{\"e\": +1}"), 6, "e: \"+\" cannot start a JSON value" },
	{ T("{\"e\": 1e}"), 6, "e: not a JSON number" },
	{ T("{\"s\": \"a\tb\"}"), 8, "s: control byte 0x09 inside a string" },
	{ T("{\"s\": \"\\x\"}"), 7, "s: invalid escape \"\\x\" in a string" },
	{ T("{\"s\": \"\\u0000\"}"), 7, "s: string holds a NUL character "
	    "(\\u0000)" },
	{ T("{\"s\": \"\\ud800\"}"), 7, "s: string holds an unpaired "
	    "surrogate" },
	{ T("{\"s\": \"\\u12\"}"), 7, "s: \\u is not followed by four hex "
	    "digits" },
	/* overlong "/", a surrogate, above U+10FFFF, a lone continuation */
	{ T("\"\xc0\xaf\""), 1, "invalid UTF-8 in a string" },
	{ T("\"\xed\xa0\x80\""), 1, "invalid UTF-8 in a string" },
	{ T("\"\xf4\x90\x80\x80\""), 1, "invalid UTF-8 in a string" },
	{ T("\"a\x80\""), 2, "invalid UTF-8 in a string" },
	{ T("\"\xe2\x82\""), 1, "invalid UTF-8 in a string" },
	{ T("{\"a\" 1}"), 5, "expected \":\" after a member name" },
	{ T("{\"a\":1,}"), 7, "expected a member name in quotes" },
	{ T("{\"a\":1"), 6, "object is not closed" },
	{ T("[1 2]"), 3, "expected \",\" or \"]\"" },
	{ T("[1,]"), 3, "\"]\" cannot start a JSON value" },
	{ T("\"open"), 0, "unterminated string" },
	{ T(""), 0, "a value is missing" },
	{ T("   "), 3, "a value is missing" },
	{ T("{\"a\":tru}"), 5, "a: \"t\" cannot start a JSON value" },
	/* a member name twice, at the second; nested names carry the key */
	{ T("{\"a\":1,\"a\":2}"), 7, "member \"a\" appears twice" },
	{ T("{\"m\":{\"x\":1,\"y\":2,\"x\":3}}"), 18,
	    "m: member \"x\" appears twice" },
};

START_TEST(test_bad)
{
	struct jsonstrict_error e;

	ck_assert_int_eq(jsonstrict_check(bad[_i].t.s, bad[_i].t.len, &e), -1);
	ck_assert_str_eq(e.what, bad[_i].what);
	ck_assert_uint_eq(e.off, bad[_i].off);
}
END_TEST

/* Nesting: 64 levels are read, 65 are not. */
START_TEST(test_depth)
{
	char buf[2 * (JSONSTRICT_MAX_DEPTH + 1) + 1];
	struct jsonstrict_error e;

	for (int depth = JSONSTRICT_MAX_DEPTH - 1; depth <=
	    JSONSTRICT_MAX_DEPTH + 1; depth++) {
		memset(buf, '[', (size_t)depth);
		memset(buf + depth, ']', (size_t)depth);
		ck_assert_int_eq(jsonstrict_check(buf, 2 * (size_t)depth, &e),
		    depth <= JSONSTRICT_MAX_DEPTH ? 0 : -1);
	}
	ck_assert_uint_eq(e.off, JSONSTRICT_MAX_DEPTH);
	ck_assert_str_eq(e.what, "nested deeper than 64 levels");
}
END_TEST

/* A large object's names are checked too (sorted, past 16): keys k00 to
 * k18 and then k03 again, each member "kNN":0, 8 bytes from byte 1, so
 * the 20th member, the second k03, starts at 1 + 8 x 19 = 153. */
START_TEST(test_twice_large)
{
	char buf[256];
	size_t n = 0;
	struct jsonstrict_error e;

	buf[n++] = '{';
	for (int i = 0; i < 20; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s\"k%02d\":0",
		    i ? "," : "", i < 19 ? i : 3);
	buf[n++] = '}';
	ck_assert_int_eq(jsonstrict_check(buf, n, &e), -1);
	ck_assert_str_eq(e.what, "member \"k03\" appears twice");
	ck_assert_uint_eq(e.off, 153);
	buf[153 + 2] = '9';	/* "k03" at 153 becomes "k93": every name once */
	ck_assert_int_eq(jsonstrict_check(buf, n, &e), 0);
}
END_TEST

/* Numbers of 63 characters are read, of 64 are not (cJSON's buffer). */
START_TEST(test_number_length)
{
	char buf[80];
	struct jsonstrict_error e;

	for (int n = JSONSTRICT_MAX_NUMBER - 1; n <= JSONSTRICT_MAX_NUMBER + 1;
	    n++) {
		memset(buf, '1', (size_t)n);
		ck_assert_int_eq(jsonstrict_check(buf, (size_t)n, &e),
		    n <= JSONSTRICT_MAX_NUMBER ? 0 : -1);
	}
	ck_assert_str_eq(e.what, "a number longer than 63 characters");
	/* the one-pass scan: 63 characters are a number, 64 are not, nor
	 * is one that overflows */
	for (int n = JSONSTRICT_MAX_NUMBER - 1; n <= JSONSTRICT_MAX_NUMBER + 1;
	    n++) {
		double v;
		memset(buf, '1', (size_t)n);
		buf[n] = ',';
		ck_assert(jsonstrict_scan_number(buf, buf + n + 1, &v) == (n <=
		    JSONSTRICT_MAX_NUMBER ? buf + n : NULL));
	}
	{
		double v;
		ck_assert_ptr_null(jsonstrict_scan_number("1e400", "1e400" + 5,
		    &v));
		ck_assert_ptr_nonnull(jsonstrict_scan_number("1e-400",
		    "1e-400" + 6, &v));
		ck_assert(v == 0);
	}
}
END_TEST

/* A number's end, or NULL. */
START_TEST(test_number)
{
	static const struct {
		const char *s;
		long end;	/* -1: not a number */
	} c[] = {
		{ "0", 1 }, { "12.5e-3,", 7 }, { "-0", 2 }, { "01", 1 },
		{ "1.", -1 }, { ".5", -1 }, { "+5", -1 }, { " 5", -1 },
		{ "0x1p3", 1 }, { "inf", -1 }, { "1e+", -1 }, { "-", -1 },
		{ "1.e5", -1 }, { "-01.5", 2 }, { "00", 1 }, { "0.", -1 },
		{ "12.5x", 4 }, { "7.25E", -1 },
	};

	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		const char *end = c[i].s + strlen(c[i].s);
		const char *e = jsonstrict_number(c[i].s, end);
		double v;
		ck_assert_msg((e == NULL ? -1 : e - c[i].s) == c[i].end,
		    "%s", c[i].s);
		/* the one-pass scan ends where the grammar does */
		e = jsonstrict_scan_number(c[i].s, end, &v);
		ck_assert_msg((e == NULL ? -1 : e - c[i].s) == c[i].end,
		    "scan %s", c[i].s);
		/* and with room after it, where the eight-byte path runs */
		{
			char buf[128];
			int n = snprintf(buf, sizeof(buf), "%s,\"x\":\"abcdefgh"
			    "ijklmnop\"}", c[i].s);
			e = jsonstrict_scan_number(buf, buf + n, &v);
			ck_assert_msg((e == NULL ? -1 : e - buf) == c[i].end,
			    "scan %s with room", c[i].s);
		}
	}
}
END_TEST

/* jsonstrict_scan_number on text followed by a record's next member,
 * so that the scan has the room its eight-byte path needs: 1 if it ends
 * where text does, with *v set; 0 if it ends elsewhere; -1 if NULL. */
static int
scan_roomy(const char *text, double *v)
{
	char buf[128];
	int n = snprintf(buf, sizeof(buf), "%s,\"tokens_in\":1234567,"
	    "\"domain\":\"x\"}", text);
	const char *e = jsonstrict_scan_number(buf, buf + n, v);

	return e == NULL ? -1 : e == buf + strlen(text);
}

static void
same_as_strtod(const char *text)
{
	double got, want = strtod(text, NULL);

	ck_assert_int_eq(jsonstrict_parse_number(text, strlen(text), &got), 0);
	ck_assert_msg(memcmp(&got, &want, sizeof(got)) == 0, "%s: %.17g, "
	    "strtod %.17g", text, got, want);
	ck_assert(jsonstrict_scan_number(text, text + strlen(text), &got) ==
	    text + strlen(text));
	ck_assert_msg(memcmp(&got, &want, sizeof(got)) == 0, "scan %s: "
	    "%.17g, strtod %.17g", text, got, want);
	ck_assert_int_eq(scan_roomy(text, &got), 1);
	ck_assert_msg(memcmp(&got, &want, sizeof(got)) == 0, "scan %s "
	    "with room after: %.17g, strtod %.17g", text, got, want);
}

/* The parsed value, by jsonstrict_parse_number and by the one-pass
 * jsonstrict_scan_number, is bit for bit strtod's (the independent method), on
 * the edges of the fast path (15 and 16 digits, exponents 22 and 23,
 * leading and trailing zeros, negative zero, and the eight-byte
 * path's 7 and 8 digits a part) and on 500,000 random
 * short decimals such as traces hold. */
START_TEST(test_number_exact)
{
	static const char *const edge[] = { "0", "-0", "0.0", "-0.0e5", "1",
		"123456789012345", "1234567890123456", "999999999999999",
		"0.1", "0.30000000000000004", "8.055958725", "1e22", "1e23",
		"1.5e-22", "1.5e-23", "123456789012345e7", "0.000123456789012345",
		"4.9e-324", "1.7976931348623157e308", "2.2250738585072014e-308",
		"9007199254740993", "100000000000000000000000", "1E5", "3e+2",
		"0.00000000000000000000001", "7.99", "228.47", "0.8",
		/* the eight-byte path's edges: 7 digits a part, 8 */
		"9999999.9999999", "-9999999.9999999", "1234567", "12345678",
		"12345678.5", "1.1234567", "1.12345678", "0.0000001",
		"0.00000001", "1000000.0000001", "5.5e3", "0.5E-2" };
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	char buf[64], first[64] = "";
	long differ = 0, checked = 0;

	for (size_t i = 0; i < sizeof(edge) / sizeof(edge[0]); i++)
		same_as_strtod(edge[i]);
	gsl_rng_set(rng, 7);
	for (int i = 0; i < 500000; i++) {
		int digits = 1 + (int)gsl_rng_uniform_int(rng, 17);
		int point = (int)gsl_rng_uniform_int(rng, (unsigned long)digits +
		    1);
		size_t n = 0;
		if (gsl_rng_uniform_int(rng, 4) == 0)
			buf[n++] = '-';
		for (int d = 0; d < digits; d++) {
			if (d == point && d > 0)
				buf[n++] = '.';
			buf[n++] = (char)('0' + (d == 0 && digits > 1 &&
			    point != 1 ? 1 + gsl_rng_uniform_int(rng, 9) :
			    gsl_rng_uniform_int(rng, 10)));
		}
		if (gsl_rng_uniform_int(rng, 3) == 0)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, "e%d",
			    (int)gsl_rng_uniform_int(rng, 61) - 30);
		buf[n] = '\0';
		if (jsonstrict_number(buf, buf + n) == buf + n) {
			double got, want = strtod(buf, NULL);
			checked++;
			double scanned;
			/* followed by a comma, as in a record */
			buf[n] = ',';
			buf[n + 1] = '\0';
			if (jsonstrict_parse_number(buf, n, &got) != 0 ||
			    memcmp(&got, &want, sizeof(got)) != 0 ||
			    jsonstrict_scan_number(buf, buf + n + 1,
			    &scanned) != buf + n ||
			    memcmp(&scanned, &want, sizeof(got)) != 0 ||
			    (buf[n] = '\0', scan_roomy(buf, &scanned)) != 1 ||
			    memcmp(&scanned, &want, sizeof(got)) != 0) {
				buf[n] = '\0';
				if (differ++ == 0)
					snprintf(first, sizeof(first), "%s", buf);
			}
		}
	}
	gsl_rng_free(rng);
	ck_assert_msg(differ == 0, "%ld of %ld differ from strtod, first %s", differ,
	    checked, first);
	ck_assert_int_gt(checked, 400000);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("jsonstrict");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_good, 0, sizeof(good) / sizeof(good[0]));
	tcase_add_loop_test(tc, test_bad, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_test(tc, test_depth);
	tcase_add_test(tc, test_twice_large);
	tcase_add_test(tc, test_number);
	tcase_add_test(tc, test_number_exact);
	tcase_add_test(tc, test_number_length);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

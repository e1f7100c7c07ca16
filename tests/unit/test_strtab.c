#include "config.h"

#include <string.h>

#include "strtab.h"
#include "unit.h"

START_TEST(test_intern_is_stable)
{
	struct strtab st;
	uint32_t a, b, c;

	strtab_init(&st);
	a = strtab_intern(&st, "alpha", 5);
	b = strtab_intern(&st, "alphabet", 8);
	c = strtab_intern(&st, "alpha", 5);
	ck_assert_uint_eq(a, 0);
	ck_assert_uint_eq(b, 1);
	ck_assert_uint_eq(c, a);
	ck_assert_str_eq(strtab_str(&st, b), "alphabet");
	/* A prefix of a stored string is a different string. */
	ck_assert_uint_eq(strtab_find(&st, "alph", 4), STRTAB_NONE);
	ck_assert_uint_eq(strtab_find(&st, "alphabet", 8), b);
	ck_assert_ptr_null(strtab_str(&st, 7));
	strtab_release(&st);
}
END_TEST

START_TEST(test_many_strings_survive_growth)
{
	struct strtab st;
	char buf[32];

	strtab_init(&st);
	for (int i = 0; i < 100000; i++) {
		int n = snprintf(buf, sizeof(buf), "q%d", i);
		ck_assert_uint_eq(strtab_intern(&st, buf, (size_t)n),
		    (uint32_t)i);
	}
	for (int i = 0; i < 100000; i += 997) {
		int n = snprintf(buf, sizeof(buf), "q%d", i);
		ck_assert_uint_eq(strtab_find(&st, buf, (size_t)n), (uint32_t)i);
		ck_assert_str_eq(strtab_str(&st, (uint32_t)i), buf);
	}
	ck_assert_uint_eq(st.n, 100000);
	strtab_release(&st);
}
END_TEST

/* Offsets are 32 bits until the bytes pass wide_at (UINT32_MAX; here set
 * to 5,000 so that a test can reach it), then 64: strings before and
 * after the change, and across the slots' growth past it (3,000
 * strings: the slots double at 512, 1,024 and 2,048), keep their ids
 * and bytes; the last string starting at or before 5,000 is the last
 * narrow one.
 * Strings of one to eight letters, so that their hashes differ in
 * length too. */
START_TEST(test_offsets_widen)
{
	struct strtab st;
	char buf[32];
	size_t at = 0;
	uint32_t last_narrow = STRTAB_NONE;

	strtab_init(&st);
	st.wide_at = 5000;
	for (int i = 0; i < 3000; i++) {
		int n = snprintf(buf, sizeof(buf), "%.*s%d", 1 + i % 8,
		    "abcdefgh", i);
		if (at <= 5000)
			last_narrow = (uint32_t)i;
		ck_assert_uint_eq(strtab_intern(&st, buf, (size_t)n),
		    (uint32_t)i);
		/* narrow while this string starts at or before 5,000 */
		ck_assert_int_eq(st.offset64 != NULL, at > 5000);
		at += (size_t)n + 1;
	}
	ck_assert_ptr_null(st.offset32);
	ck_assert_uint_gt(st.offset64[last_narrow + 1], 5000);
	ck_assert_uint_le(st.offset64[last_narrow], 5000);
	for (int i = 0; i < 3000; i++) {
		int n = snprintf(buf, sizeof(buf), "%.*s%d", 1 + i % 8,
		    "abcdefgh", i);
		ck_assert_uint_eq(strtab_find(&st, buf, (size_t)n), (uint32_t)i);
		ck_assert_uint_eq(strtab_intern(&st, buf, (size_t)n),
		    (uint32_t)i);
		ck_assert_str_eq(strtab_str(&st, (uint32_t)i), buf);
	}
	ck_assert_uint_eq(strtab_find(&st, "abc", 3), STRTAB_NONE);
	ck_assert_uint_eq(st.n, 3000);
	strtab_release(&st);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("strtab");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_intern_is_stable);
	tcase_add_test(tc, test_many_strings_survive_growth);
	tcase_add_test(tc, test_offsets_widen);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

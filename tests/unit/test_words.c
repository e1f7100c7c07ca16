#include "config.h"

#include "unit.h"
#include "words.h"

/* Counts worked out by hand; the last cases are what Python's
 * len(s.split()) gives for the same bytes. */
START_TEST(test_counts)
{
	static const struct {
		const char *s;
		size_t n;
	} cases[] = {
		{ "", 0 },
		{ "   ", 0 },
		{ "one", 1 },
		{ " one  two\tthree\n", 3 },
		/* U+00A0 no-break space separates (C2 A0) */
		{ "a\xc2\xa0" "b", 2 },
		/* U+3000 ideographic space (E3 80 80), U+2009 thin space */
		{ "x\xe3\x80\x80y\xe2\x80\x89z", 3 },
		/* U+001F unit separator separates, U+200B zero-width space
		 * does not (Python agrees) */
		{ "a\x1f" "b\xe2\x80\x8b" "c", 2 },
		/* a non-space multibyte letter: one word */
		{ "caf\xc3\xa9 na\xc3\xafve", 2 },
		/* U+0085 next line (C2 85) */
		{ "a\xc2\x85" "b", 2 },
		/* a 4-byte character inside a word */
		{ "\xf0\x9f\x98\x80ok", 1 },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ck_assert_msg(words_count(cases[i].s) == cases[i].n,
		    "case %zu: %zu words, expected %zu", i,
		    words_count(cases[i].s), cases[i].n);
}
END_TEST

/* Every separator of the documented list, and its neighbours outside. */
START_TEST(test_space_set)
{
	static const unsigned long in[] = { 0x09, 0x0d, 0x1c, 0x20, 0x85,
		0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
		0x3000 };
	static const unsigned long out[] = { 0x08, 0x0e, 0x1b, 0x21, 0x84,
		0x86, 0x9f, 0xa1, 0x167f, 0x1681, 0x1fff, 0x200b, 0x202e,
		0x2030, 0x205e, 0x2060, 0x2fff, 0x3001, 0xfeff };

	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		ck_assert_msg(words_space(in[i]), "U+%04lX", in[i]);
	for (size_t i = 0; i < sizeof(out) / sizeof(out[0]); i++)
		ck_assert_msg(!words_space(out[i]), "U+%04lX", out[i]);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("words");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_counts);
	tcase_add_test(tc, test_space_set);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

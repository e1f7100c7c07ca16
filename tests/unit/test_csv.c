#include "config.h"

#include <string.h>
#include <unistd.h>

#include "csv.h"
#include "unit.h"

struct split_case {
	const char *text;
	int nfields;
	const char *field[4];
};

static const struct split_case good[] = {
	{ "a,b,c", 3, { "a", "b", "c" } },
	{ "a,,c", 3, { "a", "", "c" } },
	{ "a,b,", 3, { "a", "b", "" } },
	{ "\"x,y\",z", 2, { "x,y", "z" } },
	{ "\"say \"\"hi\"\"\",2", 2, { "say \"hi\"", "2" } },
	{ "\"\",1", 2, { "", "1" } },
	{ "\"two\nlines\",3", 2, { "two\nlines", "3" } },
	{ "", 1, { "" } },
	{ "\"a\rb\",\tc", 2, { "a\rb", "\tc" } },
	{ "caf\xc3\xa9,x", 2, { "caf\xc3\xa9", "x" } },
};

START_TEST(test_split_good)
{
	const struct split_case *c = &good[_i];
	struct csv_reader r;
	struct ipw_error err;
	char buf[128];

	csv_init(&r, NULL);
	snprintf(buf, sizeof(buf), "%s", c->text);
	ck_assert_int_eq(csv_split(&r, buf, strlen(buf), &err), 0);
	ck_assert_int_eq(r.nfields, c->nfields);
	for (int i = 0; i < c->nfields; i++)
		ck_assert_str_eq(r.field[i], c->field[i]);
}
END_TEST

struct bad_case {
	const char *text;
	long col;
	const char *msg;
};

static const struct bad_case bad[] = {
	{ "a,b\"c", 4, "quote inside an unquoted field" },
	{ "\"a\"b,c", 4, "unexpected character after a closing quote" },
	{ "x,\"open", 3, "unterminated quoted field" },
	/* a stray CR, a control byte, bad UTF-8; a CR in quotes is data */
	{ "ab\rc,d", 3, "a CR inside an unquoted field (lines end in LF or "
	    "CRLF)" },
	{ "a,b\x01", 4, "control byte 0x01 in a field" },
	{ "a,\"b\x01\"", 5, "control byte 0x01 in a field" },
	{ "a,\xc3(", 3, "invalid UTF-8 in a field" },
};

START_TEST(test_split_bad)
{
	const struct bad_case *c = &bad[_i];
	struct csv_reader r;
	struct ipw_error err;
	char buf[128];

	csv_init(&r, NULL);
	snprintf(buf, sizeof(buf), "%s", c->text);
	ck_assert_int_eq(csv_split(&r, buf, strlen(buf), &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
	ck_assert_int_eq(err.col, c->col);
	ck_assert_str_eq(err.msg, c->msg);
}
END_TEST

/* Records spanning lines keep the line they start on. */
START_TEST(test_read_multiline)
{
	char path[] = "/tmp/ipwsim-csv-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	struct input in;
	struct csv_reader r;
	struct ipw_error err;

	fputs("h1,h2\r\n\r\n\"multi\r\nline\",2\r\nlast,3", fp);
	fclose(fp);
	ck_assert_int_eq(input_open(&in, path, 0, &err), 0);
	csv_init(&r, &in);
	ck_assert_int_eq(csv_read(&r, &err), 1);
	ck_assert_int_eq(r.line, 1);
	ck_assert_int_eq(csv_read(&r, &err), 1);
	ck_assert_int_eq(r.line, 3);
	ck_assert_str_eq(r.field[0], "multi\nline");
	ck_assert_int_eq(csv_read(&r, &err), 1);
	ck_assert_int_eq(r.line, 5);
	ck_assert_str_eq(r.field[0], "last");
	ck_assert_str_eq(r.field[1], "3");
	ck_assert_int_eq(csv_read(&r, &err), 0);
	csv_release(&r);
	input_close(&in);
	unlink(path);
}
END_TEST

/* The quote state by the plain rule, one byte at a time (the second
 * method): a quote opens a field only at its start, "" inside one is a
 * quote, a quote closes it otherwise. */
static int
quote_state(const char *s, size_t n, int open)
{
	int field_start = !open;

	for (size_t i = 0; i < n; i++) {
		if (open) {
			if (s[i] == '"') {
				if (i + 1 < n && s[i + 1] == '"')
					i++;
				else
					open = 0;
			}
		} else if (s[i] == '"' && field_start)
			open = 1;
		field_start = !open && s[i] == ',';
	}
	return open;
}

/* csv_quote_open, which jumps from quote to quote, agrees with it on
 * every string of a, comma and quote up to 10 bytes, open or not. */
START_TEST(test_quote_open_every_short_string)
{
	static const char alphabet[3] = { 'a', ',', '"' };
	char buf[16];
	long checked = 0;

	for (size_t n = 0; n <= 10; n++) {
		long count = 1;
		for (size_t i = 0; i < n; i++)
			count *= 3;
		for (long code = 0; code < count; code++) {
			long c = code;
			for (size_t i = 0; i < n; i++, c /= 3)
				buf[i] = alphabet[c % 3];
			for (int open = 0; open <= 1; open++) {
				ck_assert_msg(csv_quote_open(buf, n, open) ==
				    quote_state(buf, n, open), "%.*s (open %d)",
				    (int)n, buf, open);
				checked++;
			}
		}
	}
	ck_assert_int_eq(checked, 2 * 88573);	/* 2 x (3^11 - 1) / 2 */
}
END_TEST

/* One byte x at every place of a 24-byte unquoted field (the word-at-a-
 * time scan and the byte loop both meet it): printable ASCII, DEL and
 * TAB are taken, a comma splits, anything else (a control byte, a quote,
 * a lone byte above 0x7f) is refused at its own column. */
START_TEST(test_split_byte_everywhere)
{
	char line[32], copy[32];
	struct csv_reader r;
	struct ipw_error err;

	memset(&r, 0, sizeof(r));
	for (int x = 1; x < 256; x++)
		for (int at = 0; at < 24; at++) {
			int rc, ok = (x >= 0x20 && x <= 0x7f && x != '"') ||
			    x == '\t';
			memset(line, 'a', 24);
			line[at] = (char)x;
			memcpy(copy, line, 24);
			copy[24] = '\0';
			rc = csv_split(&r, copy, 24, &err);
			ck_assert_msg(rc == (ok ? 0 : -1), "byte 0x%02x at %d: %d",
			    x, at, rc);
			if (!ok)
				ck_assert_msg(err.col == at + 1, "byte 0x%02x at %d: "
				    "column %ld", x, at, err.col);
			else
				ck_assert_int_eq(r.nfields, x == ',' ? 2 : 1);
		}
}
END_TEST

/* The same in a quoted field (the byte at column at + 2, after the
 * quote): printable ASCII but the quote, DEL, TAB, CR, LF and the
 * comma are the field's, as they are; any other control byte and a lone
 * byte above 0x7f are refused at their own column. */
START_TEST(test_split_quoted_byte_everywhere)
{
	char line[32], copy[32];
	struct csv_reader r;
	struct ipw_error err;

	memset(&r, 0, sizeof(r));
	for (int x = 1; x < 256; x++)
		for (int at = 0; at < 24; at++) {
			int rc, ok = x != '"' && ((x >= 0x20 && x <= 0x7f) ||
			    x == '\t' || x == '\r' || x == '\n');
			if (x == '"')
				continue;
			line[0] = '"';
			memset(line + 1, 'a', 24);
			line[1 + at] = (char)x;
			line[25] = '"';
			memcpy(copy, line, 26);
			copy[26] = '\0';
			rc = csv_split(&r, copy, 26, &err);
			ck_assert_msg(rc == (ok ? 0 : -1), "byte 0x%02x at %d: %d",
			    x, at, rc);
			if (!ok) {
				ck_assert_msg(err.col == at + 2, "byte 0x%02x at "
				    "%d: column %ld", x, at, err.col);
				continue;
			}
			ck_assert_int_eq(r.nfields, 1);
			ck_assert_int_eq(r.flen[0], 24);
			ck_assert(memcmp(r.field[0], line + 1, 24) == 0);
		}
}
END_TEST

/* Records written from known fields (a random mix of letters, commas,
 * quotes, newlines, TABs and a two-byte UTF-8 letter, 0 to 40 bytes;
 * quoted when they must be and at random otherwise, each quote doubled)
 * split back into the same fields: the eight-byte runs, the doubled
 * quotes that move the field's bytes down, fields of every length
 * around eight. */
START_TEST(test_split_round_trip)
{
	static const char *const piece[] = { "a", "b", ",", "\"", "\n", "\t",
	    "\xc3\xa9", "xyz12345" };
	char field[6][128], line[1024], copy[1024];
	size_t flen[6];
	struct csv_reader r;
	struct ipw_error err;
	unsigned long seed = 12345;

	memset(&r, 0, sizeof(r));
	for (int rec = 0; rec < 20000; rec++) {
		int nf, quote;
		size_t n = 0;
		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		nf = 1 + (int)((seed >> 33) % 6);
		for (int f = 0; f < nf; f++) {
			size_t len = 0, want;
			int special = 0;
			seed = seed * 6364136223846793005ul + 1442695040888963407ul;
			want = (seed >> 33) % 41;
			while (len < want) {
				const char *p;
				seed = seed * 6364136223846793005ul +
				    1442695040888963407ul;
				p = piece[(seed >> 33) % 8];
				memcpy(field[f] + len, p, strlen(p));
				len += strlen(p);
				special |= strpbrk(p, ",\"\n") != NULL;
			}
			flen[f] = len;
			quote = special || ((seed >> 40) & 1);
			if (f > 0)
				line[n++] = ',';
			if (quote)
				line[n++] = '"';
			for (size_t i = 0; i < len; i++) {
				if (field[f][i] == '"' && quote)
					line[n++] = '"';
				line[n++] = field[f][i];
			}
			if (quote)
				line[n++] = '"';
		}
		memcpy(copy, line, n);
		copy[n] = '\0';
		ck_assert_msg(csv_split(&r, copy, n, &err) == 0, "%.*s: %s",
		    (int)n, line, err.msg);
		ck_assert_int_eq(r.nfields, nf);
		for (int f = 0; f < nf; f++) {
			ck_assert_msg(r.flen[f] == flen[f] && memcmp(r.field[f],
			    field[f], flen[f]) == 0, "record %d field %d: %.*s",
			    rec, f, (int)n, line);
			ck_assert_int_eq(r.field[f][flen[f]], '\0');
		}
	}
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("csv");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_split_good, 0,
	    sizeof(good) / sizeof(good[0]));
	tcase_add_loop_test(tc, test_split_bad, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_test(tc, test_read_multiline);
	tcase_add_test(tc, test_quote_open_every_short_string);
	tcase_add_test(tc, test_split_quoted_byte_everywhere);
	tcase_add_test(tc, test_split_round_trip);
	tcase_add_test(tc, test_split_byte_everywhere);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

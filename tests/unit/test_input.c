#include "config.h"

#include <string.h>
#include <unistd.h>

#include <zstd.h>

#include "input.h"
#include "unit.h"

static char path[64];

static void
write_file(const void *data, size_t n)
{
	int fd;

	snprintf(path, sizeof(path), "/tmp/ipwsim-input-XXXXXX");
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, data, n), (ssize_t)n);
	close(fd);
}

/* Reads every line, joined with '|'; returns the last getline status. */
static int
read_all(char *out, size_t size, struct ipw_error *err)
{
	struct input in;
	char *line;
	size_t len, used = 0;
	int rc;

	out[0] = '\0';
	ck_assert_int_eq(input_open(&in, path, 64, err), 0);
	while ((rc = input_getline(&in, &line, &len, err)) > 0) {
		ck_assert_uint_eq(strlen(line), len);
		used += (size_t)snprintf(out + used, size - used, "%s|", line);
	}
	input_close(&in);
	unlink(path);
	return rc;
}

START_TEST(test_plain_lines)
{
	const char text[] = "a\r\nbb\n\nccc";
	char out[64];
	struct ipw_error err;

	write_file(text, strlen(text));
	ck_assert_int_eq(read_all(out, sizeof(out), &err), 0);
	ck_assert_str_eq(out, "a|bb||ccc|");
}
END_TEST

START_TEST(test_zstd_lines)
{
	/* Longer than one read chunk, so the stream is decoded in parts. */
	size_t n = 300000, clen;
	char *text = malloc(n), *z = malloc(ZSTD_compressBound(n));
	struct ipw_error err;
	struct input in;
	char *line;
	size_t len, lines = 0;

	for (size_t i = 0; i < n; i++)
		text[i] = i % 50 == 49 ? '\n' : (char)('a' + i % 26);
	clen = ZSTD_compress(z, ZSTD_compressBound(n), text, n, 3);
	ck_assert(!ZSTD_isError(clen));
	write_file(z, clen);
	ck_assert_int_eq(input_open(&in, path, 0, &err), 0);
	ck_assert_int_eq(in.is_zstd, 1);
	while (input_getline(&in, &line, &len, &err) > 0) {
		ck_assert_uint_eq(len, 49);
		lines++;
	}
	ck_assert_uint_eq(lines, n / 50);
	input_close(&in);
	unlink(path);
	free(text);
	free(z);
}
END_TEST

START_TEST(test_zstd_truncated)
{
	const char text[] = "first line\nsecond line\nthird line\n";
	char z[256], out[128];
	size_t clen = ZSTD_compress(z, sizeof(z), text, strlen(text), 3);
	struct ipw_error err;

	write_file(z, clen - 4);	/* cut the frame's end */
	ck_assert_int_eq(read_all(out, sizeof(out), &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
	ck_assert_msg(strstr(err.msg, "zstd") != NULL, "%s", err.msg);
}
END_TEST

START_TEST(test_zstd_corrupt)
{
	const char text[] = "first line\nsecond line\nthird line\n";
	char z[256], out[128];
	size_t clen = ZSTD_compress(z, sizeof(z), text, strlen(text), 3);
	struct ipw_error err;

	memset(z + 6, 0xff, clen - 6);
	write_file(z, clen);
	ck_assert_int_eq(read_all(out, sizeof(out), &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
	ck_assert_msg(strstr(err.msg, "zstd") != NULL, "%s", err.msg);
}
END_TEST

START_TEST(test_long_line)
{
	char text[300], out[512];
	struct ipw_error err;

	memset(text, 'x', sizeof(text));
	text[10] = '\n';
	write_file(text, sizeof(text));
	ck_assert_int_eq(read_all(out, sizeof(out), &err), -1);
	ck_assert_int_eq(err.line, 2);
	ck_assert_str_eq(err.msg, "line is longer than 64 bytes");
}
END_TEST

START_TEST(test_missing_file)
{
	struct input in;
	struct ipw_error err;

	ck_assert_int_eq(input_open(&in, "/nonexistent/x.jsonl", 0, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_NOINPUT);
	ck_assert_str_eq(err.file, "/nonexistent/x.jsonl");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("input");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_plain_lines);
	tcase_add_test(tc, test_zstd_lines);
	tcase_add_test(tc, test_zstd_truncated);
	tcase_add_test(tc, test_zstd_corrupt);
	tcase_add_test(tc, test_long_line);
	tcase_add_test(tc, test_missing_file);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

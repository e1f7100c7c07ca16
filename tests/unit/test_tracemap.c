#include "config.h"

#include <string.h>
#include <unistd.h>

#include "strtab.h"
#include "tracemap.h"
#include "unit.h"

/* Writes text to a scratch file and loads it as a map; the load's
 * return. */
static int
load_text(struct tracemap *m, const char *text, struct ipw_error *err)
{
	char path[] = "/tmp/ipwsim-map-XXXXXX";
	int fd = mkstemp(path), rc;
	FILE *fp = fdopen(fd, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
	rc = tracemap_load(m, path, err);
	unlink(path);
	return rc;
}

/* A whole map: the required fields, plus extra (a JSON fragment that
 * ends in a comma or is empty) in "fields", and after them top. */
static int
load_with(const char *extra, const char *top, struct ipw_error *err)
{
	char text[16384];
	struct tracemap m;
	int rc;

	snprintf(text, sizeof(text), "{\"fields\": {%s\"query_id\": \"id\", "
	    "\"energy_j\": \"e\", \"tokens_in\": \"i\", \"tokens_out\": \"o\", "
	    "\"correct\": \"c\"}%s}", extra, top);
	rc = load_text(&m, text, err);
	tracemap_release(&m);
	return rc;
}

/* head, then n copies of item with each "#" replaced by the copy's
 * index, separated by sep, then tail: the maps of the limit tests. */
static const char *
repeat(const char *head, const char *item, const char *sep, int n,
    const char *tail)
{
	static char buf[4][8192];
	static int which;
	char *b = buf[which = (which + 1) % 4];
	size_t k = (size_t)snprintf(b, sizeof(buf[0]), "%s", head);

	for (int i = 0; i < n; i++) {
		k += (size_t)snprintf(b + k, sizeof(buf[0]) - k, "%s", i ? sep :
		    "");
		for (const char *c = item; *c != '\0'; c++)
			k += (size_t)(*c == '#' ? snprintf(b + k, sizeof(buf[0]) -
			    k, "%d", i) : snprintf(b + k, sizeof(buf[0]) - k, "%c",
			    *c));
	}
	snprintf(b + k, sizeof(buf[0]) - k, "%s", tail);
	return b;
}

/* "model": {"from": ["p0", ..., "p{n-1}"]}, */
static const char *
paths(int n)
{
	return repeat("\"model\": {\"from\": [", "\"p#\"", ", ", n, "]},");
}

/* "model": "a.a. ... .a", n names */
static const char *
parts(int n)
{
	return repeat("\"model\": \"", "a", ".", n, "\",");
}

/* , "skip": [{"from": "s", "in": ["w0", ..., "w{n-1}"]}] */
static const char *
words(int n)
{
	return repeat(", \"skip\": [{\"from\": \"s\", \"in\": [", "\"w#\"",
	    ", ", n, "]}]");
}

/* , "skip": [{"from": "s0", "missing": true}, ...] */
static const char *
skips(int n)
{
	return repeat(", \"skip\": [", "{\"from\": \"s#\", \"missing\": "
	    "true}", ", ", n, "]");
}

/* "model": {"from": "m0", "else": {"from": "m1", "else": ...}} with n
 * nested else */
static const char *
elses(int n)
{
	static char buf[4096];
	const char *open = repeat("\"model\": ", "{\"from\": \"m#\", "
	    "\"else\": ", "", n, "");

	snprintf(buf, sizeof(buf), "%s{\"from\": \"m%d\"%s,", open, n,
	    repeat("", "}", "", n + 1, ""));
	return buf;
}

/* Every documented limit, below, at and above it. */
START_TEST(test_limits)
{
	struct ipw_error err;

	ck_assert_int_eq(load_with(paths(7), "", &err), 0);
	ck_assert_int_eq(load_with(paths(8), "", &err), 0);
	ck_assert_int_eq(load_with(paths(9), "", &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "more than 8 paths"));
	ck_assert_int_eq(load_with(parts(15), "", &err), 0);
	ck_assert_int_eq(load_with(parts(16), "", &err), 0);
	ck_assert_int_eq(load_with(parts(17), "", &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "more than 16 parts"));
	ck_assert_int_eq(load_with("", words(31), &err), 0);
	ck_assert_int_eq(load_with("", words(32), &err), 0);
	ck_assert_int_eq(load_with("", words(33), &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "more than 32 strings"));
	ck_assert_int_eq(load_with("", skips(15), &err), 0);
	ck_assert_int_eq(load_with("", skips(16), &err), 0);
	ck_assert_int_eq(load_with("", skips(17), &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "more than 16 rules"));
	ck_assert_int_eq(load_with(elses(3), "", &err), 0);
	ck_assert_int_eq(load_with(elses(4), "", &err), 0);
	ck_assert_int_eq(load_with(elses(5), "", &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "more than 4 deep"));
}
END_TEST

/* Maps refused at load, each at its place. */
START_TEST(test_refused)
{
	static const struct {
		const char *extra, *top, *why;
	} bad[] = {
		{ "\"latency_s\": {\"from\": \"t\", \"unit\": \"J\"},", "",
		    "is not a unit of latency_s" },
		{ "\"flops\": {\"from\": \"t\", \"unit\": \"s\"},", "",
		    "is for latency_s" },
		{ "\"model\": {\"from\": \"a[].b[].c\"},", "",
		    "one \"[]\"" },
		{ "\"model\": {\"from\": \"a..b\"},", "", "is not a path" },
		{ "\"model\": \"$key\",", "", "has no \"each\"" },
		{ "\"dataset\": {\"from\": \"d\", \"true\": [\"x\"]},", "",
		    "decide correct" },
		{ "\"energy_source\": {\"value\": \"metered\"},", "",
		    "is not measured" },
		{ "\"batch_size\": {\"value\": 0},", "", "is below 1" },
		{ "\"model\": {\"value\": \"m\", \"join\": \"-\"},", "",
		    "no other keys" },
		{ "\"batch_size\": {\"from\": \"o\", \"join\": \"-\"},", "",
		    "joins text" },
		{ "", ", \"format\": \"xml\"", "is not \"jsonl\"" },
		{ "", ", \"skip\": [{\"from\": \"s\"}]", "needs \"in\"" },
	};
	struct ipw_error err;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		ck_assert_msg(load_with(bad[i].extra, bad[i].top, &err) == -1,
		    "case %zu loaded", i);
		ck_assert_msg(strstr(err.msg, bad[i].why) != NULL,
		    "case %zu: %s", i, err.msg);
		ck_assert_msg(err.line > 0, "case %zu: no line", i);
	}
	/* a required field missing */
	{
		struct tracemap m;
		ck_assert_int_eq(load_text(&m, "{\"fields\": {\"query_id\": "
		    "\"id\"}}", &err), -1);
		tracemap_release(&m);
		ck_assert_ptr_nonnull(strstr(err.msg, "gives no energy_j"));
	}
}
END_TEST

/* One line through a map with each, $key, $. paths, a sum over an
 * array, join, hash, unless, else and units; values worked out by
 * hand. */
START_TEST(test_apply)
{
	static const char map[] = "{\"each\": \"runs\", \"fields\": {"
	    "\"query_id\": {\"from\": [\"$.q\", \"$key\"], \"join\": \"/\"},"
	    "\"model\": {\"from\": \"$key\", \"hash\": \"m:\"},"
	    "\"accelerator\": {\"from\": \"gpu\", \"else\": {\"value\": \"X\"}},"
	    "\"energy_j\": {\"from\": \"turns[].e\", \"unit\": \"kJ\"},"
	    "\"latency_s\": {\"from\": \"t\", \"unit\": \"min\"},"
	    "\"tokens_in\": \"n.in\", \"tokens_out\": {\"from\": \"n.out\"},"
	    "\"correct\": {\"from\": \"ok\", \"unless\": \"bad\", "
	    "\"optional\": true}}}";
	static const char line[] = "{\"q\": 7, \"runs\": {\"A\": {\"gpu\": "
	    "\"G\", \"turns\": [{\"e\": 1.5}, {\"e\": null}, {\"e\": 0.5}], "
	    "\"t\": 2, \"n\": {\"in\": 3, \"out\": 4}, \"ok\": true}, \"B\": "
	    "{\"turns\": [], \"n\": {\"in\": 1, \"out\": 1}, \"ok\": true, "
	    "\"bad\": \"x\"}}}";
	struct tracemap m;
	struct tracemap_state *st = calloc(1, sizeof(*st));
	struct tracemap_fail fail;
	struct tracemap_src src;
	struct record rec;
	struct ipw_error err;
	cJSON *root = cJSON_Parse(line);
	const cJSON *list, *e;
	char want[64];
	int bad;

	ck_assert_int_eq(load_text(&m, map, &err), 0);
	list = tracemap_entries(&m, root, &bad);
	ck_assert_ptr_nonnull(list);
	e = list->child;
	src = (struct tracemap_src){ root, e, e->string, NULL, NULL };
	ck_assert_int_eq(tracemap_apply(&m, st, &src, &rec, &fail),
	    TRACEMAP_OK);
	ck_assert_int_eq((int)rec.text_len[RF_QUERY_ID], 3);
	ck_assert(memcmp(rec.text[RF_QUERY_ID], "7/A", 3) == 0);
	snprintf(want, sizeof(want), "m:%016llx",
	    (unsigned long long)strtab_hash64("A"));
	ck_assert_int_eq((int)rec.text_len[RF_MODEL], (int)strlen(want));
	ck_assert(memcmp(rec.text[RF_MODEL], want, strlen(want)) == 0);
	ck_assert(memcmp(rec.text[RF_ACCELERATOR], "G", 1) == 0);
	ck_assert_double_eq(rec.num[RF_ENERGY], 2000);	/* (1.5 + 0.5) kJ */
	ck_assert_double_eq(rec.num[RF_LATENCY], 120);	/* 2 min */
	ck_assert_double_eq(rec.num[RF_CORRECT], 1);
	/* B: no gpu (the else constant), an empty sum (absent: energy_j
	 * lacks), and "bad" set leaves correct unset */
	e = e->next;
	src.entry = e;
	src.key = e->string;
	ck_assert_int_eq(tracemap_apply(&m, st, &src, &rec, &fail),
	    TRACEMAP_LACKS);
	ck_assert_int_eq(fail.field, RF_ENERGY);
	ck_assert(memcmp(rec.text[RF_ACCELERATOR], "X", 1) == 0);
	cJSON_Delete(root);
	tracemap_release(&m);
	free(st);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("tracemap");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_limits);
	tcase_add_test(tc, test_refused);
	tcase_add_test(tc, test_apply);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trace.h"
#include "unit.h"

/* The tiny trace, written out by hand: per query (tokens in, out) and per
 * configuration (correct, energy J). Configurations in file order:
 * Qwen3-4B@Apple-M4-Max, Qwen3-8B@Apple-M4-Max, Qwen3-235B-A22B@NVIDIA-H200. */
static const struct {
	const char *q;
	unsigned tin, tout;
	int ok[3];
	double e[3];
	const char *domain, *dataset;
} tiny[] = {
	{ "q1", 10, 90, { 1, 1, 1 }, { 10, 20, 100 },
	    "Computer and mathematical", "wildchat" },
	{ "q2", 20, 180, { 0, 1, 1 }, { 12, 25, 120 }, "Education",
	    "wildchat" },
	{ "q3", 50, 250, { 0, 0, 1 }, { 8, 16, 80 }, "Arts and media",
	    "natural_reasoning" },
	{ "q4", 40, 60, { 1, 0, 0 }, { 5, 9, 50 }, "Education",
	    "natural_reasoning" },
	{ "q5", 10, 40, { 1, 1, 1 }, { 30, 15, 100 }, "Arts and media",
	    "wildchat" },
};

static const char *const tiny_files[] = { "tiny.jsonl", "tiny.csv",
	"tiny.jsonl.zst", "tiny.csv.zst" };

static int
load(struct table *t, const char *name, struct ipw_errlist *errs,
    size_t max_errors)
{
	struct trace_options o;

	trace_options_init(&o);
	table_init(t);
	ck_assert_int_eq(ipw_errlist_init(errs, max_errors), 0);
	return trace_load(t, testdata(name), &o, errs);
}

START_TEST(test_tiny_in_every_format)
{
	struct table t;
	struct ipw_errlist errs;
	const char *cfg[3] = { "Qwen3-4B@Apple-M4-Max", "Qwen3-8B@Apple-M4-Max",
		"Qwen3-235B-A22B@NVIDIA-H200" };

	ck_assert_int_eq(load(&t, tiny_files[_i], &errs, 1), 0);
	ck_assert_uint_eq(errs.n, 0);
	ck_assert_uint_eq(t.nq, 5);
	ck_assert_uint_eq(t.nc, 3);
	ck_assert_uint_eq(table_cells(&t), 15);
	for (int c = 0; c < 3; c++)
		ck_assert_str_eq(table_config_name(&t, (uint32_t)c), cfg[c]);
	for (uint32_t q = 0; q < 5; q++) {
		ck_assert_str_eq(table_query(&t, q), tiny[q].q);
		ck_assert_str_eq(table_str(&t, table_domain(&t, q)), tiny[q].domain);
		ck_assert_str_eq(table_str(&t, table_dataset(&t, q)), tiny[q].dataset);
		for (int c = 0; c < 3; c++) {
			const struct table_config *k = &t.cfg[c];
			ck_assert(table_has(k, q));
			ck_assert_int_eq(table_correct(k, q), tiny[q].ok[c]);
			ck_assert_double_eq(table_energy(k, q), tiny[q].e[c]);
			ck_assert_uint_eq(table_tok_in(k, q), tiny[q].tin);
			ck_assert_uint_eq(table_tok_out(k, q), tiny[q].tout);
		}
	}
	ipw_errlist_release(&errs);
	table_release(&t);
}
END_TEST

/* Token columns hold 16 bits a cell until a value needs more: 65,535
 * stays narrow, 65,536 widens the column (with the values before it),
 * up to the largest allowed, 4,294,967,295; the other configuration's
 * column and the other column stay narrow. 3,000 queries, so that the
 * widening copies past the first block of rows. */
START_TEST(test_token_widths)
{
	static const unsigned tin[] = { 65534, 65535, 0, 65536, 7, 4294967295u };
	char path[] = "/tmp/ipwsim-tokens-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	struct trace_options o;
	struct table t;
	struct ipw_errlist errs;
	const int n = 3000;

	ck_assert_ptr_nonnull(fp);
	for (int q = 0; q < n; q++) {
		unsigned v = q < 6 ? tin[q] : (unsigned)q;
		fprintf(fp, "{\"query_id\":\"q%d\",\"model\":\"Qwen3-8B\","
		    "\"accelerator\":\"Apple-M4-Max\",\"correct\":1,"
		    "\"energy_j\":1,\"tokens_in\":%u,\"tokens_out\":%d}\n", q,
		    q == n - 1 ? 70000u : v, q % 65536);
		fprintf(fp, "{\"query_id\":\"q%d\",\"model\":\"Qwen3-235B-A22B\","
		    "\"accelerator\":\"NVIDIA-H200\",\"correct\":1,"
		    "\"energy_j\":2,\"tokens_in\":%d,\"tokens_out\":65535}\n",
		    q, q);
	}
	fclose(fp);
	trace_options_init(&o);
	table_init(&t);
	ck_assert_int_eq(ipw_errlist_init(&errs, 1), 0);
	ck_assert_int_eq(trace_load(&t, path, &o, &errs), 0);
	unlink(path);
	ck_assert_uint_eq(t.nq, (unsigned)n);
	ck_assert_ptr_nonnull(t.cfg[0].tok_in32);
	ck_assert_ptr_null(t.cfg[0].tok_in16);
	ck_assert_ptr_nonnull(t.cfg[0].tok_out16);
	ck_assert_ptr_null(t.cfg[0].tok_out32);
	ck_assert_ptr_nonnull(t.cfg[1].tok_in16);
	ck_assert_ptr_nonnull(t.cfg[1].tok_out16);
	for (uint32_t q = 0; q < (uint32_t)n; q++) {
		unsigned v = q < 6 ? tin[q] : q;
		ck_assert_uint_eq(table_tok_in(&t.cfg[0], q), q == (uint32_t)n - 1 ?
		    70000u : v);
		ck_assert_uint_eq(table_tok_out(&t.cfg[0], q), q % 65536);
		ck_assert_uint_eq(table_tok_in(&t.cfg[1], q), q);
		ck_assert_uint_eq(table_tok_out(&t.cfg[1], q), 65535);
	}
	ipw_errlist_release(&errs);
	table_release(&t);
}
END_TEST

/* Energy columns hold a count of 10^-k J a cell while every value is one
 * below 2^32 - 1 that gives its double back: each value read must be
 * the double strtod makes of its text (the second method), bit for bit,
 * and NaN where the cell was not measured. Configurations: 0 adds
 * decimals as it goes (5, 12.5, 0.125, 3.14159: the counts scaled up
 * each time) and stays 32-bit; 1 meets 19 significant digits at query
 * 2,500 and turns to doubles; 2 holds the largest count, 4,294,967,294,
 * then a value with a decimal that would scale it past 32 bits; 3 the
 * count 4,294,967,295 (not a count: the mark of an empty cell); 4 scales
 * 400,000,000 to 4,000,000,000 for a half and stays 32-bit. */
static void
energy_text(char *buf, size_t size, int c, int q)
{
	static const char *const first[][4] = {
		{ "5", "12.5", "0.125", "3.14159" },
		{ "1", "2", "3", "4" },
		{ "4294967294", "1.5", "7", "8" },
		{ "4294967295", "1", "2", "3" },
		{ "400000000", "0.5", "12", "0" },
	};

	if (q < 4)
		snprintf(buf, size, "%s", first[c][q]);
	else if (c == 1 && q == 2500)
		snprintf(buf, size, "0.1234567890123456789");
	else if (c == 4)
		snprintf(buf, size, "%d.5", q);
	else
		snprintf(buf, size, "%d.%03d", q, (q * 7) % 1000);
}

START_TEST(test_energy_widths)
{
	char path[] = "/tmp/ipwsim-energy-XXXXXX", text[64];
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	struct trace_options o;
	struct table t;
	struct ipw_errlist errs;
	const int n = 3000, nc = 5;
	static const char *const accel[] = { "Apple-M4-Max", "NVIDIA-H100",
		"NVIDIA-B200", "NVIDIA-A100", "AMD-MI300X" };

	ck_assert_ptr_nonnull(fp);
	for (int q = 0; q < n; q++)
		for (int c = 0; c < nc; c++) {
			if (c == 0 && q == 100)
				continue;	/* a cell not measured */
			energy_text(text, sizeof(text), c, q);
			fprintf(fp, "{\"query_id\":\"q%d\",\"model\":\"Qwen3-8B\","
			    "\"accelerator\":\"%s\",\"correct\":1,"
			    "\"energy_j\":%s,\"tokens_in\":1,\"tokens_out\":1}\n",
			    q, accel[c], text);
		}
	fclose(fp);
	trace_options_init(&o);
	table_init(&t);
	ck_assert_int_eq(ipw_errlist_init(&errs, 1), 0);
	ck_assert_int_eq(trace_load(&t, path, &o, &errs), 0);
	unlink(path);
	ck_assert_uint_eq(t.nq, (unsigned)n);
	ck_assert_uint_eq(t.nc, (unsigned)nc);
	ck_assert_ptr_nonnull(t.cfg[0].energy32);
	ck_assert_int_eq(t.cfg[0].energy_dec, 5);
	ck_assert_ptr_nonnull(t.cfg[1].energy64);
	ck_assert_ptr_null(t.cfg[1].energy32);
	ck_assert_ptr_nonnull(t.cfg[2].energy64);
	ck_assert_ptr_nonnull(t.cfg[3].energy64);
	ck_assert_ptr_nonnull(t.cfg[4].energy32);
	ck_assert_int_eq(t.cfg[4].energy_dec, 1);
	for (int c = 0; c < nc; c++)
		for (int q = 0; q < n; q++) {
			double got = table_energy(&t.cfg[c], (uint32_t)q), want;
			if (c == 0 && q == 100) {
				ck_assert(isnan(got));
				continue;
			}
			energy_text(text, sizeof(text), c, q);
			want = strtod(text, NULL);
			ck_assert_msg(memcmp(&got, &want, sizeof(got)) == 0,
			    "configuration %d, query %d: %.17g, not %s", c, q,
			    got, text);
		}
	ipw_errlist_release(&errs);
	table_release(&t);
}
END_TEST

/* Each query remembers the file and line of its first record: three
 * files read into one table, the second repeating a query of the first
 * on another accelerator (the query stays the first file's) before two
 * new ones. */
START_TEST(test_query_positions)
{
	static const char *const recs[3][3][2] = {
		{ { "qa", "Apple-M4-Max" }, { "qb", "Apple-M4-Max" } },
		{ { "qb", "NVIDIA-H100" }, { "qc", "Apple-M4-Max" },
		    { "qd", "Apple-M4-Max" } },
		{ { "qe", "Apple-M4-Max" } },
	};
	static const struct {
		const char *q;
		uint32_t file, line;
	} want[] = { { "qa", 0, 1 }, { "qb", 0, 2 }, { "qc", 1, 2 },
		{ "qd", 1, 3 }, { "qe", 2, 1 } };
	struct trace_options o;
	struct table t;
	struct ipw_errlist errs;

	trace_options_init(&o);
	table_init(&t);
	ck_assert_int_eq(ipw_errlist_init(&errs, 1), 0);
	for (int f = 0; f < 3; f++) {
		char path[] = "/tmp/ipwsim-positions-XXXXXX";
		FILE *fp = fdopen(mkstemp(path), "w");
		ck_assert_ptr_nonnull(fp);
		for (int k = 0; k < 3 && recs[f][k][0] != NULL; k++)
			fprintf(fp, "{\"query_id\":\"%s\",\"model\":\"Qwen3-8B\","
			    "\"accelerator\":\"%s\",\"correct\":1,"
			    "\"energy_j\":1,\"tokens_in\":1,\"tokens_out\":1}\n",
			    recs[f][k][0], recs[f][k][1]);
		fclose(fp);
		ck_assert_int_eq(trace_load(&t, path, &o, &errs), 0);
		unlink(path);
	}
	ck_assert_uint_eq(t.nfiles, 3);
	ck_assert_uint_eq(t.nq, 5);
	for (uint32_t q = 0; q < 5; q++) {
		ck_assert_str_eq(table_query(&t, q), want[q].q);
		ck_assert_uint_eq(table_query_file(&t, q), want[q].file);
		ck_assert_uint_eq(t.q_line[q], want[q].line);
	}
	ipw_errlist_release(&errs);
	table_release(&t);
}
END_TEST

/* A query's domain is kept as an 8-bit code while the trace has at most
 * 255 domains, then as string ids (the rows before converted): 254, 255
 * and 256 domains over 700 queries (every 7th without one; the first
 * query with domain d256 widens the column after 255 rows), each query's
 * domain read back as written, and a query whose second record names
 * another domain refused, before and after the widening. */
START_TEST(test_attribute_codes)
{
	static const int ndom[] = { 254, 255, 256 };

	for (int c = 0; c < 3; c++) {
		struct trace_options o;
		struct table t;
		struct ipw_errlist errs;
		char path[] = "/tmp/ipwsim-domains-XXXXXX";
		FILE *fp = fdopen(mkstemp(path), "w");
		ck_assert_ptr_nonnull(fp);
		for (int q = 0; q < 700; q++) {
			fprintf(fp, "{\"query_id\":\"q%d\",\"model\":\"Qwen3-8B\","
			    "\"accelerator\":\"Apple-M4-Max\",\"correct\":1,"
			    "\"energy_j\":1,\"tokens_in\":1,\"tokens_out\":1", q);
			if (q % 7 != 3)
				fprintf(fp, ",\"domain\":\"d%d\"", q % ndom[c] + 1);
			fprintf(fp, "}\n");
		}
		fclose(fp);
		trace_options_init(&o);
		table_init(&t);
		ck_assert_int_eq(ipw_errlist_init(&errs, 1), 0);
		ck_assert_int_eq(trace_load(&t, path, &o, &errs), 0);
		ck_assert_uint_eq(t.nq, 700);
		ck_assert_int_eq(t.domain.id != NULL, ndom[c] > 255);
		for (uint32_t q = 0; q < 700; q++) {
			char want[16];
			if (q % 7 == 3) {
				ck_assert_uint_eq(table_domain(&t, q), TABLE_NONE);
				continue;
			}
			snprintf(want, sizeof(want), "d%u", q % ndom[c] + 1);
			ck_assert_str_eq(table_str(&t, table_domain(&t, q)), want);
		}
		/* q1 again, on another accelerator, with another domain */
		fp = fopen(path, "w");
		fprintf(fp, "{\"query_id\":\"q1\",\"model\":\"Qwen3-8B\","
		    "\"accelerator\":\"NVIDIA-H100\",\"correct\":1,"
		    "\"energy_j\":1,\"tokens_in\":1,\"tokens_out\":1,"
		    "\"domain\":\"d9\"}\n");
		fclose(fp);
		ck_assert_int_ne(trace_load(&t, path, &o, &errs), 0);
		ck_assert_ptr_nonnull(strstr(errs.items[0].msg, "has domain \"d9\" "
		    "here but \"d2\""));
		unlink(path);
		ipw_errlist_release(&errs);
		table_release(&t);
	}
}
END_TEST

START_TEST(test_harness_records)
{
	struct table t;
	struct ipw_errlist errs;
	int local, cloud;

	ck_assert_int_eq(load(&t, "harness.jsonl", &errs, 1), 0);
	ck_assert_uint_eq(t.nq, 2);
	ck_assert_str_eq(table_query(&t, 0), "nr-0001");
	/* No id in dataset_metadata: a hash of the problem text. */
	ck_assert_int_eq(strncmp(table_query(&t, 1), "problem:", 8), 0);
	ck_assert_str_eq(table_str(&t, table_domain(&t, 1)), "Arts and media");
	ck_assert_str_eq(table_str(&t, table_dataset(&t, 0)), "natural_reasoning");
	local = table_find_config(&t, "Qwen3-8B@Apple M4 Max");
	cloud = table_find_config(&t, "Qwen3-235B-A22B@NVIDIA H200");
	ck_assert_int_ge(local, 0);
	ck_assert_int_ge(cloud, 0);
	ck_assert_double_eq(table_energy(&t.cfg[local], 0), 120.5);
	ck_assert_float_eq(t.cfg[local].latency[0], 2.5f);
	ck_assert_float_eq(t.cfg[local].ttft[0], 0.25f);
	ck_assert_uint_eq(table_tok_out(&t.cfg[local], 0), 80);
	ck_assert_int_eq(table_correct(&t.cfg[local], 1), 0);
	ck_assert_double_eq(t.cfg[cloud].flops[0], 4.5e13);
	ck_assert(isnan(t.cfg[cloud].flops[1]));
	ck_assert_double_eq(t.cfg[cloud].cost[0], 0.0001);
	ipw_errlist_release(&errs);
	table_release(&t);
}
END_TEST

/* Each bad input: the line, column (0 = none) and message expected. */
static const struct {
	const char *file;
	long line, col;
	const char *msg;
} bad[] = {
	/* the second comma of "3,,}" is byte 55 */
	{ "bad/malformed.jsonl", 2, 55,
	    "malformed JSON: expected a member name in quotes" },
	{ "bad/missing_field.jsonl", 2, 0, "energy_j is missing or null "
	    "(--skip-unmeasured skips such records)" },
	{ "bad/wrong_type.jsonl", 1, 89,
	    "energy_j is a string, expected a number: \"12\"" },
	{ "bad/neg_energy.jsonl", 3, 89, "energy_j is negative: \"-5\"" },
	{ "bad/huge_tokens.jsonl", 2, 107,
	    "tokens_in is out of range: \"1e999\"" },
	{ "bad/frac_tokens.jsonl", 1, 124,
	    "tokens_out is not a whole number: \"12.5\"" },
	{ "bad/duplicate.jsonl", 3, 0,
	    "duplicate record for query \"q1\" on \"Qwen3-4B@Apple-M4-Max\"" },
	{ "bad/domain_conflict.jsonl", 2, 0, "query \"q1\" has domain \"Arts "
	    "and media\" here but \"Education\" in an earlier record" },
	{ "bad/not_object.jsonl", 1, 1, "expected a JSON object" },
	{ "bad/bool_energy.jsonl", 1, 89,
	    "energy_j is a boolean, expected a number" },
	{ "bad/no_correct.jsonl", 1, 0,
	    "correct is missing or null (give correct or score; "
	    "--skip-unscored skips such records)" },
	{ "bad/empty.jsonl", 0, 0, "no records (empty input)" },
	{ "bad/blank_lines.jsonl", 0, 0, "no records (empty input)" },
	{ "bad/truncated.jsonl.zst", 1, 0,
	    "truncated zstd frame: input ends inside a frame" },
	{ "bad/bad_quote.csv", 3, 10, "quote inside an unquoted field" },
	{ "bad/field_count.csv", 3, 0, "record has 6 fields, the header has 7" },
	{ "bad/no_energy_column.csv", 1, 0, "header has no energy_j column" },
	{ "bad/nan_energy.csv", 2, 28,
	    "energy_j is not a finite number: \"nan\"" },
	{ "bad/bad_bool.csv", 2, 26,
	    "correct is not 0, 1, true or false: \"yes\"" },
	{ "bad/unterminated.csv", 2, 0,
	    "unterminated quoted field at end of input" },
};

START_TEST(test_bad_input)
{
	struct table t;
	struct ipw_errlist errs;

	ck_assert_int_eq(load(&t, bad[_i].file, &errs, 1), -1);
	ck_assert_uint_eq(errs.n, 1);
	ck_assert_int_eq(errs.items[0].code, IPW_EX_DATAERR);
	ck_assert_str_eq(errs.items[0].msg, bad[_i].msg);
	ck_assert_int_eq(errs.items[0].line, bad[_i].line);
	ck_assert_int_eq(errs.items[0].col, bad[_i].col);
	ck_assert_str_eq(errs.items[0].file, testdata(bad[_i].file));
	ipw_errlist_release(&errs);
	table_release(&t);
}
END_TEST

START_TEST(test_max_errors)
{
	struct table t;
	struct ipw_errlist errs;

	/* Three bad records, one good: all three reported with room for 5;
	 * reading stops at two with room for 2. */
	ck_assert_int_eq(load(&t, "bad/many_errors.jsonl", &errs, 5), -1);
	ck_assert_uint_eq(errs.n, 3);
	ck_assert_int_eq(errs.items[2].line, 3);
	ck_assert_uint_eq(t.nrecords, 1);
	ipw_errlist_release(&errs);
	table_release(&t);
	ck_assert_int_eq(load(&t, "bad/many_errors.jsonl", &errs, 2), -1);
	ck_assert_uint_eq(errs.n, 2);
	ck_assert_uint_eq(t.nrecords, 0);
	ipw_errlist_release(&errs);
	table_release(&t);
}
END_TEST

START_TEST(test_score_threshold)
{
	char path[] = "/tmp/ipwsim-score-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	struct trace_options o;
	struct table t;
	struct ipw_errlist errs;

	fputs("query_id,model,accelerator,score,energy_j,tokens_in,tokens_out\n"
	    "a,m,x,0.7,1,1,1\nb,m,x,0.3,1,1,1\n", fp);
	fclose(fp);
	trace_options_init(&o);
	o.score_threshold = 0.5;
	table_init(&t);
	ipw_errlist_init(&errs, 1);
	ck_assert_int_eq(trace_load(&t, path, &o, &errs), 0);
	ck_assert_int_eq(table_correct(&t.cfg[0], 0), 1);
	ck_assert_int_eq(table_correct(&t.cfg[0], 1), 0);
	ck_assert_float_eq(t.cfg[0].score[1], 0.3f);
	ipw_errlist_release(&errs);
	table_release(&t);
	unlink(path);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("trace");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_tiny_in_every_format, 0, 4);
	tcase_add_test(tc, test_harness_records);
	tcase_add_test(tc, test_token_widths);
	tcase_add_test(tc, test_energy_widths);
	tcase_add_test(tc, test_query_positions);
	tcase_add_test(tc, test_attribute_codes);
	tcase_add_loop_test(tc, test_bad_input, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_test(tc, test_max_errors);
	tcase_add_test(tc, test_score_threshold);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

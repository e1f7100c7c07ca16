#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "unit.h"

START_TEST(test_default_catalog)
{
	struct catalog cat;
	struct ipw_error err;
	const struct catalog_model *m;
	const struct catalog_accel *a;

	catalog_init(&cat);
	ck_assert_int_eq(catalog_load_default(&cat, &err), 0);
	/* The paper's values (PAPER.md): prices and Table 7. */
	m = catalog_model(&cat, "qwen/qwen3-8b");
	ck_assert_ptr_nonnull(m);
	ck_assert_str_eq(m->name, "Qwen3-8B");
	ck_assert_double_eq(m->price_in, 0.035);
	ck_assert_double_eq(m->price_out, 0.138);
	m = catalog_model(&cat, "Qwen3-235B-A22B");
	ck_assert_double_eq(m->params_total_b, 235);
	ck_assert_double_eq(m->params_active_b, 22);
	a = catalog_accel(&cat, "NVIDIA H200");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->tier, TIER_CLOUD);
	ck_assert_double_eq(a->memory_gb, 141);
	ck_assert_double_eq(a->tdp_w, 700);
	a = catalog_accel(&cat, "Apple-M4-Max");
	ck_assert_int_eq(a->tier, TIER_LOCAL);
	ck_assert_double_eq(a->bandwidth_gbs, 546);
	/* Unknown values are NaN, not zero. */
	ck_assert(isnan(a->tdp_w));
	ck_assert_ptr_null(catalog_model(&cat, "no-such-model"));
	catalog_release(&cat);
}
END_TEST

/* "NAME xN": N devices of NAME's entry, N from 1 to 9999 (four digits);
 * anything else is a name as it stands. */
START_TEST(test_replica_names)
{
	struct catalog cat;
	struct ipw_error err;
	const struct catalog_accel *h100;

	catalog_init(&cat);
	ck_assert_int_eq(catalog_load_default(&cat, &err), 0);
	h100 = catalog_accel(&cat, "NVIDIA-H100");
	ck_assert_ptr_nonnull(h100);
	ck_assert_ptr_eq(catalog_accel(&cat, "NVIDIA H100 80GB HBM3 x8"), h100);
	ck_assert_ptr_eq(catalog_accel(&cat, "NVIDIA H100 X2"), h100);
	ck_assert_ptr_null(catalog_accel(&cat, "NVIDIA H100x8"));
	ck_assert_ptr_null(catalog_accel(&cat, "NVIDIA H100 x"));
	ck_assert_ptr_null(catalog_accel(&cat, "NVIDIA H100 y8"));
	ck_assert_ptr_eq(catalog_accel(&cat, "NVIDIA H100 x9999"), h100);
	ck_assert_ptr_null(catalog_accel(&cat, "NVIDIA H100 x10000"));
	ck_assert_int_eq(catalog_devices("NVIDIA H100 x8"), 8);
	ck_assert_int_eq(catalog_devices("A x1"), 1);
	ck_assert_int_eq(catalog_devices("A x9999"), 9999);
	ck_assert_int_eq(catalog_devices("A x10000"), 1);	/* 5 digits */
	ck_assert_int_eq(catalog_devices("A x0"), 1);
	ck_assert_int_eq(catalog_devices("A x"), 1);
	ck_assert_int_eq(catalog_devices("Ax8"), 1);
	ck_assert_int_eq(catalog_devices("NVIDIA-H100"), 1);
	ck_assert_int_eq(catalog_devices("x8"), 1);
	catalog_release(&cat);
}
END_TEST

/* A model's precision when a trace or row gives none: the id's last "-"
 * or ":" part when it names a precision (before the catalog's), else the
 * catalog's release precision, else none; the loose accelerator match
 * takes an alias's vendor as optional too. */
START_TEST(test_default_precision)
{
	struct catalog cat;
	struct ipw_error err;
	enum catalog_prec_from from;
	char buf[64];

	catalog_init(&cat);
	ck_assert_int_eq(catalog_load_default(&cat, &err), 0);
	ck_assert_str_eq(catalog_default_precision(&cat, "openai/gpt-oss-120b",
	    &from), "mxfp4");
	ck_assert_int_eq(from, PREC_CATALOG);
	ck_assert_str_eq(catalog_default_precision(&cat,
	    "Qwen/Qwen3-235B-A22B-Instruct-2507-FP8", &from), "fp8");
	ck_assert_int_eq(from, PREC_MODEL_ID);
	ck_assert_str_eq(catalog_default_precision(&cat, "Qwen3-235B-A22B",
	    &from), "bf16");
	ck_assert_int_eq(from, PREC_CATALOG);
	ck_assert_str_eq(catalog_default_precision(&cat, "qwen3:8b-q4_K_M",
	    &from), "q4_k");
	ck_assert_int_eq(from, PREC_MODEL_ID);
	ck_assert_str_eq(catalog_default_precision(&cat, "lab/model:int8",
	    &from), "int8");
	ck_assert_int_eq(from, PREC_MODEL_ID);
	/* the last part only, and only a precision: "-A22B", ":8b" are not */
	ck_assert_ptr_null(catalog_default_precision(&cat, "lab/fp8-model",
	    &from));
	ck_assert_int_eq(from, PREC_NONE);
	ck_assert_ptr_null(catalog_default_precision(&cat, "lab/x:8b", &from));
	ck_assert_ptr_null(catalog_default_precision(&cat, "", &from));
	catalog_precision_text("fp8", PREC_MODEL_ID, buf, sizeof(buf));
	ck_assert_str_eq(buf, "FP8, named in the model id");
	catalog_precision_text("mxfp4", PREC_CATALOG, buf, sizeof(buf));
	ck_assert_str_eq(buf, "MXFP4, the catalog's release precision");
	catalog_precision_text(NULL, PREC_NONE, buf, sizeof(buf));
	ck_assert_str_eq(buf, "BF16 assumed");
	ck_assert_ptr_eq(catalog_accel(&cat, "H100 80GB HBM3"),
	    catalog_accel(&cat, "NVIDIA-H100"));
	ck_assert_ptr_eq(catalog_accel(&cat, "h100_80gb_hbm3"),
	    catalog_accel(&cat, "NVIDIA-H100"));
	ck_assert_ptr_null(catalog_accel(&cat, "H100 80GB HBM4"));
	catalog_release(&cat);
}
END_TEST

static void
write_json(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
}

START_TEST(test_extra_catalog_overrides)
{
	struct catalog cat;
	struct ipw_error err;
	const char *path = "/tmp/ipwsim-cat-extra.json";

	write_json(path, "{\"models\": [{\"name\": \"Qwen3-8B\", "
	    "\"params_total_b\": 8.0, \"price_in_per_mtok\": {\"value\": 0.5, "
	    "\"source\": \"test\"}}, {\"name\": \"Mystery-1B\", "
	    "\"params_total_b\": 1}]}");
	catalog_init(&cat);
	ck_assert_int_eq(catalog_load_default(&cat, &err), 0);
	ck_assert_int_eq(catalog_load(&cat, path, &err), 0);
	ck_assert_double_eq(catalog_model(&cat, "Qwen3-8B")->params_total_b, 8);
	ck_assert_double_eq(catalog_model(&cat, "Qwen3-8B")->price_in, 0.5);
	/* Fields the extra entry does not give are kept. */
	ck_assert_double_eq(catalog_model(&cat, "Qwen3-8B")->price_out, 0.138);
	ck_assert_str_eq(catalog_model(&cat, "Qwen/Qwen3-8B")->name, "Qwen3-8B");
	ck_assert_double_eq(catalog_model(&cat, "Mystery-1B")->params_total_b,
	    1);
	catalog_release(&cat);
	unlink(path);
}
END_TEST

static const struct {
	const char *text, *msg;
	long line, col;
} bad[] = {
	{ "{\"models\": [{\"name\": \"x\", \"params_total_b\": -1}]}",
	    "models[0].params_total_b: is negative or not finite", 1, 45 },
	/* a missing field: the position of the entry that lacks it */
	{ "{\"models\": [{\"params_total_b\": 1}]}",
	    "models[0].name: is missing", 1, 13 },
	{ "{\"accelerators\": [{\"name\": \"a\", \"tier\": \"edge\"}]}",
	    "accelerators[0].tier: is not \"local\" or \"cloud\"", 1, 41 },
	{ "{\"models\": [{\"name\": \"x\", \"params_total_b\": {\"value\": 1}}]}",
	    "models[0].params_total_b: has no \"source\" text", 1, 45 },
	{ "{\n  \"models\": [\n    {\"name\": \"x\",,}\n  ]\n}",
	    "malformed JSON: models: expected a member name in quotes", 3, 18 },
	/* a basis outside the three words, at the basis's value (column
	 * counted by hand: the value's opening quote) */
	{ "{\"accelerators\": [{\"name\": \"g\", \"tier\": \"cloud\",\n"
	    " \"idle_w\": {\"value\": 50, \"source\": \"s\", \"basis\": "
	    "\"guessed\"}}]}", "accelerators[0].idle_w.basis: is not measured, "
	    "vendor or assumed", 2, 50 },
	{ "{\"accelerators\": [{\"name\": \"g\", \"tier\": \"cloud\",\n"
	    " \"idle_w\": {\"value\": 50, \"source\": \"s\", \"basis\": 1}}]}",
	    "accelerators[0].idle_w.basis: is not measured, vendor or assumed",
	    2, 50 },
	/* layers a whole number of at least 1, at the value */
	{ "{\"models\": [{\"name\": \"x\", \"layers\": 2.5}]}",
	    "models[0].layers: is not a whole number of at least 1", 1, 37 },
	{ "{\"models\": [{\"name\": \"x\", \"layers\": 0}]}",
	    "models[0].layers: is not a whole number of at least 1", 1, 37 },
	/* windowed layers without their window: at the entry */
	{ "{\"models\": [{\"name\": \"x\", \"kv_window_bytes_per_token\": 8}]}",
	    "models[0].kv_window_tokens: is missing or below 1 where "
	    "kv_window_bytes_per_token is given", 1, 13 },
	{ "{\"models\": [{\"name\": \"x\", \"kv_window_bytes_per_token\": 8, "
	    "\"kv_window_tokens\": 0.5}]}",
	    "models[0].kv_window_tokens: is missing or below 1 where "
	    "kv_window_bytes_per_token is given", 1, 79 },
	/* a misspelt key of a value is not silently dropped */
	{ "{\"accelerators\": [{\"name\": \"g\", \"tier\": \"cloud\",\n"
	    " \"tdp_w\": {\"value\": 50, \"source\": \"s\", \"basys\": "
	    "\"vendor\"}}]}", "accelerators[0].tdp_w.basys: is not a key of a "
	    "value (value, source, basis)", 2, 49 },
};

/* Every shipped accelerator has one device's idle power with a source
 * and a basis; an assumed one built by the share-of-TDP rule its source
 * names agrees with that rule recomputed here from the H200's measured
 * 80.3 W of 700 W (to the 0.1 W the file rounds to); local devices have
 * both system figures or say why not. */
START_TEST(test_shipped_power)
{
	struct catalog cat;
	struct ipw_error err;

	catalog_init(&cat);
	ck_assert_int_eq(catalog_load_default(&cat, &err), 0);
	ck_assert_int_ge(cat.naccels, 10);
	for (int i = 0; i < cat.naccels; i++) {
		const struct catalog_accel *a = &cat.accels[i];
		const char *basis = catalog_value_text(a->json, "idle_w",
		    "basis");
		const char *src = catalog_value_text(a->json, "idle_w",
		    "source");
		ck_assert_msg(isfinite(a->idle_w) && a->idle_w > 0, "%s",
		    a->name);
		ck_assert_msg(basis != NULL && src != NULL, "%s", a->name);
		if (strcmp(basis, "assumed") == 0)
			ck_assert_msg(strncmp(src, "assumed: ", 9) == 0, "%s",
			    a->name);
		if (strstr(src, "share the H200's measured idle") != NULL)
			ck_assert_msg(fabs(a->idle_w - a->tdp_w * 80.3 / 700) <=
			    0.05 + 1e-9, "%s: %g", a->name, a->idle_w);
		/* a floor under the TDP */
		if (isfinite(a->tdp_w))
			ck_assert(a->idle_w < a->tdp_w);
		if (a->tier != TIER_LOCAL)
			continue;
		for (int f = 0; f < 2; f++) {
			const char *field = f ? "system_active_w" :
			    "system_idle_w";
			double v = f ? a->system_active_w : a->system_idle_w;
			const char *s = catalog_value_text(a->json, field,
			    "source");
			ck_assert_msg(s != NULL, "%s %s", a->name, field);
			ck_assert_msg(isfinite(v) ? catalog_value_text(a->json,
			    field, "basis") != NULL : strncmp(s, "unknown: ",
			    9) == 0, "%s %s", a->name, field);
		}
	}
	ck_assert_str_eq(catalog_value_text(catalog_accel(&cat,
	    "NVIDIA-H200")->json, "idle_w", "basis"), "measured");
	ck_assert_double_eq(catalog_accel(&cat, "NVIDIA-H200")->idle_w, 80.3);
	catalog_release(&cat);
}
END_TEST

START_TEST(test_bad_catalog)
{
	struct catalog cat;
	struct ipw_error err;
	const char *path = "/tmp/ipwsim-cat-bad.json";

	write_json(path, bad[_i].text);
	catalog_init(&cat);
	ck_assert_int_eq(catalog_load(&cat, path, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
	ck_assert_str_eq(err.msg, bad[_i].msg);
	ck_assert_str_eq(err.file, path);
	ck_assert_int_eq(err.line, bad[_i].line);
	ck_assert_int_eq(err.col, bad[_i].col);
	catalog_release(&cat);
	unlink(path);
}
END_TEST

/* The architecture the batch model reads, and its estimates. Three
 * dense models of A = P = 4, 16, 64 billion with 16, 32, 64 layers (L =
 * 8 x^0.5 exactly, so the least squares of ln L on ln sqrt(A P) gives a =
 * ln 8, b = 0.5) and KV bytes a token 4e4, 1.2e5, 8e4 (per sqrt(A):
 * 2e4, 3e4, 1e4; median 2e4); a fourth, windowed, left out of the
 * median. Unknown dense 36B: L = 8 x 6 = 48, KV 2e4 x 6 = 1.2e5; an
 * unknown MoE of 4 of 100B: sqrt(400) = 20, L = 8 sqrt(20), KV 2e4 x 2.
 * The windowed model's own figures are kept, and its missing state is 0.
 * With two models only, the defaults: 48 layers, 45,000 sqrt(A). */
START_TEST(test_architecture)
{
	struct catalog cat;
	struct ipw_error err;
	struct catalog_arch a;
	const char *path = "/tmp/ipwsim-cat-arch.json";

	write_json(path, "{\"models\": ["
	    "{\"name\": \"m4\", \"params_total_b\": 4, \"params_active_b\": 4, "
	    "\"layers\": 16, \"kv_bytes_per_token\": 4e4},"
	    "{\"name\": \"m16\", \"params_total_b\": 16, \"params_active_b\": "
	    "16, \"layers\": 32, \"kv_bytes_per_token\": 1.2e5},"
	    "{\"name\": \"m64\", \"params_total_b\": 64, \"params_active_b\": "
	    "64, \"layers\": 64, \"kv_bytes_per_token\": 8e4},"
	    "{\"name\": \"w\", \"params_total_b\": 9, \"params_active_b\": 9, "
	    "\"kv_bytes_per_token\": 1e3, \"kv_window_bytes_per_token\": 5e3, "
	    "\"kv_window_tokens\": 512}]}");
	catalog_init(&cat);
	ck_assert_int_eq(catalog_load(&cat, path, &err), 0);
	catalog_architecture(&cat, NULL, 36, 36, &a);
	ck_assert_close(a.layers, 48);
	ck_assert_close(a.kv_token, 1.2e5);
	ck_assert_double_eq(a.kv_win_token, 0);
	ck_assert_int_eq(a.layers_estimated, 1);
	ck_assert_int_eq(a.kv_estimated, 1);
	catalog_architecture(&cat, NULL, 4, 100, &a);
	ck_assert_close(a.layers, 8 * sqrt(20));
	ck_assert_close(a.kv_token, 4e4);
	catalog_architecture(&cat, catalog_model(&cat, "w"), 9, 9, &a);
	ck_assert_close(a.layers, 8 * sqrt(9));
	ck_assert_int_eq(a.layers_estimated, 1);
	ck_assert_int_eq(a.kv_estimated, 0);
	ck_assert_double_eq(a.kv_token, 1e3);
	ck_assert_double_eq(a.kv_win_token, 5e3);
	ck_assert_double_eq(a.kv_window, 512);
	ck_assert_double_eq(a.state, 0);
	catalog_architecture(&cat, catalog_model(&cat, "m16"), 16, 16, &a);
	ck_assert_double_eq(a.layers, 32);
	ck_assert_int_eq(a.layers_estimated, 0);
	catalog_release(&cat);

	write_json(path, "{\"models\": ["
	    "{\"name\": \"m4\", \"params_total_b\": 4, \"params_active_b\": 4, "
	    "\"layers\": 16, \"kv_bytes_per_token\": 4e4},"
	    "{\"name\": \"m16\", \"params_total_b\": 16, \"params_active_b\": "
	    "16, \"layers\": 32, \"kv_bytes_per_token\": 1.2e5}]}");
	catalog_init(&cat);
	ck_assert_int_eq(catalog_load(&cat, path, &err), 0);
	catalog_architecture(&cat, NULL, 36, 36, &a);
	ck_assert_close(a.layers, CATALOG_LAYERS_DEFAULT);
	ck_assert_close(a.kv_token, CATALOG_KV_PER_SQRT_DEFAULT * 6);
	catalog_release(&cat);
	unlink(path);
}
END_TEST

/* The shipped catalog's architecture of two models, by hand from their
 * config.json figures: Qwen3-8B, 2 x 36 x 8 x 128 x 2 = 147,456 bytes a
 * token; GPT-OSS-120B, 18 full and 18 windowed layers of 2 x 8 x 64 x 2
 * bytes = 36,864 each, window 128. */
START_TEST(test_shipped_architecture)
{
	struct catalog cat;
	struct ipw_error err;
	struct catalog_arch a;
	const struct catalog_model *m;

	catalog_init(&cat);
	ck_assert_int_eq(catalog_load_default(&cat, &err), 0);
	m = catalog_model(&cat, "Qwen/Qwen3-8B");
	catalog_architecture(&cat, m, m->params_active_b, m->params_total_b,
	    &a);
	ck_assert_double_eq(a.layers, 36);
	ck_assert_double_eq(a.kv_token, 147456);
	m = catalog_model(&cat, "openai/gpt-oss-120b");
	catalog_architecture(&cat, m, m->params_active_b, m->params_total_b,
	    &a);
	ck_assert_double_eq(a.kv_token, 36864);
	ck_assert_double_eq(a.kv_win_token, 36864);
	ck_assert_double_eq(a.kv_window, 128);
	catalog_release(&cat);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("catalog");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_default_catalog);
	tcase_add_test(tc, test_replica_names);
	tcase_add_test(tc, test_default_precision);
	tcase_add_test(tc, test_extra_catalog_overrides);
	tcase_add_test(tc, test_shipped_power);
	tcase_add_test(tc, test_architecture);
	tcase_add_test(tc, test_shipped_architecture);
	tcase_add_loop_test(tc, test_bad_catalog, 0,
	    sizeof(bad) / sizeof(bad[0]));
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

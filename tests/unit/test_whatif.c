/* What-if models against hand-computed values.
 *
 * tests/data/whatif.jsonl: two queries, a local Qwen3-4B@Apple-M4-Max at
 * batch 1 and the cloud Qwen3-235B-A22B@NVIDIA-H200 at batch 16:
 *   w1  local right, 100 J, 10 s   cloud right, 300 J, 2 s
 *   w2  local wrong,  50 J,  5 s   cloud right, 200 J, 4 s
 * The oracle keeps w1 local and sends w2 to the cloud. */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include "account.h"
#include "catalog.h"
#include "roofline.h"
#include "sim.h"
#include "trace.h"
#include "unit.h"
#include "whatif.h"

static struct table t;
static struct catalog cat;
static struct sim_options o;
static struct sim s;

static void
setup(void)
{
	unit_load(&t, &cat, "whatif.jsonl");
	sim_options_init(&o);
	o.bootstrap = 0;
	o.replicates = 1;
	memset(&s, 0, sizeof(s));
}

static void
teardown(void)
{
	sim_release(&s);
	catalog_release(&cat);
	table_release(&t);
}

static void
run(void)
{
	struct ipw_error err;

	ck_assert_msg(sim_run(&s, &t, &cat, &o, &err) == 0, "%s", err.msg);
}

/* energy of cloud-only (0) and oracle (1) */
#define CLOUD_E (s.r.pol[0].acct.total.energy_j)
#define ORACLE_E (s.r.pol[1].acct.total.energy_j)

START_TEST(test_paper_setting)
{
	run();
	ck_assert_close(CLOUD_E, 500);
	ck_assert_close(ORACLE_E, 300);
}
END_TEST

/* Utilization 0.5 with a 640 W idle replica adds 640 x 1 x latency / 16
 * = 40 J per second of latency: w1 80 J, w2 160 J. Host overhead 0.25
 * and PUE 1.2 multiply by 1.5: cloud w1 (300 + 80) x 1.5 = 570, w2
 * (200 + 160) x 1.5 = 540. Cloud-only 1110 J; oracle 100 + 540 = 640 J.
 * With 360 g/kWh, a joule is 1e-7 kg: cloud-only 1.11e-4 kg. */
START_TEST(test_cloud_overheads)
{
	o.whatif.cloud_util = 0.5;
	o.whatif.cloud_idle_w = 640;
	o.whatif.cloud_host = 0.25;
	o.whatif.cloud_pue = 1.2;
	o.whatif.cloud_grid = 360;
	run();
	ck_assert_close(CLOUD_E, 1110);
	ck_assert_close(ORACLE_E, 640);
	ck_assert_close(s.r.pol[0].acct.total.carbon_kg, 1.11e-4);
	/* No grid intensity for the local side: carbon is undefined. */
	ck_assert(isnan(s.r.pol[1].acct.total.carbon_kg));
}
END_TEST

/* The sweep's linear form, by hand from test_cloud_overheads' setting:
 * the cloud's a = 1 x 1.25 x 1.2 = 1.5 and b = 640 x 1 / 16 x 1.5 = 60 J
 * per second of measured latency, so w1 = 1.5 x 300 + 60 x 2 = 570 and
 * w2 = 1.5 x 200 + 60 x 4 = 540; the local member (measured, PUE 1.1)
 * a = 1.1, b = 0. Marginal local energy is not linear. */
START_TEST(test_energy_linear)
{
	double a, b;

	o.whatif.cloud_util = 0.5;
	o.whatif.cloud_idle_w = 640;
	o.whatif.cloud_host = 0.25;
	o.whatif.cloud_pue = 1.2;
	o.whatif.local_pue = 1.1;
	run();
	ck_assert_int_eq(pool_energy_linear(&s.p.m[1], &a, &b), 0);
	ck_assert_close(a, 1.5);
	ck_assert_close(b, 60);
	ck_assert_close(a * 300 + b * 2, 570);
	ck_assert_close(a * 200 + b * 4, 540);
	ck_assert_int_eq(pool_energy_linear(&s.p.m[0], &a, &b), 0);
	ck_assert_close(a, 1.1);
	ck_assert_close(b, 0);
	sim_release(&s);
	o.whatif.local_idle_w = 4;
	o.whatif.local_mode = LOCAL_MARGINAL;
	run();
	ck_assert_int_eq(pool_energy_linear(&s.p.m[0], &a, &b), -1);
}
END_TEST

/* Marginal: only energy above a 4 W idle: w1 local 100 - 4 x 10 = 60.
 * Dedicated, 100 queries a day, on 24 h: 864 s per query, 854 of them
 * idle: 100 + 4 x 854 = 3516. Local PUE 1.1 multiplies. */
START_TEST(test_local_modes)
{
	o.whatif.local_idle_w = 4;
	o.whatif.local_mode = LOCAL_MARGINAL;
	run();
	ck_assert_close(ORACLE_E, 60 + 200);
	sim_release(&s);
	o.whatif.local_mode = LOCAL_DEDICATED;
	o.whatif.local_qpd = 100;
	o.whatif.local_pue = 1.1;
	run();
	ck_assert_close(ORACLE_E, 3516 * 1.1 + 200);
}
END_TEST

/* The test curve: (batch, J/token, s/token) = (1, 10, .1), (4, 4, .2),
 * (16, 2, .4). Interpolation is linear in ln(batch): every measured point
 * comes back exactly, and batch 2 (halfway from 1 to 4 in ln) gives 7 J
 * and 0.15 s. */
START_TEST(test_curve_interpolation)
{
	struct curves cs;
	struct ipw_error err;
	double e, l;
	static const double b[] = { 1, 4, 16 }, ept[] = { 10, 4, 2 },
		itl[] = { 0.1, 0.2, 0.4 };

	ck_assert_int_eq(curves_load(&cs, testdata("curve-test.csv"), &err),
	    0);
	ck_assert_int_eq(cs.n, 1);
	for (int i = 0; i < 3; i++) {
		ck_assert_int_eq(curve_at(&cs.c[0], b[i], &e, &l, &err), 0);
		ck_assert_close(e, ept[i]);
		ck_assert_close(l, itl[i]);
	}
	ck_assert_int_eq(curve_at(&cs.c[0], 2, &e, &l, &err), 0);
	ck_assert_close(e, 7);
	ck_assert_close(l, 0.15);
	ck_assert_int_eq(curve_at(&cs.c[0], 32, &e, &l, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_USAGE);
	curves_release(&cs);
}
END_TEST

START_TEST(test_curve_not_increasing)
{
	struct curves cs;
	struct ipw_error err;

	ck_assert_int_eq(curves_load(&cs, testdata("bad/curve-not-increasing."
	    "csv"), &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
	ck_assert_int_eq(err.line, 3);
	ck_assert_str_eq(err.msg, "batch sizes of a curve must be strictly "
	    "increasing");
}
END_TEST

/* Cloud measured at 16 moved to 4 along the test curve: energy x 4 / 2
 * = 2, latency x 0.2 / 0.4. Cloud-only 1000 J; oracle 100 + 400. */
START_TEST(test_batch_move)
{
	o.curves_file = testdata("curve-test.csv");
	o.whatif.cloud_batch = 4;
	run();
	ck_assert_close(s.p.m[1].e_scale, 2);
	ck_assert_close(s.p.m[1].l_scale, 0.5);
	ck_assert_close(CLOUD_E, 1000);
	ck_assert_close(ORACLE_E, 500);
}
END_TEST

/* The paper preset (cloud 16, local 1) on a trace measured at exactly
 * those batch sizes changes nothing. */
START_TEST(test_paper_preset_is_identity)
{
	o.curves_file = testdata("curve-test.csv");
	o.whatif.cloud_batch = 16;
	o.whatif.local_batch = 1;
	run();
	ck_assert_double_eq(s.p.m[0].e_scale, 1);
	ck_assert_double_eq(s.p.m[1].e_scale, 1);
	ck_assert_close(CLOUD_E, 500);
	ck_assert_close(ORACLE_E, 300);
}
END_TEST

/* Break-even in utilization with a 640 W idle replica, k = (1 - u) / u:
 * cloud-only 500 + 240 k J, oracle 300 + 160 k J; the saving
 * 1 - (300 + 160 k) / (500 + 240 k) is 0.35 where 300 + 160 k =
 * 0.65 (500 + 240 k), k = 6.25, u = 1 / 7.25 = 0.1379310345. */
START_TEST(test_break_even_by_hand)
{
	o.whatif.cloud_idle_w = 640;
	o.break_even = BE_CLOUD_UTIL;
	o.break_even_target = 0.35;
	run();
	ck_assert(s.r.be.found);
	ck_assert_msg(fabs(s.r.be.value - 1 / 7.25) < 1e-6, "%.10g",
	    s.r.be.value);
	/* The report's own numbers stay those of the setting given. */
	ck_assert_close(CLOUD_E, 500);
}
END_TEST

/* Total cost of ownership. Cloud: 0.36 USD/kWh is 1e-7 USD/J; a 57.6
 * USD/h replica is 0.016 USD/s, and a query holds it latency / 16 s:
 *   w1 300e-7 + 0.016 x 2/16 = 0.00203;  w2 200e-7 + 0.016 x 4/16 = 0.00402
 *   cloud-only 0.00605 USD.
 * Local (measured): 0.18 USD/kWh is 5e-8 USD/J; a 3600 USD device over a
 * year is 3600 / 31536000 USD per second of use:
 *   w1 100 x 5e-8 + 10 x 1.141552511e-4 = 0.001146552511;
 *   oracle 0.001146552511 + 0.00402 = 0.005166552511 USD.
 * Dedicated at 100 queries a day: 3600 / 36500 = 0.0986301370 USD a
 * query on top of its electricity. */
START_TEST(test_tco)
{
	o.whatif.cost = COST_TCO;
	o.whatif.cloud_kwh_usd = 0.36;
	o.whatif.cloud_rent_usd_h = 57.6;
	o.whatif.local_kwh_usd = 0.18;
	o.whatif.local_device_usd = 3600;
	o.whatif.local_lifetime_years = 1;
	run();
	ck_assert_close(s.r.pol[0].acct.total.cost_usd, 0.00605);
	ck_assert_close(s.r.pol[1].acct.total.cost_usd, 0.005166552511);
	sim_release(&s);
	o.whatif.local_mode = LOCAL_DEDICATED;
	o.whatif.local_idle_w = 0;
	o.whatif.local_qpd = 100;
	run();
	ck_assert_close(s.r.pol[1].acct.total.cost_usd,
	    100 * 5e-8 + 3600.0 / 36500 + 0.00402);
}
END_TEST

/* Break-even in the local electricity price, on cost, with the cloud as
 * in test_tco (cloud-only 0.00605 USD, w2 in the cloud 0.00402 USD) and a
 * marginal local device (no hardware, no idle): w1 costs 100 J x k USD/J.
 * The oracle's cost saving 1 - (100 k + 0.00402) / 0.00605 is 0.334 where
 * 100 k = 0.666 x 0.00605 - 0.00402 = 9.3e-6: k = 9.3e-8 USD/J
 * = 0.3348 USD/kWh. */
START_TEST(test_break_even_price)
{
	o.whatif.cost = COST_TCO;
	o.whatif.cloud_kwh_usd = 0.36;
	o.whatif.cloud_rent_usd_h = 57.6;
	o.whatif.local_kwh_usd = 0.18;
	o.whatif.local_mode = LOCAL_MARGINAL;
	o.whatif.local_idle_w = 0;
	o.break_even = BE_LOCAL_KWH;
	o.break_even_metric = BEM_COST;
	o.break_even_target = 0.334;
	run();
	ck_assert(s.r.be.found);
	ck_assert_msg(fabs(s.r.be.value - 0.3348) < 1e-6, "%.10g",
	    s.r.be.value);
}
END_TEST

/* The decode-step model by hand. Dense, 10 B parameters, BF16, on a
 * device of 1000 GB/s, 100 TFLOP/s, 500 W; eta 0.5 and 0.5, t0 1 ms,
 * floor 0.2, B_p 10; batch 10:
 *   memory   2e10 B / 5e11 B/s = 0.04 s;  compute 2e11 / 5e13 = 0.004 s
 *   t = 0.041 s;  P = 500 (0.2 + 0.8 (1 - e^-1)) = 352.8482 W
 *   energy per token = P t / 10 = 1.446678 J.
 * MoE, 30 B total, 3 B active, 8 of 128 experts: experts hold
 * 27 / (1 - 1/16) = 28.8 B, shared 1.2 B; at batch 1 a step reads
 * 2 x (1.2 + 28.8 / 16) = 6 GB, the active weights: 0.012 s + t0. */
START_TEST(test_roofline_by_hand)
{
	struct roofline_params p = { 0.5, 0.5, 1e-3, 0.2, 10 };
	struct roofline_model dense = { 10, 10, NAN, NAN, 2 };
	struct roofline_model moe = { 30, 3, 128, 8, 2 };
	struct roofline_device d = { 1000, 100, 500 };
	double e, lat;

	roofline_eval(&p, &dense, &d, 1, 10, &e, &lat);
	ck_assert_close(lat, 0.041);
	ck_assert_close(e, 500 * (0.2 + 0.8 * (1 - exp(-1))) * 0.041 / 10);
	roofline_eval(&p, &moe, &d, 1, 1, &e, &lat);
	ck_assert_close(lat, 6e9 / 5e11 + 1e-3);
}
END_TEST

/* A second method for the fit: curves made by the model itself with
 * known parameters come back with those parameters and no error. */
START_TEST(test_roofline_fit_recovers)
{
	struct roofline_params truth = { 0.6, 0.3, 2e-3, 0.35, 40 };
	static const char *const models[] = { "Qwen3-8B", "Qwen3-14B",
		"Qwen3-32B", "Llama-3.1-8B" };
	static const double batches[] = { 8, 16, 32, 64, 128, 256 };
	char path[] = "/tmp/ipwsim-roofline-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	struct curves cs;
	struct roofline_fit f;
	struct ipw_error err;

	fprintf(fp, "model,accelerator,gpus,precision,batch,max_num_seqs,"
	    "energy_per_token_j,itl_s,source_model\n");
	for (int i = 0; i < 4; i++) {
		const struct catalog_model *cm = catalog_model(&cat, models[i]);
		struct roofline_model m = { cm->params_total_b,
			cm->params_active_b, NAN, NAN, 2 };
		struct roofline_device d = { 3350, 989, 700 };
		for (int j = 0; j < 6; j++) {
			double e, lat;
			roofline_eval(&truth, &m, &d, 1, batches[j], &e, &lat);
			fprintf(fp, "%s,NVIDIA-H100,1,bfloat16,%g,%g,%.17g,%.17g,"
			    "synthetic\n", models[i], batches[j], batches[j], e,
			    lat);
		}
	}
	fclose(fp);
	ck_assert_int_eq(curves_load(&cs, path, &err), 0);
	ck_assert_msg(roofline_fit(&cs, &cat, "NVIDIA-H100", NULL, &f, &err)
	    == 0, "%s", err.msg);
	ck_assert_int_eq(f.npoints, 24);
	ck_assert(fabs(f.p.eta_bw / truth.eta_bw - 1) < 1e-4);
	ck_assert(fabs(f.p.eta_c / truth.eta_c - 1) < 1e-4);
	ck_assert(fabs(f.p.floor / truth.floor - 1) < 1e-4);
	ck_assert(f.max_err < 1e-6);
	curves_release(&cs);
	unlink(path);
}
END_TEST

/* tests/data/arrivals.csv: four requests at t = 0 and one at t = 10,
 * 10 output tokens each. At a mean batch b the test curve's ITL is
 * 0.1 (1 + ln b / ln 4) s (linear in ln b from 0.1 at 1 to 0.2 at 4), a
 * request lasts 10 ITL. The four overlap, the fifth is alone: busy
 * 2 x 10 ITL, work 5 x 10 ITL, so the mean batch while busy is 2.5
 * whatever the ITL, and utilization is 2 s / (10 + s) with
 * s = 10 x 0.1 (1 + ln 2.5 / ln 4). */
START_TEST(test_arrivals_by_hand)
{
	struct curves cs;
	struct arrivals a;
	struct ipw_error err;
	double b, u, sv = 1 + log(2.5) / log(4);
	int clamped;

	ck_assert_int_eq(curves_load(&cs, testdata("curve-test.csv"), &err),
	    0);
	ck_assert_int_eq(arrivals_load(&a, testdata("arrivals.csv"), &err), 0);
	ck_assert_uint_eq(a.n, 5);
	ck_assert_int_eq(arrivals_replica(&a, &cs.c[0], 0, &b, &u, &clamped,
	    &err), 0);
	ck_assert_close(b, 2.5);
	ck_assert_close(u, 2 * sv / (10 + sv));
	ck_assert_int_eq(clamped, 0);
	/* Twice the rate halves the gap: 2 s / (5 + s). */
	ck_assert_int_eq(arrivals_replica(&a, &cs.c[0], 0.8, &b, &u, &clamped,
	    &err), 0);
	ck_assert_close(u, 2 * sv / (5 + sv));
	arrivals_release(&a);
	ck_assert_int_eq(arrivals_load(&a, testdata("bad/arrivals-backwards."
	    "csv"), &err), -1);
	ck_assert_int_eq(err.line, 3);
	curves_release(&cs);
}
END_TEST

/* The paper preset is the paper's setting, from data/presets/paper.json;
 * a preset value without a source is refused. */
START_TEST(test_presets)
{
	struct whatif w;
	struct ipw_error err;

	ck_assert_int_eq(whatif_preset(&w, "paper", &err), 0);
	ck_assert_double_eq(w.cloud_batch, 16);
	ck_assert_double_eq(w.local_batch, 1);
	ck_assert_double_eq(w.cloud_util, 1);
	ck_assert_double_eq(w.cloud_pue, 1);
	ck_assert_int_eq(w.local_mode, LOCAL_MEASURED);
	ck_assert_int_eq(w.cost, COST_TOKENS);
	ck_assert_int_eq(whatif_preset(&w, testdata("bad/preset-no-source."
	    "json"), &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
	ck_assert_str_eq(err.msg, "settings.cloud_batch: has no source");
}
END_TEST

static Suite *
suite(void)
{
	Suite *su = suite_create("whatif");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_paper_setting);
	tcase_add_test(tc, test_cloud_overheads);
	tcase_add_test(tc, test_local_modes);
	tcase_add_test(tc, test_energy_linear);
	tcase_add_test(tc, test_curve_interpolation);
	tcase_add_test(tc, test_curve_not_increasing);
	tcase_add_test(tc, test_batch_move);
	tcase_add_test(tc, test_paper_preset_is_identity);
	tcase_add_test(tc, test_break_even_by_hand);
	tcase_add_test(tc, test_tco);
	tcase_add_test(tc, test_break_even_price);
	tcase_add_test(tc, test_roofline_by_hand);
	tcase_add_test(tc, test_roofline_fit_recovers);
	tcase_add_test(tc, test_arrivals_by_hand);
	tcase_add_test(tc, test_presets);
	suite_add_tcase(su, tc);
	return su;
}

UNIT_MAIN(suite)

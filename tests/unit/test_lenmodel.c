/* The length-aware batch model: its terms by hand, a fit recovering the
 * parameters it generated, the curve interpolation, the interval's
 * coverage on a case counted by hand, the precision table. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lenmodel.h"
#include "lmvalid.h"
#include "precision.h"
#include "unit.h"

static const struct lm_params hand = { {
	0.5,	/* eta_w */
	1.0,	/* kv read factor */
	0.25,	/* eta_c dense */
	0.1,	/* eta_c MoE */
	5e-5,	/* t_l, s per layer: 2e-3 s over the 40 layers of point() */
	1e-3,	/* t_tp */
	1e-7,	/* t_ctx */
	0.3,	/* phi */
	0.4,	/* a_m */
	0.5,	/* a_c */
	0.5,	/* eta_p */
	1e-6,	/* t_e, s per expert touched per layer */
	4e-6,	/* t_e8, the same at 8 bits */
}, 0 };

static struct lm_point
point(double a, double tot, double bits, int devices, double b,
    double in, double out)
{
	struct lm_point q;

	memset(&q, 0, sizeof(q));
	q.active_b = a;
	q.total_b = tot;
	q.bits = bits;
	q.bw_gbs = 2000;
	q.tflops = 1000;
	q.tdp_w = 500;
	q.devices = devices;
	q.batch = b;
	q.in_len = in;
	q.out_len = out;
	q.moe = tot > a;
	q.layers = 40;
	q.kv_token = 1e5 * sqrt(a);	/* bytes a context token adds */
	q.ept = q.itl = q.power = q.latency = NAN;
	return q;
}

/* Dense, 16B at 16 bits on 2 devices, batch 16, prompt 1000, output 2000:
 *   context c = 1000 + 2000/2 = 2000 tokens
 *   W  = 2 B x 16e9 = 3.2e10 B;  K = 1 x 16 x 4e5 x 2000 = 1.28e10 B
 *   (a token adds 4e5 bytes of cache, 1e5 sqrt(16))
 *   tm = 4.48e10 / (0.5 x 2 x 2000e9) = 0.0224 s
 *   tc = 2 x 16e9 x 16 / (0.25 x 2 x 1000e12) = 1.024e-3 s
 *   t  = 5e-5 x 40 + 1e-3 x log2 2 + 1e-7 x 2000 + tm + tc = 0.026624 s
 *   share = 0.3 + (0.4 x 0.0224 + 0.5 x 0.001024) / 0.026624
 *         = 0.3 + 0.009472 / 0.026624
 *   p  = 2 x 500 x share
 *   tp = 2 x 16e9 x 1000 / (2000 x 0.5 x 2e15) = 1.6e-5 s per token
 *   e  = p (0.026624 / 16 + 1.6e-5) = p x 0.00168 */
/* The weights against the replica's memory, at and on either side of
 * the boundary: 40B at 16 bits is 80 GB; on one device of 80 GB it fits
 * (equal is not over), of 79.9 GB it does not; 4.25 bits on 2 of 10 GB:
 * 40e9 x 4.25 / 8 = 21.25 GB over 20. Unknown memory: nothing said. */
START_TEST(test_memory_note)
{
	struct lm_point q = point(40, 40, 16, 1, 8, 1000, 1000);
	char buf[240];

	ck_assert_double_eq_tol(lm_weight_bytes(&q), 8e10, 1);
	q.memory_gb = 80;
	ck_assert_int_eq(lm_memory_note(&q, buf, sizeof(buf)), 0);
	ck_assert_str_eq(buf, "");
	q.memory_gb = 79.9;
	ck_assert_int_eq(lm_memory_note(&q, buf, sizeof(buf)), 1);
	ck_assert_ptr_nonnull(strstr(buf, "the weights (80 GB at 16 bits) "
	    "exceed the replica's memory (80 GB on 1 device)"));
	q.bits = 4.25;
	q.devices = 2;
	q.memory_gb = 10;
	ck_assert_int_eq(lm_memory_note(&q, buf, sizeof(buf)), 1);
	ck_assert_ptr_nonnull(strstr(buf, "(21 GB at 4.25 bits) exceed the "
	    "replica's memory (20 GB on 2 devices)"));
	q.memory_gb = NAN;
	ck_assert_int_eq(lm_memory_note(&q, buf, sizeof(buf)), 0);
}
END_TEST

START_TEST(test_terms_dense)
{
	struct lm_point q = point(16, 16, 16, 2, 16, 1000, 2000);
	double t, p, e, parts[3];
	double share = 0.3 + 0.009472 / 0.026624;

	lm_eval(&hand, &q, &t, &p, &e, parts);
	ck_assert_close(parts[0], 0.0224);
	ck_assert_close(parts[1], 1.024e-3);
	ck_assert_close(parts[2], 1.6e-5);
	ck_assert_close(t, 0.026624);
	ck_assert_close(p, 1000 * share);
	ck_assert_close(e, 1000 * share * 0.00168);
}
END_TEST

/* MoE, 4B active of 40B at 8 bits on 1 device, batch 2, no prompt,
 * output 100 (the arithmetic at the BF16 rate whatever the precision):
 *   c = 50; experts touched 1 - (1 - 4/40)^2 = 0.19
 *   W  = 1 B x 40 x 0.19 x 1e9 = 7.6e9 B; K = 1e5 x 2 x 2 x 50 = 2e7 B
 *   tm = 7.62e9 / (0.5 x 2000e9) = 0.00762 s
 *   tc = 2 x 4e9 x 2 / (0.1 x 1000e12) = 1.6e-4 s
 *   t  = 5e-5 x 40 + 0 + 1e-7 x 50 + tm + tc = 0.009785 s
 *   share = 0.3 + (0.4 x 0.00762 + 0.5 x 1.6e-4) / 0.009785
 *   p = 500 share;  tp = 0;  e = p t / 2 */
START_TEST(test_terms_moe)
{
	struct lm_point q = point(4, 40, 8, 1, 2, 0, 100);
	double t, p, e, parts[3];
	double share = 0.3 + (0.4 * 0.00762 + 0.5 * 1.6e-4) / 0.009785;

	lm_eval(&hand, &q, &t, &p, &e, parts);
	ck_assert_close(parts[0], 0.00762);
	ck_assert_close(parts[1], 1.6e-4);
	ck_assert_close(parts[2], 0);
	ck_assert_close(t, 0.009785);
	ck_assert_close(p, 500 * share);
	ck_assert_close(e, 500 * share * 0.009785 / 2);
}
END_TEST

/* MoE of known experts: 13B active of 40B at 8 bits, batch 2, no
 * prompt, output 100, 2 of 8 experts a token (k/E = 0.25):
 *   experts X = (40 - 13) / 0.75 = 36B, shared S = 40 - 36 = 4B;
 *   touched at batch 2: 4 + 36 x (1 - 0.75^2) = 4 + 36 x 0.4375 = 19.75B
 *   W = 1 B x 19.75e9; K = 1e5 x sqrt(13) x 2 x 50 = 3.6056e7 B
 *   tm = (19.75e9 + 3.6056e7) / (0.5 x 2000e9) = 0.019786 s
 * Without k/E the same model touches 40 x (1 - (1 - 13/40)^2) = 21.775B.
 * At batch 1 both read the active weights only: 13B. */
START_TEST(test_terms_experts)
{
	struct lm_point q = point(13, 40, 8, 1, 2, 0, 100);
	double parts[3];

	q.expert_share = 0.25;
	lm_eval(&hand, &q, NULL, NULL, NULL, parts);
	ck_assert_close(parts[0], (19.75e9 + 1e5 * sqrt(13) * 2 * 50) / 1e12);
	q.expert_share = 0;
	lm_eval(&hand, &q, NULL, NULL, NULL, parts);
	ck_assert_close(parts[0], (21.775e9 + 1e5 * sqrt(13) * 2 * 50) / 1e12);
	for (int k = 0; k < 2; k++) {
		q.expert_share = k ? 0.25 : 0;
		q.batch = 1;
		lm_eval(&hand, &q, NULL, NULL, NULL, parts);
		ck_assert_close(parts[0], (13e9 + 1e5 * sqrt(13) * 50) / 1e12);
	}
}
END_TEST

/* The cache of windowed layers and a recurrent state, and the step
 * overhead by layers: dense 16B at 16 bits on 2 devices, batch 16, prompt
 * 1000, output 2000 (c = 2000), 30 layers; a token adds 1e5 bytes over
 * the full layers and 3e5 over the windowed ones (window 512); a state of
 * 1e8 bytes a sequence:
 *   s  = 1e5 x 2000 + 3e5 x min(2000, 512) + 1e8 = 4.536e8 bytes
 *   K  = 1 x 16 x 4.536e8 = 7.2576e9 B;  W = 3.2e10 B
 *   tm = 3.92576e10 / (0.5 x 2 x 2000e9) = 0.0196288 s; tc = 1.024e-3 s
 *   t  = 5e-5 x 30 + 1e-3 + 1e-7 x 2000 + tm + tc = 0.0233528 s
 * With prompt 100 and output 200 (c = 200, inside the window):
 *   s  = 1e5 x 200 + 3e5 x 200 + 1e8 = 1.8e8;  K = 2.88e9 B
 *   tm = 3.488e10 / 2e12 = 0.01744 s */
START_TEST(test_terms_window_state)
{
	struct lm_point q = point(16, 16, 16, 2, 16, 1000, 2000);
	double t, parts[3];

	q.layers = 30;
	q.kv_token = 1e5;
	q.kv_win_token = 3e5;
	q.kv_window = 512;
	q.state = 1e8;
	lm_eval(&hand, &q, &t, NULL, NULL, parts);
	ck_assert_close(parts[0], 0.0196288);
	ck_assert_close(t, 0.0233528);
	q.in_len = 100;
	q.out_len = 200;
	lm_eval(&hand, &q, NULL, NULL, NULL, parts);
	ck_assert_close(parts[0], 0.01744);
}
END_TEST

/* The experts' fixed time: 13B active of 40B, 2 of 8 experts a token
 * (E = 8, k/E = 0.25), 40 layers, batch 2 on 2 devices: a layer's batch
 * touches 8 (1 - 0.75^2) = 3.5 experts, so te = 1e-6 x 40 x 3.5 / 2 =
 * 7e-5 s at 16 bits and 4e-6 x 40 x 3.5 / 2 = 2.8e-4 s at 8 bits, added
 * to the step; without E, nothing. */
START_TEST(test_terms_expert_time)
{
	struct lm_point q = point(13, 40, 16, 2, 2, 0, 100);
	double t16, t8, t0, tb;

	q.expert_share = 0.25;
	lm_eval(&hand, &q, &t0, NULL, NULL, NULL);
	q.experts = 8;
	lm_eval(&hand, &q, &t16, NULL, NULL, NULL);
	ck_assert_close(t16 - t0, 7e-5);
	q.bits = 8;
	lm_eval(&hand, &q, &t8, NULL, NULL, NULL);
	q.experts = 0;
	lm_eval(&hand, &q, &tb, NULL, NULL, NULL);
	ck_assert_close(t8 - tb, 2.8e-4);
}
END_TEST

/* The power never exceeds the replica's TDP. */
START_TEST(test_power_capped)
{
	struct lm_params p = hand;
	struct lm_point q = point(16, 16, 16, 4, 64, 100, 100);
	double pw;

	p.v[LM_A_M] = 5;
	lm_eval(&p, &q, NULL, &pw, NULL, NULL);
	ck_assert_close(pw, 4 * 500);
}
END_TEST

/* Points generated by known parameters, over model sizes, precisions,
 * devices, batches and lengths, into q (room for 4000); their count. */
static size_t
generated(struct lm_point *q, const struct lm_params *truth)
{
	static const double dense[] = { 4, 8, 16, 32, 70 };
	static const double moe[][2] = { { 3, 30 }, { 22, 235 }, { 5, 117 } };
	static const int devs[] = { 1, 2, 4, 8 };
	size_t n = 0;

	for (int m = 0; m < 8; m++)
		for (int d = 0; d < 4; d++)
			for (double b = 1; b <= 512; b *= 4)
				for (int l = 0; l < 2; l++) {
					double a = m < 5 ? dense[m] :
					    moe[m - 5][0];
					double tot = m < 5 ? a : moe[m - 5][1];
					struct lm_point *x = &q[n++];
					*x = point(a, tot, m % 2 ? 8 : 16,
					    devs[d], b, l ? 1500 : 200, l ? 6000 :
					    400);
					/* layers from 24 to 80; one model
					 * with windowed layers, one with a
					 * recurrent state */
					x->layers = 24 + 8 * m;
					if (m == 2) {
						x->kv_win_token = 3 *
						    x->kv_token;
						x->kv_window = 1024;
					}
					if (m == 1)
						x->state = 5e7;
					/* the mixtures: 8 of 128 experts */
					if (m >= 5) {
						x->experts = 128;
						x->expert_share = 8.0 / 128;
					}
					lm_eval(truth, x, &x->itl, &x->power,
					    &x->ept, NULL);
				}
	return n;
}

/* q[0..n) fitted with the priors given: every parameter found again to
 * 0.1%, the cost ~0 (time_only: the power shares neither fitted nor
 * compared). */
static void
fits_exactly(const struct lm_point *q, size_t n, const double *prior,
    const struct lm_params *truth, int time_only)
{
	struct lm_params got;
	struct ipw_error err;
	double cost;

	ck_assert_int_eq(lm_fit(q, n, NULL, prior, &got, &cost, &err), 0);
	ck_assert_msg(cost < 1e-12, "cost %g", cost);
	ck_assert_int_eq(got.time_only, time_only);
	for (int i = 0; i < LM_NPARAMS; i++)
		if (!time_only || (i != LM_PHI && i != LM_A_M && i != LM_A_C))
			ck_assert_msg(fabs(got.v[i] / truth->v[i] - 1) < 1e-3,
			    "%s: %g, generated with %g", lm_param_name[i],
			    got.v[i], truth->v[i]);
}

/* The fit, without priors, finds the generating parameters again. */
START_TEST(test_fit_recovers)
{
	struct lm_params truth = { { 0.6, 1.3, 0.35, 0.08, 7.5e-5, 1.5e-3,
		4e-7, 0.35, 0.3, 0.4, 0.4, 5e-7, 3e-6 }, 0 };
	struct lm_point *q = malloc(4000 * sizeof(*q));
	size_t n;

	ck_assert_ptr_nonnull(q);
	n = generated(q, &truth);
	fits_exactly(q, n, NULL, &truth, 0);
	/* The same points measured only as static batches (latency per
	 * output token, prefill included): the ten time parameters are
	 * found again, eta_p through the batch's prefill; the power shares
	 * are not fitted (time_only). */
	for (size_t i = 0; i < n; i++) {
		q[i].latency = lm_static_latency(&truth, &q[i]);
		q[i].itl = q[i].power = q[i].ept = NAN;
	}
	fits_exactly(q, n, NULL, &truth, 1);
	free(q);
}
END_TEST

/* The priors: points generated at their centres (dense GEMMs at 0.7 of
 * peak, prefill at 0.9) are fitted exactly with them (the priors' own
 * residuals are then 0). Generated at 0.35 and 0.4, far from them, the
 * estimates land between the truth and the centres, pulled (above 0.45
 * and 0.5: a prior that did nothing would fail) but never past them:
 * on these points the two trade against the other parameters at little
 * cost to the data (the fit lands near the centres, 0.66 and 0.90, its
 * root mean square log error under 3%), which is what a prior is for. */
START_TEST(test_fit_priors)
{
	struct lm_params truth = { { 0.6, 1.3, 0.7, 0.08, 7.5e-5, 1.5e-3,
		4e-7, 0.35, 0.3, 0.4, 0.9, 5e-7, 3e-6 }, 0 };
	struct lm_point *q = malloc(4000 * sizeof(*q));
	struct lm_params got;
	struct ipw_error err;
	double cost;
	size_t n;

	ck_assert_ptr_nonnull(q);
	ck_assert_double_eq(lm_prior[LM_ETA_C_DENSE], 0.7);
	ck_assert_double_eq(lm_prior[LM_ETA_P], 0.9);
	n = generated(q, &truth);
	fits_exactly(q, n, lm_prior, &truth, 0);
	truth.v[LM_ETA_C_DENSE] = 0.35;
	truth.v[LM_ETA_P] = 0.4;
	n = generated(q, &truth);
	ck_assert_int_eq(lm_fit(q, n, NULL, lm_prior, &got, &cost, &err), 0);
	ck_assert_msg(got.v[LM_ETA_C_DENSE] > 0.45 &&
	    got.v[LM_ETA_C_DENSE] <= 0.7, "eta_c %g", got.v[LM_ETA_C_DENSE]);
	ck_assert_msg(got.v[LM_ETA_P] > 0.5 && got.v[LM_ETA_P] <= 0.9,
	    "eta_p %g", got.v[LM_ETA_P]);
	/* without them, the truth again */
	fits_exactly(q, n, NULL, &truth, 0);
	/* what the priors cost the data: a root mean square log error
	 * under 3% over the 1,536 values (cost < 1536 x 0.03^2) */
	ck_assert_msg(cost < 1536 * 0.03 * 0.03, "cost %g", cost);
	free(q);
}
END_TEST

/* A static batch's latency per output token by hand, the dense point of
 * test_terms_dense: t = 0.026624 s, prefill tp = 1.6e-5 s a sequence's
 * output token, 16 prompts: 0.026624 + 16 x 1.6e-5 = 0.02688 s. */
START_TEST(test_static_latency)
{
	struct lm_point q = point(16, 16, 16, 2, 16, 1000, 2000);

	ck_assert_close(lm_static_latency(&hand, &q), 0.02688);
}
END_TEST

START_TEST(test_fit_too_few)
{
	struct lm_point q[9];
	struct lm_params got;
	struct ipw_error err;
	int rc;

	for (int i = 0; i < 9; i++) {
		q[i] = point(8 + 4 * (i % 3), 8 + 4 * (i % 3), 16, 1 + i / 3,
		    8 << i, 100, 100);
		lm_eval(&hand, &q[i], &q[i].itl, &q[i].power, &q[i].ept,
		    NULL);
	}
	/* 3 points x 3 values = 9 < 2 x 13 = 26 */
	ck_assert_int_eq(lm_fit(q, 3, NULL, lm_prior, &got, NULL, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
	/* the boundary: 8 x 3 + 2 = 26 values are enough to try (the fit
	 * may still fail to converge, but not for want of data); 25 are
	 * not */
	q[8].power = NAN;
	err.code = 0;
	rc = lm_fit(q, 9, NULL, lm_prior, &got, NULL, &err);
	ck_assert(rc == 0 || err.code != IPW_EX_DATAERR);
	q[8].itl = NAN;
	ck_assert_int_eq(lm_fit(q, 9, NULL, lm_prior, &got, NULL, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_DATAERR);
}
END_TEST

/* Batch 8 (1 J, 10 ms, 100 tokens out) and 32 (0.25 J, 20 ms, 200): at
 * 16, halfway in ln(batch): e = sqrt(1 x 0.25) = 0.5, output 150, ITL
 * sqrt(0.01 x 0.02). Outside [8, 32] there is no value; without the
 * point at 32 only batch 8 itself has one. */
START_TEST(test_curve_at)
{
	struct lm_point q[2];
	double e, len, t;

	q[0] = point(8, 8, 16, 1, 8, 100, 100);
	q[1] = point(8, 8, 16, 1, 32, 100, 200);
	q[0].ept = 1;
	q[0].itl = 0.01;
	q[1].ept = 0.25;
	q[1].itl = 0.02;
	q[0].config = q[1].config = 3;
	ck_assert_int_eq(lmv_curve_at(q, 2, 3, 2, 16, &e, &len, &t), 0);
	ck_assert_close(e, 0.5);
	ck_assert_close(len, 150);
	ck_assert_close(t, sqrt(0.01 * 0.02));
	ck_assert_int_eq(lmv_curve_at(q, 2, 3, 2, 64, &e, &len, &t), -1);
	ck_assert_int_eq(lmv_curve_at(q, 2, 3, 2, 4, &e, &len, &t), -1);
	ck_assert_int_eq(lmv_curve_at(q, 2, 4, 2, 16, &e, &len, &t), -1);
	ck_assert_int_eq(lmv_curve_at(q, 2, 3, 1, 16, &e, &len, &t), -1);
	ck_assert_int_eq(lmv_curve_at(q, 2, 3, 1, 8, &e, &len, &t), 0);
	ck_assert_close(e, 1);
}
END_TEST

/* Twenty families, one residual each: family j at ln ratio j. */
static void
fill_twenty(struct lmv_cell *c)
{
	free(c->le);
	free(c->lt);
	free(c->family);
	c->le = malloc(20 * sizeof(double));
	c->lt = malloc(20 * sizeof(double));
	c->family = malloc(20 * sizeof(int));
	ck_assert_ptr_nonnull(c->family);
	for (int j = 0; j < 20; j++) {
		c->le[j] = j;
		c->lt[j] = NAN;
		c->family[j] = j;
	}
	c->n = c->cap = 20;
}

/* Twenty families, one residual each, ln(pred / measured) = j for family
 * j. GSL's quantile at p of n sorted values is linear between the order
 * statistics around (n - 1) p.
 *
 * Fixed level 0.90 over all twenty: (n - 1) p = 0.95 and 18.05, so the
 * bounds are 0.95 and 18.05; without family 0 (values 1..19): 1 + 0.9 =
 * 1.9.
 *
 * Calibrated level without skipping: each family j is tested on the
 * other nineteen's quantiles. j = 0 and 19 are never inside (the others'
 * smallest is 1, largest 18). j = 1 is inside when the others' (0, 2, 3,
 * ..) lower quantile 0 + 2 x 18 p <= 1, p <= 1/36, level >= 0.944; j = 18
 * likewise; the rest always. So at 0.94, 16 of 20 (< 90%); at 0.95, 18 of
 * 20 = 90%: the level is 0.95.
 *
 * Nested coverage: without family f the other nineteen are calibrated
 * among themselves; their two extremes are never inside, so at most
 * 17 of 19 < 90% at any level: the level is 1 (the others' smallest and
 * largest), which holds every f but 0 and 19: 18 of 20 = 0.9. */
START_TEST(test_coverage_by_hand)
{
	struct lmv v;
	struct lmv_cell *c;
	struct lmv_summary s;
	double lo, hi;

	memset(&v, 0, sizeof(v));
	v.naccel = 1;
	v.cell = calloc(LMV_NFOLDS * 2, sizeof(*v.cell));
	ck_assert_ptr_nonnull(v.cell);
	c = lmv_at(&v, LMV_MODEL_OUT, 0, 0);
	fill_twenty(c);
	ck_assert_int_eq(lmv_quantiles_at(&v, LMV_MODEL_OUT, 0, 0,
	    LMV_SCOPE_CLASS, -1, -1, 0.9, &lo, &hi), 0);
	ck_assert_close(lo, 0.95);
	ck_assert_close(hi, 18.05);
	ck_assert_int_eq(lmv_quantiles_at(&v, LMV_MODEL_OUT, 0, 0,
	    LMV_SCOPE_CLASS, 0, -1, 0.9, &lo, &hi), 0);
	ck_assert_close(lo, 1.9);
	ck_assert_close(lmv_level(&v, LMV_MODEL_OUT, 0, 0, LMV_SCOPE_CLASS,
	    -1), 0.95);
	ck_assert_close(lmv_level(&v, LMV_MODEL_OUT, 0, 0, LMV_SCOPE_CLASS,
	    5), 1.0);
	lmv_summarise(&v, LMV_MODEL_OUT, 0, 0, &s);
	ck_assert_uint_eq(s.points, 20);
	ck_assert_close(s.coverage, 0.9);
	/* relative errors |e^j - 1|: median of j = 0..19 is between 9 and 10 */
	ck_assert_close(s.med_e, ((exp(9) - 1) + (exp(10) - 1)) / 2);
	/* by family: family j's one point at ratio e^j; held out, the
	 * others' level-1 bounds are their extremes, so 0 and 19 fall
	 * outside and 5 inside */
	{
		struct lmv_family_summary fs;
		lmv_family_summarise(&v, LMV_MODEL_OUT, 0, 0, 0, &fs);
		ck_assert_uint_eq(fs.points, 1);
		ck_assert_close(fs.med, 1.0);
		ck_assert_close(fs.lo, 1.0);
		ck_assert_close(fs.coverage, 0.0);
		ck_assert_int_eq(fs.scope, LMV_SCOPE_CLASS);
		lmv_family_summarise(&v, LMV_MODEL_OUT, 0, 0, 5, &fs);
		ck_assert_close(fs.med, exp(5));
		ck_assert_close(fs.hi, exp(5));
		ck_assert_close(fs.coverage, 1.0);
		lmv_family_summarise(&v, LMV_MODEL_OUT, 0, 0, 19, &fs);
		ck_assert_close(fs.coverage, 0.0);
		/* a family with no points */
		lmv_family_summarise(&v, LMV_MODEL_OUT, 0, 0, 77, &fs);
		ck_assert_uint_eq(fs.points, 0);
		ck_assert(isnan(fs.med) && isnan(fs.coverage));
	}
	/* fewer than 10 residuals: no interval */
	c->n = 10;
	ck_assert_int_eq(lmv_quantiles(&v, LMV_MODEL_OUT, 0, 0, 3, &lo, &hi,
	    NULL), -1);
	lmv_release(&v);
}
END_TEST

/* A cell of group (accelerator 0, MoE) holding nf families of k points
 * each at ln ratio 9.5, ids 100, 101, ... */
static void
fill_cell(struct lmv_cell *c, int nf, int k)
{
	free(c->le);
	free(c->lt);
	free(c->family);
	c->n = c->cap = (size_t)(nf * k);
	c->le = malloc(c->n * sizeof(double));
	c->lt = malloc(c->n * sizeof(double));
	c->family = malloc(c->n * sizeof(int));
	ck_assert_ptr_nonnull(c->family);
	for (size_t i = 0; i < c->n; i++) {
		c->le[i] = 9.5;
		c->lt[i] = NAN;
		c->family[i] = 100 + (int)i / k;
	}
}

/* Group (0, MoE) with two families of five points at 9.5; group (1, MoE)
 * the twenty families of test_coverage_by_hand (family j at j). An
 * interval takes the class on every accelerator: the 30 MoE points of
 * both accelerators (not accelerator 0's dense points, at -50).
 *
 * Level over those 30: family j of the twenty is tested on the other 29
 * (0..19 but j, and ten 9.5s). j = 0 and 19 are never inside (the
 * others' extremes are 1 and 18). j = 1: the others sorted are 0, 2, 3,
 * ..; the lower quantile at p = (1 - level) / 2 is 0 + 28 p x 2 while
 * 28 p <= 1, so j = 1 is inside when 56 p <= 1, level >= 1 - 2/56 =
 * 0.9643; j = 18 the same; every 9.5 is always inside. At 0.96: 26 of 30
 * = 86.7%; at 0.97: 28 of 30 = 93.3%: the level is 0.97. Bounds over the
 * 30 sorted (0..9, ten 9.5s, 10..19) at p = 0.015: 29 p = 0.435, lo =
 * 0.435; 29 (1 - p) = 28.565, between 18 and 19: hi = 18.565.
 *
 * Boundary, with accelerator 1's MoE group emptied: a class needs three
 * families besides the one held out. With three (twelve points at 9.5) a
 * new family's interval is the class's, [9.5, 9.5]; holding one out
 * leaves two, so it takes the accelerator's two classes: 8 points at 9.5
 * and 20 at -50, whose quantiles at any level >= 0.9 are -50 (position
 * 27 p < 20) and 9.5 (27 (1 + level) / 2 >= 25.6). With four, one held
 * out leaves three: the class's. With two and no dense group on
 * accelerator 0 (accelerator 1's instead), neither the class nor the
 * accelerator has three: every group. */
START_TEST(test_interval_scope)
{
	struct lmv v;
	struct lmv_summary s;
	double lo, hi;
	int sc;

	memset(&v, 0, sizeof(v));
	v.naccel = 2;
	v.cell = calloc(LMV_NFOLDS * 2 * 2, sizeof(*v.cell));
	ck_assert_ptr_nonnull(v.cell);
	fill_twenty(lmv_at(&v, LMV_MODEL_OUT, 1, 1));
	fill_cell(lmv_at(&v, LMV_MODEL_OUT, 0, 0), 5, 4);
	for (int i = 0; i < 20; i++)
		lmv_at(&v, LMV_MODEL_OUT, 0, 0)->le[i] = -50;

	fill_cell(lmv_at(&v, LMV_MODEL_OUT, 0, 1), 2, 5);
	ck_assert_int_eq(lmv_quantiles(&v, LMV_MODEL_OUT, 0, 1, -1, &lo, &hi,
	    &sc), 0);
	ck_assert_int_eq(sc, LMV_SCOPE_CLASS);
	ck_assert_close(lmv_level(&v, LMV_MODEL_OUT, 0, 1, LMV_SCOPE_CLASS,
	    -1), 0.97);
	ck_assert_close(lo, 0.435);
	ck_assert_close(hi, 18.565);
	lmv_summarise(&v, LMV_MODEL_OUT, 0, 1, &s);
	ck_assert_int_eq(s.scope, LMV_SCOPE_CLASS);
	ck_assert_close(s.coverage, 1.0);

	/* the class on accelerator 0 alone from here */
	lmv_at(&v, LMV_MODEL_OUT, 1, 1)->n = 0;

	/* at the boundary: three families */
	fill_cell(lmv_at(&v, LMV_MODEL_OUT, 0, 1), 3, 4);
	ck_assert_int_eq(lmv_quantiles(&v, LMV_MODEL_OUT, 0, 1, -1, &lo, &hi,
	    &sc), 0);
	ck_assert_int_eq(sc, LMV_SCOPE_CLASS);
	ck_assert_close(lo, 9.5);
	ck_assert_close(hi, 9.5);
	/* below it: one held out leaves two */
	ck_assert_int_eq(lmv_quantiles(&v, LMV_MODEL_OUT, 0, 1, 100, &lo,
	    &hi, &sc), 0);
	ck_assert_int_eq(sc, LMV_SCOPE_ACCEL);
	ck_assert_close(lo, -50);
	ck_assert_close(hi, 9.5);

	/* above it: four families, one held out */
	fill_cell(lmv_at(&v, LMV_MODEL_OUT, 0, 1), 4, 4);
	ck_assert_int_eq(lmv_quantiles(&v, LMV_MODEL_OUT, 0, 1, 100, &lo,
	    &hi, &sc), 0);
	ck_assert_int_eq(sc, LMV_SCOPE_CLASS);
	lmv_summarise(&v, LMV_MODEL_OUT, 0, 1, &s);
	ck_assert_int_eq(s.scope, LMV_SCOPE_CLASS);
	ck_assert_close(s.coverage, 1.0);

	/* neither the class nor the accelerator: every group */
	fill_cell(lmv_at(&v, LMV_MODEL_OUT, 0, 1), 2, 5);
	fill_cell(lmv_at(&v, LMV_MODEL_OUT, 1, 0), 5, 4);
	lmv_at(&v, LMV_MODEL_OUT, 0, 0)->n = 0;
	ck_assert_int_eq(lmv_quantiles(&v, LMV_MODEL_OUT, 0, 1, -1, &lo, &hi,
	    &sc), 0);
	ck_assert_int_eq(sc, LMV_SCOPE_ALL);
	/* the curve folds start at the group: three families of their own
	 * there keep it, where model-out with the same cells takes the
	 * class (its twenty families at 0..19 widen the bounds) */
	fill_twenty(lmv_at(&v, LMV_CURVE_BATCH, 1, 1));
	fill_cell(lmv_at(&v, LMV_CURVE_BATCH, 0, 1), 3, 4);
	fill_twenty(lmv_at(&v, LMV_MODEL_OUT, 1, 1));
	fill_cell(lmv_at(&v, LMV_MODEL_OUT, 0, 1), 3, 4);
	ck_assert_int_eq(lmv_first_scope(LMV_CURVE_BATCH), LMV_SCOPE_GROUP);
	ck_assert_int_eq(lmv_first_scope(LMV_MODEL_OUT), LMV_SCOPE_CLASS);
	ck_assert_int_eq(lmv_quantiles(&v, LMV_CURVE_BATCH, 0, 1, -1, &lo,
	    &hi, &sc), 0);
	ck_assert_int_eq(sc, LMV_SCOPE_GROUP);
	ck_assert_close(lo, 9.5);
	ck_assert_close(hi, 9.5);
	ck_assert_int_eq(lmv_quantiles(&v, LMV_MODEL_OUT, 0, 1, -1, &lo, &hi,
	    &sc), 0);
	ck_assert_int_eq(sc, LMV_SCOPE_CLASS);
	ck_assert(lo < 1 && hi > 18);
	/* two of its own: the curve fold takes the class too */
	fill_cell(lmv_at(&v, LMV_CURVE_BATCH, 0, 1), 2, 5);
	ck_assert_int_eq(lmv_quantiles(&v, LMV_CURVE_BATCH, 0, 1, -1, &lo,
	    &hi, &sc), 0);
	ck_assert_int_eq(sc, LMV_SCOPE_CLASS);
	ck_assert_close(lo, 0.435);
	ck_assert_close(hi, 18.565);
	lmv_at(&v, LMV_MODEL_OUT, 1, 1)->n = 0;
	fill_cell(lmv_at(&v, LMV_MODEL_OUT, 0, 1), 2, 5);

	/* a fold no prediction takes its interval from has no coverage */
	fill_twenty(lmv_at(&v, LMV_CROSS_TASK, 0, 0));
	lmv_summarise(&v, LMV_CROSS_TASK, 0, 0, &s);
	ck_assert_uint_eq(s.points, 20);
	ck_assert(isnan(s.coverage));
	ck_assert(!lmv_interval_fold(LMV_CROSS_TASK) &&
	    lmv_interval_fold(LMV_CURVE_TASK));
	/* and with too few anywhere, none */
	lmv_at(&v, LMV_MODEL_OUT, 1, 0)->n = 0;
	ck_assert_int_eq(lmv_quantiles(&v, LMV_MODEL_OUT, 0, 1, -1, &lo, &hi,
	    &sc), -1);
	ck_assert_int_eq(sc, -1);
	lmv_release(&v);
}
END_TEST

START_TEST(test_precisions)
{
	const struct precision *p;
	char list[512];

	ck_assert_str_eq(precision_find("bfloat16")->name, "bf16");
	ck_assert_str_eq(precision_find("BF16")->name, "bf16");
	p = precision_find("fp8");
	ck_assert(p->bits == 8);
	ck_assert(precision_find("float16")->bits == 16);
	/* 32 FP4 values + one 8-bit scale: (32 x 4 + 8) / 32 */
	ck_assert(precision_find("mxfp4")->bits == (32 * 4 + 8) / 32.0);
	/* Q4_K: 256 weights in 144 bytes */
	ck_assert(precision_find("Q4_K_M")->bits == 144 * 8 / 256.0);
	/* Q8_0: 32 weights in 34 bytes */
	ck_assert(precision_find("q8_0")->bits == 34 * 8 / 32.0);
	ck_assert_ptr_null(precision_find("fp7"));
	ck_assert_ptr_null(precision_find(""));
	ck_assert_ptr_null(precision_find("bf"));
	precision_list(list, sizeof(list));
	ck_assert_ptr_nonnull(strstr(list, "bf16, fp16, fp8"));
	ck_assert_ptr_nonnull(strstr(list, "mxfp4"));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("lenmodel");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_memory_note);
	tcase_add_test(tc, test_fit_priors);
	tcase_add_test(tc, test_terms_dense);
	tcase_add_test(tc, test_terms_moe);
	tcase_add_test(tc, test_terms_experts);
	tcase_add_test(tc, test_terms_window_state);
	tcase_add_test(tc, test_terms_expert_time);
	tcase_add_test(tc, test_static_latency);
	tcase_add_test(tc, test_power_capped);
	tcase_add_test(tc, test_fit_recovers);
	tcase_add_test(tc, test_fit_too_few);
	tcase_add_test(tc, test_curve_at);
	tcase_add_test(tc, test_coverage_by_hand);
	tcase_add_test(tc, test_interval_scope);
	tcase_add_test(tc, test_precisions);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

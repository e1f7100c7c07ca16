/* The length-aware batch model: inter-token latency, average power and
 * energy per output token of a serving replica as functions of the batch
 * size, the prompt and output lengths, the weights' precision and the
 * number of devices (docs/models.md gives every term with its units).
 *
 * A decode step at mean running batch B, on n devices of bandwidth BW
 * (GB/s), peak BF16 FLOPS (TFLOP/s) and TDP (W),
 * for a model of A active and P total parameters (billions) at b bits per
 * weight, with mean context c = L_in + L_out / 2 tokens:
 *
 *   weights read  W  = b/8 T 1e9  bytes, T billions touched: all of a
 *                 dense model (T = P); of a mixture of k of E experts,
 *                 T = S + X (1 - (1 - k/E)^B) with X = (P - A)/(1 - k/E)
 *                 its experts and S = P - X its shared part; with k/E
 *                 unknown, T = P (1 - (1 - A/P)^B)
 *   cache a sequence holds
 *                 s  = k_f c + k_w min(c, w) + z                bytes,
 *                 k_f the bytes a context token adds over the layers that
 *                 attend to all of it, k_w over those attending to a
 *                 window of w tokens, z a recurrent state
 *   cache read    K  = f_kv B s                                 bytes
 *   memory time   tm = (W + K) / (eta_w n BW 1e9)
 *   compute time  tc = 2 A 1e9 B / (eta_c n FLOPS 1e12)  (eta_c per class)
 *   experts       te = t_e L E (1 - (1 - k/E)^B) / n            s, a fixed
 *                 cost of each expert a layer's batch touches (t_e8 for
 *                 8-bit weights: block-scaled FP8 expert kernels); 0
 *                 without E
 *   step time     t  = t_l L + t_tp log2 n + t_ctx c + te + tm + tc
 *                 = ITL (s), L the model's layers
 *   power         p  = n TDP min(1, phi + a_m tm/t + a_c tc/t)  (W)
 *   prefill       tp = 2 A 1e9 L_in / (L_out eta_p n FLOPS 1e12) per token
 *   energy/token  e  = p (t / B + tp)                           (J)
 *
 * The thirteen parameters are fitted per accelerator by nonlinear least
 * squares (GSL) on the logs of measured ITL, power and energy per token. */
#ifndef IPW_LENMODEL_H
#define IPW_LENMODEL_H

#include <stddef.h>

#include "error.h"

enum lm_param {
	LM_ETA_W, LM_KV, LM_ETA_C_DENSE, LM_ETA_C_MOE, LM_T_LAYER, LM_T_TP,
	LM_T_CTX, LM_PHI, LM_A_M, LM_A_C, LM_ETA_P, LM_T_EXP, LM_T_EXP8,
	LM_NPARAMS
};

/* Names (as the parameter file spells them) and units. */
extern const char *const lm_param_name[LM_NPARAMS];
extern const char *const lm_param_unit[LM_NPARAMS];

struct lm_params {
	double v[LM_NPARAMS];
	int time_only;		/* fitted without power or energy measured:
				 * phi, a_m, a_c are not this fit's (the
				 * caller puts another accelerator's in) */
};

/* One configuration at one batch: what the model needs, and what was
 * measured there (NaN when not measured). */
struct lm_point {
	double active_b, total_b;	/* parameters, billions */
	double bits;			/* per weight */
	double experts;			/* E of a mixture of experts; 0: not
					 * known */
	double expert_share;		/* k / E of a mixture of experts
					 * (experts a token takes over those
					 * of a layer); 0: not known */
	/* the architecture (catalog_arch fills it, estimating what the
	 * catalog lacks) */
	double layers;			/* decoder layers, L */
	double kv_token;		/* bytes a context token adds to the
					 * cache of the full-attention
					 * layers, k_f */
	double kv_win_token, kv_window;	/* the same over windowed layers,
					 * k_w, and their window w (tokens) */
	double state;			/* recurrent state, bytes a sequence,
					 * z */
	double bw_gbs, tflops, tdp_w;	/* per device */
	double memory_gb;		/* per device; NaN: not known */
	int devices;
	double batch;			/* mean running batch */
	double in_len, out_len;		/* mean prompt and output tokens */
	double ept, itl, power;		/* measured: J/token, s, W (replica) */
	double latency;			/* measured: a static batch's latency
					 * over its output length (prefill
					 * included), s; NaN: not measured */
	/* grouping */
	int accel;			/* index into the accelerator names */
	int task;			/* index into the task names */
	int family;			/* same (active, total) parameters */
	int config;			/* same model id, accelerator, devices,
					 * precision and task: one curve */
	int setup;			/* the same, any task */
	int model;			/* same model id and precision */
	int moe;			/* total > active */
	long line;			/* where it was read, for messages */
};

/* Weak priors of the fit: a parameter's centre (0: none), each adding
 * one residual, LM_PRIOR_WEIGHT times its distance from the centre in
 * the unconstrained (logit or log) scale, so that a parameter the data
 * cannot pin down stays near a physical value instead of drifting: the
 * dense decode GEMMs' share of peak FLOPS (0.7) where a set's batches
 * are all small, prefill's share (0.9) where its outputs are long
 * (docs/models.md says where the centres come from). */
#define LM_PRIOR_WEIGHT 1.0
extern const double lm_prior[LM_NPARAMS];

/* ITL (s), replica power (W) and energy per output token (J); any output
 * may be NULL. The components tm, tc are returned in parts (may be NULL):
 * parts[0] = tm, parts[1] = tc, parts[2] = prefill s per token. */
void lm_eval(const struct lm_params *p, const struct lm_point *q,
    double *itl, double *power, double *ept, double *parts);

/* Bytes of the weights at their bits. */
double lm_weight_bytes(const struct lm_point *q);
/* When the point's weights exceed its devices' memory, a note saying so
 * into buf (else "", and when the memory is not known); returns 1 then.
 * The batch's cache is not checked: its lengths are means, a prompt's
 * often assumed, and a server caps the running batch itself (ML.ENERGY's
 * measured running batches are 2-4 times what the cache would hold at
 * the assumed 1,000-token prompt). */
int lm_memory_note(const struct lm_point *q, char *buf, size_t size);

/* A static batch's latency per output token, prefill included: the
 * step time plus the batch's prompts' prefill over the output length,
 * t + B tp (s). */
double lm_static_latency(const struct lm_params *p, const struct lm_point *q);

/* Fits the points q[i] with use[i] != 0 (use NULL: all), with the
 * priors' centres (prior[i] > 0; prior NULL: none; ipwsim's fits take
 * lm_prior). *cost is the sum of squared log residuals (ITL, power,
 * energy and static latency, each where measured) and the priors'.
 * Points without any power or energy measured fit the ten time
 * parameters only (out->time_only set). IPW_EX_DATAERR with
 * fewer than 2 x the parameters fitted measured values, IPW_EX_SOFTWARE
 * when GSL fails. */
int lm_fit(const struct lm_point *q, size_t n, const unsigned char *use,
    const double *prior, struct lm_params *out, double *cost,
    struct ipw_error *err);

#endif

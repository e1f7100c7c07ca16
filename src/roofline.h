/* A parametric model of a decode step, for configurations no curve
 * measures. Per step at batch B on a replica of n devices:
 *
 *   weights read   W = bytes x (P_shared + P_experts x f(B)) x 1e9 B
 *                  f(B) = 1 - (1 - k / E)^B, experts touched by B sequences
 *                  (f = 1 for a dense model)
 *   step time      t = max(W / (eta_bw n BW), 2 P_active 1e9 B /
 *                  (eta_c n FLOPS)) + t0
 *   power          P = n TDP (phi + (1 - phi)(1 - exp(-B / B_p)))
 *   energy/token   e = P t / B;   inter-token latency = t
 *
 * BW (GB/s), FLOPS (dense BF16 TFLOP/s) and TDP (W) are the catalog's;
 * eta_bw, eta_c, t0, phi and B_p are fitted per accelerator by nonlinear
 * least squares (GSL) on the log of measured energy per token and ITL. */
#ifndef IPW_ROOFLINE_H
#define IPW_ROOFLINE_H

#include "catalog.h"
#include "error.h"
#include "whatif.h"

struct roofline_params {
	double eta_bw, eta_c;	/* shares of peak bandwidth and compute */
	double t0;		/* s per step */
	double floor;		/* static share of TDP */
	double bp;		/* batch scale of the power rise */
};

struct roofline_model {
	double p_total_b, p_active_b;	/* billions */
	double experts, k;		/* NaN or 0 for dense */
	double bytes;			/* per parameter */
};

struct roofline_device {
	double bw_gbs, tflops, tdp_w;
};

struct roofline_fit {
	char accel[64];
	struct roofline_params p;
	int npoints;
	double median_err, max_err;	/* relative, energy per token */
};

/* Energy per token (J) and step time (s) at batch b. */
void roofline_eval(const struct roofline_params *p,
    const struct roofline_model *m, const struct roofline_device *d,
    int gpus, double b, double *ept, double *itl);
/* Model and device of a curve, from the catalog; -1 if a value needed
 * is unknown (the curve is then left out of fits). */
int roofline_inputs(const struct curve *c, const struct catalog *cat,
    struct roofline_model *m, struct roofline_device *d);
/* Fits the curves on accelerator accel, leaving out model `exclude`
 * (NULL: none). IPW_EX_SOFTWARE when the fit does not converge. */
int roofline_fit(const struct curves *cs, const struct catalog *cat,
    const char *accel, const char *exclude, struct roofline_fit *out,
    struct ipw_error *err);
/* Relative errors |predicted / measured - 1| of energy per token at each
 * measured point of model on accel, predicted with p, appended to
 * out[*n..max); returns -1 when out of memory. */
int roofline_errors(const struct curves *cs, const struct catalog *cat,
    const char *accel, const char *model, const struct roofline_params *p,
    double *out, size_t *n, size_t max);
/* Median and largest of v[0..n) (sorted in place). */
void roofline_summary(double *v, size_t n, double *median, double *max);

/* Fitted parameters per accelerator, as ipwsim fit writes them. */
struct roofline_table {
	struct roofline_fit fit[16];
	int n;
	char file[256];
};

int roofline_load(struct roofline_table *rt, const char *path,
    struct ipw_error *err);
/* data/curves/roofline.json from the data directory. */
int roofline_load_default(struct roofline_table *rt, struct ipw_error *err);
/* Energy and latency ratios between batch b1 and b0 for a model on an
 * accelerator, with the accelerator's fit, or the H100's for an H200
 * (same compute; its own bandwidth and TDP from the catalog). The replica
 * is taken as the fewest devices whose memory holds the weights in BF16,
 * at 90%. Describes what it used in how. */
int roofline_scale(const struct roofline_table *rt, const struct catalog *cat,
    const char *model, const char *accel, double b0, double b1,
    double *e_scale, double *l_scale, char *how, size_t howlen,
    struct ipw_error *err);

#endif

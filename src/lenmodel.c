#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multifit_nlinear.h>
#include <gsl/gsl_vector.h>

#include "lenmodel.h"

const char *const lm_param_name[LM_NPARAMS] = {
	"eta_bandwidth", "kv_read_factor", "eta_compute_dense",
	"eta_compute_moe", "step_overhead_per_layer_s",
	"step_overhead_per_log2_devices_s",
	"step_s_per_context_token", "power_floor_share", "power_memory_share",
	"power_compute_share", "eta_prefill", "expert_step_s",
	"expert_step_8bit_s",
};

const char *const lm_param_unit[LM_NPARAMS] = {
	"share of peak bandwidth", "times the cache the batch holds",
	"share of peak FLOPS", "share of peak FLOPS", "s per step per layer",
	"s per step per doubling of devices", "s per step per context token",
	"share of TDP", "share of TDP at full memory time",
	"share of TDP at full compute time", "share of peak FLOPS",
	"s per step per layer per expert touched, over the devices",
	"the same, 8-bit weights",
};

/* Parameters kept in (0, 1) through a logistic, the others positive
 * through exp. */
static const unsigned char is_share[LM_NPARAMS] = { 1, 0, 1, 1, 0, 0, 0, 1,
	0, 0, 1, 0, 0 };

const double lm_prior[LM_NPARAMS] = {
	[LM_ETA_C_DENSE] = 0.7,
	[LM_ETA_P] = 0.9,
};

/* Billions of weights a decode step of batch b reads. A dense model, all
 * of them. A mixture of experts of known k / E: its shared part S (every
 * token's) and its experts X, from P = S + X and A = S + X k/E, and of X
 * the share B tokens touch when each takes k of E at random; without
 * k / E, the share of all P that B tokens touch taking A/P each. */
static double
touched_b(const struct lm_point *q, double b)
{
	double a = q->active_b, tot = q->total_b > a ? q->total_b : a;
	double f = q->expert_share, x, s;

	if (tot <= a)
		return tot;
	if (!(f > 0 && f < 1))
		return tot * (1 - pow(1 - a / tot, b));
	x = fmin(tot, (tot - a) / (1 - f));
	s = tot - x;
	return s + x * (1 - pow(1 - f, b));
}

/* Experts of a layer that B tokens taking k of E each touch: E (1 -
 * (1 - k/E)^B); 0 when E is not known. */
static double
experts_touched(const struct lm_point *q, double b)
{
	if (!(q->experts > 0 && q->expert_share > 0 && q->expert_share < 1))
		return 0;
	return q->experts * (1 - pow(1 - q->expert_share, b));
}

void
lm_eval(const struct lm_params *p, const struct lm_point *q, double *itl,
    double *power, double *ept, double *parts)
{
	const double *v = p->v;
	double a = q->active_b;
	double n = q->devices, b = q->batch;
	double flops = q->tflops * 1e12 * n;
	double bw = q->bw_gbs * 1e9 * n;
	double ctx = q->in_len + q->out_len / 2;
	double w = q->bits / 8 * touched_b(q, b) * 1e9;
	double kv = v[LM_KV] * b * (q->kv_token * ctx + q->kv_win_token *
	    fmin(ctx, q->kv_window) + q->state);
	double tm = (w + kv) / (v[LM_ETA_W] * bw);
	double tc = 2 * a * 1e9 * b / ((q->moe ? v[LM_ETA_C_MOE] :
	    v[LM_ETA_C_DENSE]) * flops);
	double te = (q->bits == 8 ? v[LM_T_EXP8] : v[LM_T_EXP]) * q->layers *
	    experts_touched(q, b) / n;
	double t = v[LM_T_LAYER] * q->layers + v[LM_T_TP] * log2(n) +
	    v[LM_T_CTX] * ctx + te + tm + tc;
	double share = fmin(1, v[LM_PHI] + v[LM_A_M] * tm / t + v[LM_A_C] *
	    tc / t);
	double pw = n * q->tdp_w * share;
	double tp = 2 * a * 1e9 * q->in_len / (q->out_len * v[LM_ETA_P] *
	    flops);

	if (itl)
		*itl = t;
	if (power)
		*power = pw;
	if (ept)
		*ept = pw * (t / b + tp);
	if (parts) {
		parts[0] = tm;
		parts[1] = tc;
		parts[2] = tp;
	}
}

double
lm_weight_bytes(const struct lm_point *q)
{
	return q->bits / 8 * q->total_b * 1e9;
}

int
lm_memory_note(const struct lm_point *q, char *buf, size_t size)
{
	double have = q->devices * q->memory_gb * 1e9, w = lm_weight_bytes(q);

	buf[0] = '\0';
	if (!(have > 0) || !(w > have))
		return 0;
	snprintf(buf, size, "the weights (%.0f GB at %.4g bits) exceed the "
	    "replica's memory (%.0f GB on %d device%s): no server runs it at "
	    "this precision, the figure is extrapolated", w / 1e9, q->bits,
	    have / 1e9, q->devices, q->devices == 1 ? "" : "s");
	return 1;
}

/* ---- fitting ------------------------------------------------------------ */

struct fit_set {
	int nprior;			/* priors on free parameters */
	int prior_j[LM_NPARAMS];	/* which (index among the free) */
	double prior_u[LM_NPARAMS];	/* centre, unconstrained */
	const struct lm_point *q;
	size_t *idx, n;		/* points used */
	size_t nres;
	int free[LM_NPARAMS], nfree;	/* the parameters fitted */
	double fixed[LM_NPARAMS];	/* the others, unconstrained */
};

/* The power parameters: a set without power or energy measured leaves
 * them out of its fit. */
static const unsigned char power_param[LM_NPARAMS] = { 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 0, 0, 0 };

static void
params_of(const struct fit_set *s, const gsl_vector *x, struct lm_params *p)
{
	double u[LM_NPARAMS];

	memcpy(u, s->fixed, sizeof(u));
	for (int j = 0; j < s->nfree; j++)
		u[s->free[j]] = gsl_vector_get(x, (size_t)j);
	for (int i = 0; i < LM_NPARAMS; i++)
		p->v[i] = is_share[i] ? 1 / (1 + exp(-u[i])) : exp(u[i]);
}

/* t + B tp from lm_eval's step time and parts. */
static double
static_latency(const struct lm_point *q, double t, const double *parts)
{
	return t + q->batch * parts[2];
}

double
lm_static_latency(const struct lm_params *p, const struct lm_point *q)
{
	double t, parts[3];

	lm_eval(p, q, &t, NULL, NULL, parts);
	return static_latency(q, t, parts);
}

static int
residuals(const gsl_vector *x, void *arg, gsl_vector *f)
{
	const struct fit_set *s = arg;
	struct lm_params p;
	size_t k = 0;

	params_of(s, x, &p);
	for (size_t i = 0; i < s->n; i++) {
		const struct lm_point *q = &s->q[s->idx[i]];
		double t, pw, e, parts[3];
		lm_eval(&p, q, &t, &pw, &e, parts);
		if (isfinite(q->itl))
			gsl_vector_set(f, k++, log(t / q->itl));
		if (isfinite(q->power))
			gsl_vector_set(f, k++, log(pw / q->power));
		if (isfinite(q->ept))
			gsl_vector_set(f, k++, log(e / q->ept));
		if (isfinite(q->latency))
			gsl_vector_set(f, k++, log(static_latency(q, t,
			    parts) / q->latency));
	}
	/* each prior weighs as one measured value off by its distance */
	for (int i = 0; i < s->nprior; i++)
		gsl_vector_set(f, k++, LM_PRIOR_WEIGHT * (gsl_vector_get(x,
		    (size_t)s->prior_j[i]) - s->prior_u[i]));
	return GSL_SUCCESS;
}

/* Starting points (unconstrained): two, so that a fit that settles in a
 * poor minimum from one is replaced by the other's. */
static const double start[2][LM_NPARAMS] = {
	{ 1.0, 0.5, -1.0, -3.0, -10.1, -7.0, -16.0, -1.0, -0.7, -1.2,
	  -1.0, -14, -12 },
	{ 0.0, -0.5, 0.0, -2.0, -9.1, -6.0, -13.0, -0.5, -1.5, -0.5,
	  0.0, -12, -11 },
};

/* Fits from x0 (unconstrained, every parameter); *cost the sum of
 * squared residuals, the priors' included. */
static int
solve(struct fit_set *s, const double *x0, struct lm_params *out,
    double *cost)
{
	gsl_multifit_nlinear_parameters par =
	    gsl_multifit_nlinear_default_parameters();
	gsl_multifit_nlinear_fdf fdf;
	gsl_multifit_nlinear_workspace *w;
	double xr[LM_NPARAMS];
	gsl_vector_view x = gsl_vector_view_array(xr, (size_t)s->nfree);
	int status, info;

	for (int j = 0; j < s->nfree; j++)
		xr[j] = x0[s->free[j]];
	memcpy(s->fixed, x0, sizeof(s->fixed));
	memset(&fdf, 0, sizeof(fdf));
	fdf.f = residuals;	/* Jacobian by finite differences */
	fdf.n = s->nres + (size_t)s->nprior;
	fdf.p = (size_t)s->nfree;
	fdf.params = s;
	w = gsl_multifit_nlinear_alloc(gsl_multifit_nlinear_trust, &par,
	    fdf.n, fdf.p);
	if (w == NULL)
		return -1;
	status = gsl_multifit_nlinear_init(&x.vector, &fdf, w);
	if (status == GSL_SUCCESS) {
		status = gsl_multifit_nlinear_driver(400, 1e-9, 1e-9, 1e-9,
		    NULL, NULL, &info, w);
		/* running out of iterations still leaves a usable point */
		if (status == GSL_EMAXITER)
			status = GSL_SUCCESS;
	}
	if (status == GSL_SUCCESS) {
		gsl_vector *r = gsl_multifit_nlinear_residual(w);
		double c = 0;
		for (size_t i = 0; i < r->size; i++)
			c += gsl_vector_get(r, i) * gsl_vector_get(r, i);
		params_of(s, gsl_multifit_nlinear_position(w), out);
		out->time_only = s->nfree < LM_NPARAMS;
		*cost = isfinite(c) ? c : INFINITY;
	}
	gsl_multifit_nlinear_free(w);
	return status == GSL_SUCCESS ? 0 : -1;
}

int
lm_fit(const struct lm_point *q, size_t n, const unsigned char *use,
    const double *prior, struct lm_params *out, double *cost,
    struct ipw_error *err)
{
	struct fit_set s;
	gsl_error_handler_t *old;
	double best = INFINITY;
	int rc = 0, with_power = 0;

	memset(&s, 0, sizeof(s));
	s.q = q;
	if ((s.idx = malloc((n ? n : 1) * sizeof(size_t))) == NULL)
		return ipw_error_oom(err);
	for (size_t i = 0; i < n; i++) {
		if (use != NULL && !use[i])
			continue;
		s.idx[s.n++] = i;
		s.nres += isfinite(q[i].itl) + isfinite(q[i].power) +
		    isfinite(q[i].ept) + isfinite(q[i].latency);
		with_power |= isfinite(q[i].power) || isfinite(q[i].ept);
	}
	for (int i = 0; i < LM_NPARAMS; i++)
		if (with_power || !power_param[i])
			s.free[s.nfree++] = i;
	if (s.nres < 2 * (size_t)s.nfree) {
		free(s.idx);
		return ipw_error_set(err, IPW_EX_DATAERR, "%zu measured values "
		    "(of %zu points): too few to fit %d parameters", s.nres,
		    s.n, s.nfree);
	}
	for (int j = 0; prior != NULL && j < s.nfree; j++) {
		double c = prior[s.free[j]];
		if (c > 0) {
			s.prior_j[s.nprior] = j;
			s.prior_u[s.nprior++] = is_share[s.free[j]] ?
			    log(c / (1 - c)) : log(c);
		}
	}
	old = gsl_set_error_handler_off();
	for (int k = 0; k < 2; k++) {
		struct lm_params p;
		double c;
		if (solve(&s, start[k], &p, &c) == 0 && c < best) {
			best = c;
			*out = p;
		}
	}
	gsl_set_error_handler(old);
	free(s.idx);
	if (!isfinite(best))
		rc = ipw_error_set(err, IPW_EX_SOFTWARE, "the batch model's fit "
		    "did not converge on %zu points", s.n);
	else if (cost)
		*cost = best;
	return rc;
}

/* Validation of the length-aware batch model on measurements it was not
 * fitted to, and the error distributions its intervals come from.
 *
 * Groups are accelerator x class (dense / MoE). Folds:
 *   fitted      fit on every point of the accelerator, tested on them
 *   cross-task  fit on one task's points, tested on another's
 *   model-out   fit without one model family (same active and total
 *               parameters), tested on it
 *   accel-out   the other accelerators' fit with this one's bandwidth,
 *               FLOPS and TDP, tested on its points (the stand-in case)
 *   curve-batch the measured curve of the same configuration without the
 *               point, interpolated in ln(batch) (the curve path's move)
 *   curve-task  the same configuration's curve measured on another task,
 *               at the point's batch, times the model's ratio between
 *               the point's lengths and the curve's (the model fitted on
 *               the curve's task only)
 *   ratio-task  what simulate's batch what-if does: the ratio e(B1) /
 *               e(B0) along the same setup's curve on another task,
 *               against the ratio measured, for every pair of measured
 *               batches B0 < B1 of the tested curve inside the other's
 *               range (energy only)
 *   ratio-accel the same with the curve of the same model, precision and
 *               task on another accelerator (what a stand-in curve, the
 *               H100's for an H200, does)
 *   ratio-precision the same from the same family (active and total
 *               parameters), accelerator and task at another precision
 *               (a BF16 curve standing in for FP8)
 *   ratio-devices the same from the same model on the same accelerator
 *               and task on another number of devices
 *   ratio-model the model's ratio e(B1) / e(B0) (fitted without the
 *               family) against the measured one, every pair of batches
 *               of a curve: what simulate's parametric batch move does
 *   ratio-model-accel  the same with the other accelerators' fit (a
 *               stand-in accelerator)
 * The 90% interval of a prediction is [pred e^-hi, pred e^-lo], lo and hi
 * quantiles of ln(predicted / measured) energy per token in the fold that
 * matches its path, over the scope its fold takes (enum lmv_scope), at a
 * level calibrated so that leaving one family out
 * at a time, the others' quantiles cover 90% of its points; its coverage
 * is checked by leaving each family out of both the calibration and the
 * quantiles used for it (nested). */
#ifndef IPW_LMVALID_H
#define IPW_LMVALID_H

#include <stddef.h>

#include "lenmodel.h"

enum lmv_fold {
	LMV_FITTED, LMV_CROSS_TASK, LMV_MODEL_OUT, LMV_ACCEL_OUT,
	LMV_CURVE_BATCH, LMV_CURVE_TASK, LMV_RATIO_TASK, LMV_RATIO_ACCEL,
	LMV_RATIO_PRECISION, LMV_RATIO_DEVICES, LMV_RATIO_MODEL,
	LMV_RATIO_MODEL_ACCEL, LMV_NFOLDS
};

extern const char *const lmv_fold_name[LMV_NFOLDS];

/* ln(predicted / measured) of every tested point of one fold and group. */
struct lmv_cell {
	double *le, *lt;	/* energy per token, ITL (NaN: not measured) */
	int *family;		/* the tested point's family */
	size_t n, cap;
};

struct lmv_summary {
	size_t points;
	double med_e, max_e, med_t, max_t;	/* relative errors */
	double coverage;	/* share inside the 90% interval (the interval
				 * folds only); NaN if none */
	int scope;		/* the widest scope its intervals took
				 * (enum lmv_scope), -1: none */
};

struct lmv {
	int naccel;
	struct lmv_cell *cell;	/* [fold][accel][moe] */
	struct lm_params *fit;	/* per accelerator, on all its points */
	unsigned char *fitted;	/* fit[a] exists */
	const double *prior;	/* the fits' priors (lm_fit), or NULL */
	int *power_from;	/* a fit without power measured: the
				 * accelerator whose power shares it takes
				 * (nearest in bandwidth and FLOPS); -1 its
				 * own */
};

/* Runs every fold on q[0..n) (points with accel in 0..naccel), each fit
 * with the priors given (lm_prior, or NULL: none). */
int lmv_run(struct lmv *v, const struct lm_point *q, size_t n, int naccel,
    const double *prior, struct ipw_error *err);
/* Only the fit of each accelerator on all its points (no fold). */
int lmv_fit_only(struct lmv *v, const struct lm_point *q, size_t n,
    int naccel, const double *prior, struct ipw_error *err);
/* Only the two curve-ratio folds, which fit nothing (fast). */
int lmv_run_ratios(struct lmv *v, const struct lm_point *q, size_t n,
    int naccel, struct ipw_error *err);
void lmv_release(struct lmv *v);
struct lmv_cell *lmv_at(const struct lmv *v, int fold, int accel, int moe);
void lmv_summarise(const struct lmv *v, int fold, int accel, int moe,
    struct lmv_summary *s);
/* Predictions scored against measurements: le[i] and lt[i] the logs of
 * predicted / measured energy per token and ITL (NaN: not measured),
 * inside[i] whether the measured energy lies in the 90% interval, n
 * predictions: points (finite le), the median and largest relative
 * errors, and coverage (NaN when no energy was measured); no scope. */
void lmv_score(const double *le, const double *lt,
    const unsigned char *inside, size_t n, struct lmv_summary *s);
/* Whether a prediction's interval can come from fold f: model-out,
 * accel-out, curve-batch, curve-task. Only these report a coverage. */
int lmv_interval_fold(int f);

/* One family's points in a fold and group. */
struct lmv_family_summary {
	size_t points;
	double med, lo, hi;	/* median, lowest and highest predicted /
				 * measured energy per token (NaN: none) */
	double coverage;	/* its points inside the 90% interval
				 * calibrated without it; NaN if none */
	int scope;		/* that interval's scope, -1: none */
};

/* The families of a fold and group's points, in order of their first
 * point, into fam (at most max); their number. */
int lmv_cell_families(const struct lmv *v, int fold, int accel, int moe,
    int *fam, int max);
void lmv_family_summarise(const struct lmv *v, int fold, int accel, int moe,
    int family, struct lmv_family_summary *s);

/* Where an interval's residuals come from, narrowest first: the group
 * (accelerator and class), the class (dense or MoE) on every accelerator,
 * the accelerator's two classes, every group of the fold. An interval
 * takes the narrowest scope, from its fold's first (lmv_first_scope), that
 * holds at least 10 residuals of at least LMV_MIN_FAMILIES families
 * besides the one it is for. The folds that predict a new model or a new
 * accelerator (model-out, accel-out) start at the class on every
 * accelerator: their error is the spread between families, which one
 * accelerator's 5-11 families show too little of. The curve folds start
 * at the group: their error is how densely and smoothly that
 * accelerator's curves were measured (docs/models.md gives the coverage
 * both ways). */
enum lmv_scope {
	LMV_SCOPE_GROUP, LMV_SCOPE_CLASS, LMV_SCOPE_ACCEL, LMV_SCOPE_ALL
};
int lmv_first_scope(int fold);
#define LMV_MIN_FAMILIES 3

extern const char *const lmv_scope_name[LMV_SCOPE_ALL + 1];

/* The quantiles at (1 - level) / 2 and (1 + level) / 2 of ln(predicted /
 * measured) energy per token of a fold over a scope of group (accel,
 * moe), leaving out families skip1 and skip2 (negative: none). 0, or -1
 * when fewer than 10 remain. */
int lmv_quantiles_at(const struct lmv *v, int fold, int accel, int moe,
    int scope, int skip1, int skip2, double level, double *lo, double *hi);
/* The calibrated level of the 90% interval over a scope, without family
 * skip: the narrowest of 0.90, 0.91, ..., 0.99, 0.995, 1 at which leaving
 * each other family out in turn, the quantiles of the rest cover at least
 * 90% of its points (the between-family spread widens it). */
double lmv_level(const struct lmv *v, int fold, int accel, int moe,
    int scope, int skip);
/* The 90% interval's bounds on ln(predicted / measured) for a family
 * other than skip (-1: a new one): the quantiles at lmv_level over the
 * narrowest scope that has enough families, which goes to *scope (may be
 * NULL; -1 when none has). 0, or -1 when no scope has enough. */
int lmv_quantiles(const struct lmv *v, int fold, int accel, int moe,
    int skip, double *lo, double *hi, int *scope);

/* The measured curve of configuration cfg through q[0..n) except point
 * skip (n: none): its energy per token, output length and ITL at batch
 * b, interpolated in ln(batch) between the nearest measured batches on
 * either side (energy and ITL geometrically). 0, or -1 when b is outside
 * the curve. */
int lmv_curve_at(const struct lm_point *q, size_t n, int cfg, size_t skip,
    double b, double *ept, double *out_len, double *itl);

/* A prediction for point x. accel: x's accelerator among the fitted
 * ones, or -1 (the fitted accelerator nearest in bandwidth and FLOPS
 * stands in, with x's own figures); cfg: a measured configuration of the
 * same setup, or -1; same_task: cfg is on x's task. With a curve at x's
 * batch the energy is the curve's, moved by the model's ratio between
 * x's lengths and the curve's, and so is the ITL; else both are the
 * model's. The power is always the model's. */
struct lm_prediction {
	double ept, lo, hi;	/* J per output token; 90% interval */
	double itl, power;	/* s, W: the model's */
	int path;		/* 0 parametric, 1 curve */
	int stand_in;		/* accelerator whose fit was used, or -1 */
	int power_from;		/* accelerator whose power shares the fit
				 * took (none measured on its own), or -1 */
	double qlo, qhi;	/* the bounds on ln(pred / measured) used */
	int fold;		/* the fold they come from */
	int scope;		/* over which groups (enum lmv_scope) */
};

int lmv_predict(const struct lmv *v, const struct lm_point *q, size_t n,
    const struct lm_point *x, int accel, int cfg, int same_task,
    struct lm_prediction *out);

#endif

/* The model interval of a simulation's savings: the 95% range of each
 * policy's energy saving when every energy a model moved (a batch move
 * along a measured curve, a stand-in accelerator's curve) is drawn from
 * that move's validated error, one draw per configuration and replicate
 * (correlated within a configuration), the routing kept as decided.
 *
 * The errors are the ratio folds of ipwsim fit --validate on the shipped
 * ML.ENERGY measurements (src/lmvalid.h): ratio-task for a curve move,
 * plus ratio-accel, ratio-precision and ratio-devices for a curve of
 * another accelerator, precision or replica size standing in (each draw
 * the sum of one residual of each); ratio-model for a move by the
 * length-aware model, ratio-model-accel when a stand-in accelerator's
 * fit is used; by model class (dense / MoE), pooled over accelerators.
 * A move by the roofline model has no interval (not validated as a
 * ratio). A draw multiplies the configuration's energy by exp(-r), r one
 * residual picked at random (seeded). */
#ifndef IPW_MODELINT_H
#define IPW_MODELINT_H

#include <stdint.h>

#include "catalog.h"
#include "error.h"
#include "report.h"
#include "route.h"

/* The draws for one pool: each draw's energy factor per member, drawn
 * once so that every evaluation (every point of a sweep) uses the same
 * ones (common random numbers). */
struct modelint {
	struct model_interval mi;	/* state and note; lo/hi unset */
	int nmembers;
	double *factor;			/* [draw][member] */
	double *work;			/* [draw] */
};

/* What moved each member of p (0: nothing; else 8 x the mover, 1 a
 * measured curve, 2 the length-aware model, 3 the roofline model, plus
 * the STAND_IN_* bits of whatif.h) into key[0..nlocal]: two pools with
 * the same key draw the same way. */
void modelint_key(const struct pool *p, int *key);
/* Decides what is modelled in p and, when something is and draws > 0,
 * draws the factors. 0, or -1 with err (the measurements unreadable). */
int modelint_prepare(struct modelint *m, const struct pool *p,
    const struct table *t, const struct catalog *cat, int draws,
    uint64_t seed, struct ipw_error *err);
/* The 2.5% and 97.5% quantiles of 1 - E_i / E_0 over the draws, E_i =
 * sum over members k of factor[d][k] x energy[i][k] (energy row-major,
 * npol x nmembers; policy 0 the baseline, whose lo and hi are NaN). Only
 * when m->mi.state is MODEL_DONE. */
void modelint_eval(struct modelint *m, const double *energy, int npol,
    double *lo, double *hi);
void modelint_release(struct modelint *m);
/* prepare and eval on a report's policies: fills r->model. */
int modelint_run(struct report *r, const struct pool *p,
    const struct table *t, const struct catalog *cat, int draws,
    uint64_t seed, struct ipw_error *err);

#endif

#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lmship.h"
#include "mledata.h"
#include "precision.h"

/* The process's copy, each stage made when first needed and kept until
 * the process ends: the rows read, the fits, the curve-ratio folds (no
 * fit), every fold. */
enum stage { READ, FITS, RATIOS, FOLDS, NSTAGES };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct mle_set set;
static struct lm_point *pts;
static struct lmv fits, ratios, folds;
static int state[NSTAGES];	/* 0 not made; 1 made; -1 failed */
static struct ipw_error fail[NSTAGES];

static int need_locked(enum stage st, const struct catalog *cat);

static int
make(enum stage st, const struct catalog *cat)
{
	struct ipw_error *e = &fail[st];

	switch (st) {
	case READ:
		mle_init(&set, LMSHIP_PROMPT_LEN);
		if (mle_read_shipped(&set, cat, e) < 0)
			return -1;
		if ((pts = mle_points(&set)) == NULL)
			return ipw_error_oom(e);
		return 0;
	case FITS:
		return lmv_fit_only(&fits, pts, set.n, set.naccel, lm_prior, e);
	case RATIOS:
		return lmv_run_ratios(&ratios, pts, set.n, set.naccel, e);
	default:
		return lmv_run(&folds, pts, set.n, set.naccel, lm_prior, e);
	}
}

/* Under the lock: stage st (after reading), made once. */
static int
need_locked(enum stage st, const struct catalog *cat)
{
	if (state[st] == 0) {
		if (st != READ && need_locked(READ, cat) < 0) {
			fail[st] = fail[READ];
			state[st] = -1;
		} else
			state[st] = make(st, cat) < 0 ? -1 : 1;
	}
	return state[st] < 0 ? -1 : 0;
}

static int
need(enum stage st, const struct catalog *cat, struct ipw_error *err)
{
	int rc;

	pthread_mutex_lock(&lock);
	rc = need_locked(st, cat);
	pthread_mutex_unlock(&lock);
	if (rc < 0)
		*err = fail[st];
	return rc;
}

const struct lmv *
lmship_folds(const struct catalog *cat, struct ipw_error *err)
{
	return need(FOLDS, cat, err) < 0 ? NULL : &folds;
}

const struct lmv *
lmship_ratios(const struct catalog *cat, struct ipw_error *err)
{
	return need(RATIOS, cat, err) < 0 ? NULL : &ratios;
}

/* The fitted accelerator named like a, or -1. */
static int
fitted(const struct catalog_accel *a)
{
	for (int i = 0; i < set.naccel; i++)
		if (fits.fitted[i] && strcasecmp(set.accel[i], a->name) == 0)
			return i;
	return -1;
}

/* The fitted accelerator nearest to a in ln(bandwidth) and ln(FLOPS). */
static int
nearest(const struct catalog *cat, const struct catalog_accel *a)
{
	double best = INFINITY;
	int k = -1;

	for (int i = 0; i < set.naccel; i++) {
		const struct catalog_accel *b = catalog_accel(cat, set.accel[i]);
		double d;
		if (!fits.fitted[i] || fits.fit[i].time_only || b == NULL)
			continue;
		d = hypot(log(b->bandwidth_gbs / a->bandwidth_gbs),
		    log(b->peak_tflops / a->peak_tflops));
		if (d < best) {
			best = d;
			k = i;
		}
	}
	return k;
}

int
lmship_scale(const struct catalog *cat, const char *model, const char *accel,
    const char *precision, int devices, double b0, double b1, double in_len,
    double out_len, double *e_scale,
    double *l_scale, int *stand_in, char *how, size_t howlen,
    struct ipw_error *err)
{
	const struct catalog_model *cm = catalog_model(cat, model);
	const struct catalog_accel *ca = catalog_accel(cat, accel);
	struct lm_point x;
	struct catalog_arch arch;
	double e0, e1, t0, t1;
	char what[200], pw[128] = "", ptext[64], mem[200];
	enum catalog_prec_from from;
	const char *est;
	int k;

	if (cm == NULL || ca == NULL || isnan(cm->params_total_b) ||
	    isnan(cm->params_active_b) || isnan(ca->bandwidth_gbs) ||
	    isnan(ca->peak_tflops) || isnan(ca->tdp_w) || isnan(ca->memory_gb))
		return ipw_error_set(err, IPW_EX_DATAERR, "the length-aware "
		    "batch model needs %s's parameters and %s's bandwidth, "
		    "peak, TDP and memory from the catalog", model, accel);
	if (need(FITS, cat, err) < 0)
		return -1;
	*stand_in = 0;
	if ((k = fitted(ca)) < 0) {
		if ((k = nearest(cat, ca)) < 0)
			return ipw_error_set(err, IPW_EX_SOFTWARE, "the "
			    "length-aware batch model has no fit");
		*stand_in = 1;
	}
	memset(&x, 0, sizeof(x));
	x.active_b = cm->params_active_b;
	x.total_b = cm->params_total_b;
	x.moe = x.total_b > x.active_b;
	if (cm->experts > 0 && cm->experts_active > 0 && cm->experts_active <
	    cm->experts) {
		x.expert_share = cm->experts_active / cm->experts;
		x.experts = cm->experts;
	}
	catalog_architecture(cat, cm, x.active_b, x.total_b, &arch);
	mle_set_architecture(&x, &arch);
	if (precision != NULL)
		from = PREC_NONE;	/* the records' own */
	else
		precision = catalog_default_precision(cat, model, &from);
	catalog_precision_text(precision, from, ptext, sizeof(ptext));
	x.bits = precision != NULL ? precision_find(precision)->bits : 16;
	x.bw_gbs = ca->bandwidth_gbs;
	x.tflops = ca->peak_tflops;
	x.tdp_w = ca->tdp_w;
	x.memory_gb = ca->memory_gb;
	x.devices = devices > 0 ? devices : (int)ceil(lm_weight_bytes(&x) /
	    (0.9 * ca->memory_gb * 1e9));
	x.devices = x.devices < 1 ? 1 : x.devices;
	est = catalog_arch_estimated(&arch);
	snprintf(what, sizeof(what), "%d devices%s, %s%s%s%s", x.devices,
	    devices > 0 ? "" : " assumed (the fewest that hold it)", ptext,
	    est ? ", " : "", est ? est : "", est ? " estimated from its "
	    "parameters" : "");
	x.in_len = in_len;
	x.out_len = out_len;
	x.batch = b0;
	lm_eval(&fits.fit[k], &x, &t0, NULL, &e0, NULL);
	x.batch = b1;
	lm_eval(&fits.fit[k], &x, &t1, NULL, &e1, NULL);
	lm_memory_note(&x, mem, sizeof(mem));
	*e_scale = e1 / e0;
	*l_scale = t1 / t0;
	if (fits.power_from[k] >= 0)
		snprintf(pw, sizeof(pw), ", power shares from %s's (none "
		    "measured on it)", set.accel[fits.power_from[k]]);
	if (*stand_in)
		snprintf(how, howlen, "the length-aware model (%s fit%s standing "
		    "in, with %s's own figures; %s; prompt %.0f, output %.0f "
		    "tokens%s%s)", set.accel[k], pw, ca->name, what, in_len,
		    out_len, mem[0] ? "; " : "", mem);
	else
		snprintf(how, howlen, "the length-aware model (%s fit%s; %s; "
		    "prompt %.0f, output %.0f tokens%s%s)", set.accel[k], pw,
		    what, in_len, out_len, mem[0] ? "; " : "", mem);
	/* borrowed power shares: the model interval draws a stand-in's
	 * error (ratio-model-accel), as fit --predict's interval does */
	if (fits.power_from[k] >= 0)
		*stand_in = 1;
	return 0;
}

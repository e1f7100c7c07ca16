#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "lmvalid.h"

const char *const lmv_fold_name[LMV_NFOLDS] = {
	"fitted", "cross-task", "model-out", "accel-out", "curve-batch",
	"curve-task", "ratio-task", "ratio-accel", "ratio-precision",
	"ratio-devices", "ratio-model", "ratio-model-accel",
};

struct lmv_cell *
lmv_at(const struct lmv *v, int fold, int accel, int moe)
{
	return &v->cell[(fold * v->naccel + accel) * 2 + (moe != 0)];
}

static int
cell_add(struct lmv_cell *c, double le, double lt, int family)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 64;
		double *a = realloc(c->le, cap * sizeof(*a));
		double *b = a ? realloc(c->lt, cap * sizeof(*b)) : NULL;
		int *f;
		if (a)
			c->le = a;
		if (b)
			c->lt = b;
		f = b ? realloc(c->family, cap * sizeof(*f)) : NULL;
		if (f == NULL)
			return -1;
		c->family = f;
		c->cap = cap;
	}
	c->le[c->n] = le;
	c->lt[c->n] = lt;
	c->family[c->n++] = family;
	return 0;
}

/* Tests params p on the points of accel a with test(q) true. */
static int
test_points(struct lmv *v, int fold, const struct lm_params *p,
    const struct lm_point *q, size_t n, int a, int task, int family)
{
	for (size_t i = 0; i < n; i++) {
		double t, e;
		if (q[i].accel != a || (task >= 0 && q[i].task != task) ||
		    (family >= 0 && q[i].family != family))
			continue;
		lm_eval(p, &q[i], &t, NULL, &e, NULL);
		if (cell_add(lmv_at(v, fold, a, q[i].moe), log(e / q[i].ept),
		    isfinite(q[i].itl) || !isfinite(q[i].latency) ?
		    log(t / q[i].itl) : log(lm_static_latency(p, &q[i]) /
		    q[i].latency), q[i].family) < 0)
			return -1;
	}
	return 0;
}

/* The model's ratios between every pair of measured batches of each
 * curve of accelerator a (and family f, or any with -1), against the
 * measured ones. */
static int
model_ratios(struct lmv *v, int fold, const struct lm_params *p,
    const struct lm_point *q, size_t n, int a, int family)
{
	for (size_t i = 0; i < n; i++) {
		double e0;
		if (q[i].accel != a || (family >= 0 && q[i].family != family))
			continue;
		lm_eval(p, &q[i], NULL, NULL, &e0, NULL);
		for (size_t j = 0; j < n; j++) {
			double e1;
			if (q[j].config != q[i].config ||
			    !(q[j].batch > q[i].batch))
				continue;
			lm_eval(p, &q[j], NULL, NULL, &e1, NULL);
			if (cell_add(lmv_at(v, fold, a, q[i].moe), log(e1 / e0 /
			    (q[j].ept / q[i].ept)), NAN, q[i].family) < 0)
				return -1;
		}
	}
	return 0;
}

/* Fits the points with keep(i); 1 when fitted, 0 when there were too few
 * or it did not converge (the fold then has no entry), -1 out of
 * memory. */
static int
fit_subset(const struct lmv *v, const struct lm_point *q, size_t n,
    unsigned char *use, struct lm_params *p)
{
	struct ipw_error e;
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += use[i];
	if (k == 0)
		return 0;
	if (lm_fit(q, n, use, v->prior, p, NULL, &e) == 0)
		return 1;
	return e.code == IPW_EX_DATAERR || e.code == IPW_EX_SOFTWARE ? 0 : -1;
}

int
lmv_curve_at(const struct lm_point *q, size_t n, int cfg, size_t skip,
    double b, double *ept, double *out_len, double *itl)
{
	size_t lo = n, hi = n;
	double lb = log(b);

	for (size_t i = 0; i < n; i++) {
		double x = log(q[i].batch);
		if (q[i].config != cfg || i == skip || !isfinite(q[i].ept))
			continue;
		if (x <= lb && (lo == n || x > log(q[lo].batch)))
			lo = i;
		if (x >= lb && (hi == n || x < log(q[hi].batch)))
			hi = i;
	}
	if (lo == n || hi == n)
		return -1;
	if (lo == hi || q[hi].batch == q[lo].batch) {
		*ept = q[lo].ept;
		*out_len = q[lo].out_len;
		*itl = q[lo].itl;
	} else {
		double w = (lb - log(q[lo].batch)) /
		    (log(q[hi].batch) - log(q[lo].batch));
		*ept = exp((1 - w) * log(q[lo].ept) + w * log(q[hi].ept));
		*out_len = (1 - w) * q[lo].out_len + w * q[hi].out_len;
		*itl = exp((1 - w) * log(q[lo].itl) + w * log(q[hi].itl));
	}
	return 0;
}

/* Same model id, accelerator, devices and precision as point i, on
 * another task: the first such point's configuration, or -1. The mledata
 * reader numbers configurations; two configurations are one setup on two
 * tasks when their points share everything the model reads but the
 * lengths. */
static int
other_task_config(const struct lm_point *q, size_t n, size_t i)
{
	for (size_t j = 0; j < n; j++)
		if (q[j].setup == q[i].setup && q[j].task != q[i].task)
			return q[j].config;
	return -1;
}

static int
curve_folds(struct lmv *v, const struct lm_point *q, size_t n, int a,
    const struct lm_params *taskfit, const unsigned char *has_taskfit,
    int ntask)
{
	for (size_t i = 0; i < n; i++) {
		double e, len, m1, m0, t, t0, t1;
		struct lm_point c;
		int cfg;
		if (q[i].accel != a)
			continue;
		if (lmv_curve_at(q, n, q[i].config, i, q[i].batch, &e, &len,
		    &t) == 0 && cell_add(lmv_at(v, LMV_CURVE_BATCH, a,
		    q[i].moe), log(e / q[i].ept), log(t / q[i].itl),
		    q[i].family) < 0)
			return -1;
		if ((cfg = other_task_config(q, n, i)) < 0 ||
		    lmv_curve_at(q, n, cfg, n, q[i].batch, &e, &len, &t) < 0)
			continue;
		/* the curve's task is the one its points carry */
		c = q[i];
		for (size_t j = 0; j < n; j++)
			if (q[j].config == cfg) {
				c = q[j];
				break;
			}
		if (c.task >= ntask || !has_taskfit[c.task])
			continue;
		c.batch = q[i].batch;
		c.out_len = len;
		lm_eval(&taskfit[c.task], &q[i], &t1, NULL, &m1, NULL);
		lm_eval(&taskfit[c.task], &c, &t0, NULL, &m0, NULL);
		if (cell_add(lmv_at(v, LMV_CURVE_TASK, a, q[i].moe),
		    log(e * m1 / m0 / q[i].ept), log(t * t1 / t0 / q[i].itl),
		    q[i].family) < 0)
			return -1;
	}
	return 0;
}

static int
max_index(const struct lm_point *q, size_t n, int which)
{
	int m = -1;

	for (size_t i = 0; i < n; i++) {
		int x = which == 0 ? q[i].task : q[i].family;
		m = x > m ? x : m;
	}
	return m + 1;
}

/* Every fold on accelerator a. */
static int
folds(struct lmv *v, const struct lm_point *q, size_t n, int a,
    unsigned char *use)
{
	int ntask = max_index(q, n, 0), nfam = max_index(q, n, 1), rc = 0;
	struct lm_params *tf = calloc((size_t)ntask + 1, sizeof(*tf));
	unsigned char *has = calloc((size_t)ntask + 1, 1);
	struct lm_params p;

	if (tf == NULL || has == NULL)
		rc = -1;
	for (int t = 0; rc == 0 && t < ntask; t++) {
		for (size_t i = 0; i < n; i++)
			use[i] = q[i].accel == a && q[i].task == t;
		if ((rc = fit_subset(v, q, n, use, &tf[t])) < 0)
			break;
		has[t] = (unsigned char)rc;
		rc = 0;
		for (int u = 0; has[t] && u < ntask && rc == 0; u++)
			if (u != t)
				rc = test_points(v, LMV_CROSS_TASK, &tf[t], q,
				    n, a, u, -1);
	}
	for (int f = 0; rc == 0 && f < nfam; f++) {
		int any = 0, k;
		for (size_t i = 0; i < n; i++) {
			use[i] = q[i].accel == a && q[i].family != f;
			any |= q[i].accel == a && q[i].family == f;
		}
		if (!any)
			continue;
		if ((k = fit_subset(v, q, n, use, &p)) < 0)
			rc = -1;
		else if (k && (rc = test_points(v, LMV_MODEL_OUT, &p, q, n, a,
		    -1, f)) == 0)
			rc = model_ratios(v, LMV_RATIO_MODEL, &p, q, n, a, f);
	}
	if (rc == 0 && v->naccel > 1) {
		int k;
		/* the other accelerators' points with energy or power
		 * measured: this fold predicts energy, and time-only points
		 * (static batches) would pull the time terms their way */
		for (size_t i = 0; i < n; i++)
			use[i] = q[i].accel != a && (isfinite(q[i].ept) ||
			    isfinite(q[i].power));
		if ((k = fit_subset(v, q, n, use, &p)) < 0)
			rc = -1;
		else if (k && (rc = test_points(v, LMV_ACCEL_OUT, &p, q, n, a,
		    -1, -1)) == 0)
			rc = model_ratios(v, LMV_RATIO_MODEL_ACCEL, &p, q, n, a,
			    -1);
	}
	if (rc == 0)
		rc = curve_folds(v, q, n, a, tf, has, ntask);
	free(tf);
	free(has);
	return rc;
}

/* The ratio of curve cfg between batches b0 and b1 (its points but
 * skip), or NaN outside it. */
static double
curve_ratio(const struct lm_point *q, size_t n, int cfg, double b0,
    double b1)
{
	double e0, e1, len, t;

	if (lmv_curve_at(q, n, cfg, n, b0, &e0, &len, &t) < 0 ||
	    lmv_curve_at(q, n, cfg, n, b1, &e1, &len, &t) < 0)
		return NAN;
	return e1 / e0;
}

/* Tests curve cfg's measured ratios against those of curve src. */
static int
ratio_pairs(struct lmv *v, int fold, const struct lm_point *q, size_t n,
    int cfg, int src)
{
	for (size_t i = 0; i < n; i++) {
		if (q[i].config != cfg)
			continue;
		for (size_t j = 0; j < n; j++) {
			double r;
			if (q[j].config != cfg || !(q[j].batch > q[i].batch))
				continue;
			r = curve_ratio(q, n, src, q[i].batch, q[j].batch);
			if (isfinite(r) && cell_add(lmv_at(v, fold,
			    q[i].accel, q[i].moe), log(r / (q[j].ept /
			    q[i].ept)), NAN, q[i].family) < 0)
				return -1;
		}
	}
	return 0;
}

/* Each pair of configurations (curves) one of the ratio folds compares:
 * curve i tested against curve j's ratios. One point stands for each
 * configuration: its first. */
static int
ratio_folds(struct lmv *v, const struct lm_point *q, size_t n)
{
	size_t *first = malloc((n ? n : 1) * sizeof(*first)), nf = 0;
	int rc = 0;

	if (first == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		int seen = 0;
		for (size_t k = 0; k < nf && !seen; k++)
			seen = q[first[k]].config == q[i].config;
		if (!seen)
			first[nf++] = i;
	}
	for (size_t fi = 0; fi < nf && rc == 0; fi++)
		for (size_t fj = 0; fj < nf && rc == 0; fj++) {
			const struct lm_point *a = &q[first[fi]];
			const struct lm_point *b = &q[first[fj]];
			int same_task = b->task == a->task, fold;
			if (fj == fi)
				continue;
			if (b->setup == a->setup && !same_task)
				fold = LMV_RATIO_TASK;
			else if (b->model == a->model && same_task &&
			    b->accel != a->accel)
				fold = LMV_RATIO_ACCEL;
			else if (b->family == a->family && same_task &&
			    b->accel == a->accel && b->bits != a->bits)
				fold = LMV_RATIO_PRECISION;
			else if (b->model == a->model && same_task &&
			    b->accel == a->accel && b->devices != a->devices)
				fold = LMV_RATIO_DEVICES;
			else
				continue;
			rc = ratio_pairs(v, fold, q, n, a->config, b->config);
		}
	free(first);
	return rc;
}

static int
lmv_alloc(struct lmv *v, int naccel, const double *prior)
{
	memset(v, 0, sizeof(*v));
	v->naccel = naccel;
	v->prior = prior;
	v->cell = calloc((size_t)(LMV_NFOLDS * naccel * 2) + 1,
	    sizeof(*v->cell));
	v->fit = calloc((size_t)naccel + 1, sizeof(*v->fit));
	v->fitted = calloc((size_t)naccel + 1, 1);
	v->power_from = malloc(((size_t)naccel + 1) * sizeof(int));
	for (int a = 0; v->power_from != NULL && a < naccel; a++)
		v->power_from[a] = -1;
	return v->cell && v->fit && v->fitted && v->power_from ? 0 : -1;
}

static int nearest_fit(const struct lmv *v, const struct lm_point *q,
    size_t n, const struct lm_point *x);

/* A fit without power measured takes phi, a_m and a_c from the fitted
 * accelerator with power nearest it in ln(bandwidth) and ln(FLOPS). */
static void
borrow_power(struct lmv *v, const struct lm_point *q, size_t n)
{
	for (int a = 0; a < v->naccel; a++) {
		const struct lm_point *x = NULL;
		int from;
		if (!v->fitted[a] || !v->fit[a].time_only)
			continue;
		for (size_t i = 0; i < n && x == NULL; i++)
			if (q[i].accel == a)
				x = &q[i];
		if (x == NULL || (from = nearest_fit(v, q, n, x)) < 0) {
			v->fitted[a] = 0;	/* no power anywhere */
			continue;
		}
		v->power_from[a] = from;
		v->fit[a].v[LM_PHI] = v->fit[from].v[LM_PHI];
		v->fit[a].v[LM_A_M] = v->fit[from].v[LM_A_M];
		v->fit[a].v[LM_A_C] = v->fit[from].v[LM_A_C];
	}
}

/* Fits accelerator a on all its points into v->fit[a]; with folds, runs
 * its folds too. -1 out of memory. */
static int
fit_accel(struct lmv *v, const struct lm_point *q, size_t n, int a,
    unsigned char *use, int with_folds)
{
	int k;

	for (size_t i = 0; i < n; i++)
		use[i] = q[i].accel == a;
	if ((k = fit_subset(v, q, n, use, &v->fit[a])) < 0)
		return -1;
	v->fitted[a] = (unsigned char)k;
	if (!with_folds)
		return 0;
	if (k && test_points(v, LMV_FITTED, &v->fit[a], q, n, a, -1, -1) < 0)
		return -1;
	return folds(v, q, n, a, use);
}

int
lmv_fit_only(struct lmv *v, const struct lm_point *q, size_t n, int naccel,
    const double *prior, struct ipw_error *err)
{
	unsigned char *use = malloc(n ? n : 1);
	int rc = use != NULL && lmv_alloc(v, naccel, prior) == 0 ? 0 : -1;

	for (int a = 0; rc == 0 && a < naccel; a++)
		rc = fit_accel(v, q, n, a, use, 0);
	if (rc == 0)
		borrow_power(v, q, n);
	free(use);
	if (rc < 0) {
		lmv_release(v);
		return ipw_error_oom(err);
	}
	return 0;
}

int
lmv_run_ratios(struct lmv *v, const struct lm_point *q, size_t n,
    int naccel, struct ipw_error *err)
{
	if (lmv_alloc(v, naccel, NULL) < 0 || ratio_folds(v, q, n) < 0) {
		lmv_release(v);
		return ipw_error_oom(err);
	}
	return 0;
}

int
lmv_run(struct lmv *v, const struct lm_point *q, size_t n, int naccel,
    const double *prior, struct ipw_error *err)
{
	unsigned char *use = malloc(n ? n : 1);

	if (use == NULL || lmv_alloc(v, naccel, prior) < 0 ||
	    ratio_folds(v, q, n) < 0)
		goto oom;
	for (int a = 0; a < naccel; a++)
		if (fit_accel(v, q, n, a, use, 1) < 0)
			goto oom;
	borrow_power(v, q, n);
	free(use);
	return 0;
oom:
	free(use);
	lmv_release(v);
	return ipw_error_oom(err);
}

void
lmv_release(struct lmv *v)
{
	for (int i = 0; v->cell != NULL && i < LMV_NFOLDS * v->naccel * 2;
	    i++) {
		free(v->cell[i].le);
		free(v->cell[i].lt);
		free(v->cell[i].family);
	}
	free(v->cell);
	free(v->fit);
	free(v->fitted);
	free(v->power_from);
	memset(v, 0, sizeof(*v));
}

/* Median and largest |e^x - 1| over the finite x[0..n). */
static void
rel_summary(const double *x, size_t n, double *med, double *max)
{
	double *r = malloc((n ? n : 1) * sizeof(*r));
	size_t k = 0;

	*med = *max = NAN;
	if (r == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		if (isfinite(x[i]))
			r[k++] = fabs(exp(x[i]) - 1);
	if (k > 0) {
		gsl_sort(r, 1, k);
		*med = gsl_stats_median_from_sorted_data(r, 1, k);
		*max = r[k - 1];
	}
	free(r);
}

const char *const lmv_scope_name[LMV_SCOPE_ALL + 1] = {
	"group", "class", "accelerator", "all",
};

/* Whether cell (b, m) is in the scope of group (a, moe). */
static int
in_scope(int scope, int a, int moe, int b, int m)
{
	switch (scope) {
	case LMV_SCOPE_GROUP:
		return b == a && m == moe;
	case LMV_SCOPE_CLASS:
		return m == moe;
	case LMV_SCOPE_ACCEL:
		return b == a;
	default:
		return 1;
	}
}

/* The finite energy residuals of a fold in a scope, with their families. */
struct pool {
	double *le;
	int *family;
	size_t n;
};

static void
pool_release(struct pool *p)
{
	free(p->le);
	free(p->family);
}

/* Gathers the residuals of fold in the scope of group (a, moe) whose
 * family is not skip. */
static int
pool_gather(const struct lmv *v, int fold, int a, int moe, int scope,
    int skip, struct pool *p)
{
	size_t n = 0;

	for (int k = 0; k < 2 * v->naccel; k++)
		if (in_scope(scope, a, moe, k / 2, k % 2))
			n += lmv_at(v, fold, k / 2, k % 2)->n;
	p->n = 0;
	p->le = malloc((n ? n : 1) * sizeof(*p->le));
	p->family = malloc((n ? n : 1) * sizeof(*p->family));
	if (p->le == NULL || p->family == NULL) {
		pool_release(p);
		return -1;
	}
	for (int k = 0; k < 2 * v->naccel; k++) {
		const struct lmv_cell *c = lmv_at(v, fold, k / 2, k % 2);
		if (!in_scope(scope, a, moe, k / 2, k % 2))
			continue;
		for (size_t i = 0; i < c->n; i++)
			if (c->family[i] != skip && isfinite(c->le[i])) {
				p->le[p->n] = c->le[i];
				p->family[p->n++] = c->family[i];
			}
	}
	return 0;
}

/* Quantiles at (1 -+ level) / 2 of the pool's residuals but family
 * skip's; -1 when fewer than 10 remain. r: room for p->n values. */
static int
pool_quantiles(const struct pool *p, int skip, double level, double *r,
    double *lo, double *hi)
{
	size_t k = 0;

	for (size_t i = 0; i < p->n; i++)
		if (p->family[i] != skip)
			r[k++] = p->le[i];
	if (k < 10)
		return -1;
	gsl_sort(r, 1, k);
	*lo = gsl_stats_quantile_from_sorted_data(r, 1, k, (1 - level) / 2);
	*hi = gsl_stats_quantile_from_sorted_data(r, 1, k, (1 + level) / 2);
	return 0;
}

/* The distinct values of family[0..n) in order of first appearance, into
 * fam (at most max); their number. */
static int
distinct(const int *family, size_t n, int *fam, int max)
{
	int k = 0;

	for (size_t i = 0; i < n; i++) {
		int seen = 0;
		for (int j = 0; j < k && !seen; j++)
			seen = fam[j] == family[i];
		if (!seen && k < max)
			fam[k++] = family[i];
	}
	return k;
}

static int
pool_families(const struct pool *p, int *fam, int max)
{
	return distinct(p->family, p->n, fam, max);
}

/* The levels tried, narrowest first. */
static const double levels[] = { 0.90, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96,
	0.97, 0.98, 0.99, 0.995, 1.0 };
#define NLEVELS (sizeof(levels) / sizeof(levels[0]))

/* The narrowest level at which each family of the pool, left out in turn,
 * has 90% of its points inside the others' quantiles. */
static double
pool_level(const struct pool *p, double *r)
{
	int fam[256], nf = pool_families(p, fam, 256);

	for (size_t l = 0; l < NLEVELS; l++) {
		size_t in = 0, tried = 0;
		for (int g = 0; g < nf; g++) {
			double lo, hi;
			if (pool_quantiles(p, fam[g], levels[l], r, &lo,
			    &hi) < 0)
				continue;
			for (size_t i = 0; i < p->n; i++)
				if (p->family[i] == fam[g]) {
					tried++;
					in += p->le[i] >= lo && p->le[i] <= hi;
				}
		}
		if (tried > 0 && (double)in >= 0.9 * (double)tried)
			return levels[l];
	}
	return 1.0;
}

int
lmv_quantiles_at(const struct lmv *v, int fold, int accel, int moe,
    int scope, int skip1, int skip2, double level, double *lo, double *hi)
{
	struct pool p;
	double *r;
	int rc;

	if (pool_gather(v, fold, accel, moe, scope, skip1, &p) < 0)
		return -1;
	r = malloc((p.n ? p.n : 1) * sizeof(*r));
	rc = r == NULL ? -1 : pool_quantiles(&p, skip2, level, r, lo, hi);
	free(r);
	pool_release(&p);
	return rc;
}

double
lmv_level(const struct lmv *v, int fold, int accel, int moe, int scope,
    int skip)
{
	struct pool p;
	double *r, level = 1.0;

	if (pool_gather(v, fold, accel, moe, scope, skip, &p) < 0)
		return level;
	if ((r = malloc((p.n ? p.n : 1) * sizeof(*r))) != NULL)
		level = pool_level(&p, r);
	free(r);
	pool_release(&p);
	return level;
}

int
lmv_quantiles(const struct lmv *v, int fold, int accel, int moe, int skip,
    double *lo, double *hi, int *scope)
{
	int rc = -1;

	if (scope)
		*scope = -1;
	for (int s = lmv_first_scope(fold); s <= LMV_SCOPE_ALL && rc < 0;
	    s++) {
		struct pool p;
		int fam[LMV_MIN_FAMILIES];
		double *r;
		if (pool_gather(v, fold, accel, moe, s, skip, &p) < 0)
			return -1;
		if (p.n >= 10 && pool_families(&p, fam, LMV_MIN_FAMILIES) ==
		    LMV_MIN_FAMILIES &&
		    (r = malloc(p.n * sizeof(*r))) != NULL) {
			rc = pool_quantiles(&p, -2, pool_level(&p, r), r, lo,
			    hi);
			if (rc == 0 && scope)
				*scope = s;
			free(r);
		}
		pool_release(&p);
	}
	return rc;
}

/* Family fam's points of a cell inside the interval calibrated without
 * it, into *in and *tried (added to); the interval's scope, or -1 when it
 * has none or the family no energy measured. */
static int
family_inside(const struct lmv *v, int fold, int accel, int moe, int fam,
    size_t *in, size_t *tried)
{
	const struct lmv_cell *c = lmv_at(v, fold, accel, moe);
	size_t before = *tried;
	double lo, hi;
	int sc;

	if (lmv_quantiles(v, fold, accel, moe, fam, &lo, &hi, &sc) < 0)
		return -1;
	for (size_t i = 0; i < c->n; i++)
		if (c->family[i] == fam && isfinite(c->le[i])) {
			(*tried)++;
			*in += c->le[i] >= lo && c->le[i] <= hi;
		}
	return *tried > before ? sc : -1;
}

int
lmv_first_scope(int fold)
{
	return fold == LMV_CURVE_BATCH || fold == LMV_CURVE_TASK ?
	    LMV_SCOPE_GROUP : LMV_SCOPE_CLASS;
}

int
lmv_interval_fold(int f)
{
	return f == LMV_MODEL_OUT || f == LMV_ACCEL_OUT || f ==
	    LMV_CURVE_BATCH || f == LMV_CURVE_TASK;
}

int
lmv_cell_families(const struct lmv *v, int fold, int accel, int moe,
    int *fam, int max)
{
	const struct lmv_cell *c = lmv_at(v, fold, accel, moe);

	return distinct(c->family, c->n, fam, max);
}

void
lmv_summarise(const struct lmv *v, int fold, int accel, int moe,
    struct lmv_summary *s)
{
	const struct lmv_cell *c = lmv_at(v, fold, accel, moe);
	int fam[256], nf = lmv_cell_families(v, fold, accel, moe, fam, 256);
	size_t in = 0, tried = 0;

	s->points = c->n;
	s->scope = -1;
	rel_summary(c->le, c->n, &s->med_e, &s->max_e);
	rel_summary(c->lt, c->n, &s->med_t, &s->max_t);
	for (int g = 0; lmv_interval_fold(fold) && g < nf; g++) {
		int sc = family_inside(v, fold, accel, moe, fam[g], &in, &tried);
		s->scope = sc > s->scope ? sc : s->scope;
	}
	s->coverage = tried ? (double)in / (double)tried : NAN;
}

void
lmv_score(const double *le, const double *lt, const unsigned char *inside,
    size_t n, struct lmv_summary *s)
{
	size_t in = 0;

	s->points = 0;
	s->scope = -1;
	for (size_t i = 0; i < n; i++)
		if (isfinite(le[i])) {
			s->points++;
			in += inside[i] != 0;
		}
	rel_summary(le, n, &s->med_e, &s->max_e);
	rel_summary(lt, n, &s->med_t, &s->max_t);
	s->coverage = s->points ? (double)in / (double)s->points : NAN;
}

void
lmv_family_summarise(const struct lmv *v, int fold, int accel, int moe,
    int family, struct lmv_family_summary *s)
{
	const struct lmv_cell *c = lmv_at(v, fold, accel, moe);
	double *r = malloc((c->n ? c->n : 1) * sizeof(*r));
	size_t k = 0, in = 0, tried = 0;

	memset(s, 0, sizeof(*s));
	s->med = s->lo = s->hi = s->coverage = NAN;
	if (r == NULL)
		return;
	for (size_t i = 0; i < c->n; i++)
		if (c->family[i] == family) {
			s->points++;
			if (isfinite(c->le[i]))
				r[k++] = c->le[i];
		}
	if (k > 0) {
		gsl_sort(r, 1, k);
		s->med = exp(gsl_stats_median_from_sorted_data(r, 1, k));
		s->lo = exp(r[0]);
		s->hi = exp(r[k - 1]);
	}
	free(r);
	if (!lmv_interval_fold(fold))
		return;
	s->scope = family_inside(v, fold, accel, moe, family, &in, &tried);
	if (tried > 0)
		s->coverage = (double)in / (double)tried;
}

/* The fitted accelerator nearest to x in ln(bandwidth) and ln(FLOPS),
 * of those fitted with power measured. */
static int
nearest_fit(const struct lmv *v, const struct lm_point *q, size_t n,
    const struct lm_point *x)
{
	double best = INFINITY;
	int a = -1;

	for (size_t i = 0; i < n; i++) {
		double d;
		/* a stand-in must have had energy or power to fit */
		if (!v->fitted[q[i].accel] || v->fit[q[i].accel].time_only)
			continue;
		d = hypot(log(q[i].bw_gbs / x->bw_gbs), log(q[i].tflops /
		    x->tflops));
		if (d < best) {
			best = d;
			a = q[i].accel;
		}
	}
	return a;
}

int
lmv_predict(const struct lmv *v, const struct lm_point *q, size_t n,
    const struct lm_point *x, int accel, int cfg, int same_task,
    struct lm_prediction *out)
{
	int a = accel >= 0 && v->fitted[accel] ? accel : -1;
	double e, len, t;

	memset(out, 0, sizeof(*out));
	out->stand_in = -1;
	if (a < 0) {
		if ((a = nearest_fit(v, q, n, x)) < 0)
			return -1;
		out->stand_in = a;
	}
	lm_eval(&v->fit[a], x, &out->itl, &out->power, &out->ept, NULL);
	out->power_from = v->power_from[a];
	/* borrowed power: no energy of its own was ever held out, so the
	 * interval is a stand-in's (accel-out) */
	out->fold = out->stand_in >= 0 || out->power_from >= 0 ?
	    LMV_ACCEL_OUT : LMV_MODEL_OUT;
	if (cfg >= 0 && out->stand_in < 0 && lmv_curve_at(q, n, cfg, n,
	    x->batch, &e, &len, &t) == 0) {
		struct lm_point c = *x;
		double m0, t0;
		c.out_len = len;
		for (size_t i = 0; i < n; i++)
			if (q[i].config == cfg) {
				c.in_len = q[i].in_len;
				break;
			}
		lm_eval(&v->fit[a], &c, &t0, NULL, &m0, NULL);
		out->ept = e * out->ept / m0;
		out->itl = t * out->itl / t0;
		out->path = 1;
		out->fold = same_task ? LMV_CURVE_BATCH : LMV_CURVE_TASK;
	}
	if (lmv_quantiles(v, out->fold, a, x->moe, -1, &out->qlo, &out->qhi,
	    &out->scope) == 0) {
		out->lo = out->ept * exp(-out->qhi);
		out->hi = out->ept * exp(-out->qlo);
	} else
		out->lo = out->hi = NAN;
	return 0;
}

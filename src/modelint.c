#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "lmship.h"
#include "lmvalid.h"
#include "modelint.h"
#include "whatif.h"

/* Residuals of one ratio fold for one class, over every accelerator. */
struct pooled {
	double *r;
	size_t n;
};

static int
pool_fold(const struct lmv *v, int fold, int moe, struct pooled *out)
{
	size_t n = 0;

	for (int a = 0; a < v->naccel; a++)
		n += lmv_at(v, fold, a, moe)->n;
	out->n = 0;
	out->r = malloc((n ? n : 1) * sizeof(double));
	if (out->r == NULL)
		return -1;
	for (int a = 0; a < v->naccel; a++) {
		const struct lmv_cell *c = lmv_at(v, fold, a, moe);
		for (size_t i = 0; i < c->n; i++)
			if (isfinite(c->le[i]))
				out->r[out->n++] = c->le[i];
	}
	return 0;
}

static int
is_moe(const struct catalog *cat, const char *model)
{
	const struct catalog_model *m = catalog_model(cat, model);

	return m != NULL && (m->experts > 0 || m->params_active_b <
	    m->params_total_b);
}

/* A member's key: what moved it (KEY_CURVE, KEY_MODEL, KEY_ROOFLINE)
 * times 8, plus the STAND_IN_* bits of what stood in. */
enum { KEY_CURVE = 1, KEY_MODEL = 2, KEY_ROOFLINE = 3 };
#define MOVER(key) ((key) >> 3)

/* The ratio folds a draw may use, in this order. */
static const int folds6[] = { LMV_RATIO_TASK, LMV_RATIO_ACCEL,
	LMV_RATIO_PRECISION, LMV_RATIO_DEVICES, LMV_RATIO_MODEL,
	LMV_RATIO_MODEL_ACCEL };
#define NFOLDS6 6

/* The folds a member's draw sums: into f[], their number. */
static int
folds_of(int key, int *f)
{
	int n = 0;

	if (MOVER(key) == KEY_MODEL) {
		f[n++] = key & STAND_IN_ACCEL ? LMV_RATIO_MODEL_ACCEL :
		    LMV_RATIO_MODEL;
		return n;
	}
	f[n++] = LMV_RATIO_TASK;
	if (key & STAND_IN_ACCEL)
		f[n++] = LMV_RATIO_ACCEL;
	if (key & STAND_IN_PRECISION)
		f[n++] = LMV_RATIO_PRECISION;
	if (key & STAND_IN_DEVICES)
		f[n++] = LMV_RATIO_DEVICES;
	return n;
}

/* A class's residuals of a fold, or both classes' when it has fewer than
 * 10: [fold index][moe], 2 for both classes. */
struct sources {
	struct pooled p[NFOLDS6][3];
};

static int
fold_index(int fold)
{
	for (int i = 0; i < NFOLDS6; i++)
		if (folds6[i] == fold)
			return i;
	return 0;
}

static int
sources_fill(struct sources *s, const struct lmv *v, int fold)
{
	struct pooled *p = s->p[fold_index(fold)];

	if (pool_fold(v, fold, 0, &p[0]) < 0 || pool_fold(v, fold, 1,
	    &p[1]) < 0)
		return -1;
	p[2].n = p[0].n + p[1].n;
	if ((p[2].r = malloc((p[2].n + 1) * sizeof(double))) == NULL)
		return -1;
	memcpy(p[2].r, p[0].r, p[0].n * sizeof(double));
	memcpy(p[2].r + p[0].n, p[1].r, p[1].n * sizeof(double));
	return 0;
}

static void
sources_release(struct sources *s)
{
	for (int f = 0; f < NFOLDS6; f++)
		for (int c = 0; c < 3; c++)
			free(s->p[f][c].r);
}

static const struct pooled *
residuals(const struct sources *s, int fold, int moe)
{
	const struct pooled *p = s->p[fold_index(fold)];

	return p[moe].n >= 10 ? &p[moe] : &p[2];
}

static double
pick(gsl_rng *rng, const struct pooled *p)
{
	return p->r[gsl_rng_uniform_int(rng, p->n)];
}

/* The k-th smallest of x[0..n) (x reordered): quickselect. */
static double
select_kth(double *x, size_t n, size_t k)
{
	size_t lo = 0, hi = n - 1;

	while (lo < hi) {
		double pivot = x[lo + (hi - lo) / 2];
		size_t i = lo, j = hi;
		while (i <= j) {
			while (x[i] < pivot)
				i++;
			while (x[j] > pivot)
				j--;
			if (i <= j) {
				double t = x[i];
				x[i++] = x[j];
				x[j] = t;
				if (j == 0)
					break;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			break;
	}
	return x[k];
}

/* GSL's quantile (linear between the order statistics around (n - 1) f)
 * by selection instead of a sort: a sweep evaluates it at every point,
 * and gsl_sort there cut the points/s from 3.0-3.3e5 to 1.4-2.2e5. */
static double
quantile(double *x, size_t n, double f)
{
	double pos = (double)(n - 1) * f;
	size_t k = (size_t)pos;
	double a = select_kth(x, n, k), b;

	if (k + 1 >= n || pos == (double)k)
		return a;
	/* the next order statistic: the smallest of those above k */
	b = x[k + 1];
	for (size_t i = k + 1; i < n; i++)
		b = x[i] < b ? x[i] : b;
	return a + (pos - (double)k) * (b - a);
}

void
modelint_eval(struct modelint *m, const double *energy, int npol,
    double *lo, double *hi)
{
	const int n = m->nmembers, draws = m->mi.draws;

	lo[0] = hi[0] = NAN;	/* the baseline saves nothing by definition */
	for (int i = 1; i < npol; i++) {
		for (int d = 0; d < draws; d++) {
			const double *f = m->factor + (size_t)d * (size_t)n;
			double e = 0, b = 0;
			for (int k = 0; k < n; k++) {
				e += f[k] * energy[(size_t)i * (size_t)n + k];
				b += f[k] * energy[k];
			}
			m->work[d] = account_saving(e, b);
		}
		lo[i] = quantile(m->work, (size_t)draws, 0.025);
		hi[i] = quantile(m->work, (size_t)draws, 0.975);
	}
}

void
modelint_release(struct modelint *m)
{
	free(m->factor);
	free(m->work);
	memset(m, 0, sizeof(*m));
}

void
modelint_key(const struct pool *p, int *key)
{
	for (int k = 0; k <= p->nlocal; k++) {
		const struct pool_member *m = &p->m[k];
		switch (m->how[0] == '\0' ? MOVED_NONE : m->moved_by) {
		case MOVED_CURVE:
			key[k] = KEY_CURVE << 3 | m->stand_in;
			break;
		case MOVED_LENGTH_MODEL:
			key[k] = KEY_MODEL << 3 | m->stand_in;
			break;
		case MOVED_ROOFLINE:
			key[k] = KEY_ROOFLINE << 3;
			break;
		default:
			key[k] = 0;
		}
	}
}

int
modelint_prepare(struct modelint *mo, const struct pool *p,
    const struct table *t, const struct catalog *cat, int draws,
    uint64_t seed, struct ipw_error *err)
{
	struct model_interval *mi = &mo->mi;
	struct sources src;
	const struct lmv *v;
	int key[POOL_MAX + 1], moe[POOL_MAX + 1], any = 0, model = 0, rc = 0;
	size_t used = 0;
	gsl_rng *rng = NULL;

	memset(mo, 0, sizeof(*mo));
	memset(&src, 0, sizeof(src));
	mi->draws = draws;
	mo->nmembers = p->nlocal + 1;
	modelint_key(p, key);
	for (int k = 0; k <= p->nlocal; k++) {
		moe[k] = is_moe(cat, table_str(t, p->m[k].c->model));
		any |= key[k] != 0;
		model |= MOVER(key[k]) == KEY_MODEL;
	}
	if (!any) {
		int added = 0;
		for (int k = 0; k <= p->nlocal; k++)
			added |= p->m[k].overhead;
		mi->state = MODEL_NONE;
		snprintf(mi->note, sizeof(mi->note), added ? "no batch or "
		    "length model moves an energy here; what the what-if adds "
		    "(idle power, host share, PUE) is its formula on the values "
		    "given or the catalog's, not drawn (they have no validated "
		    "error; the idle power's basis is in the settings)" :
		    "nothing here is moved by a model: every energy is as the "
		    "trace gives it (its provenance line says how the trace "
		    "obtained it)");
		return 0;
	}
	mi->state = MODEL_NOT_DONE;
	for (int k = 0; k <= p->nlocal; k++)
		if (MOVER(key[k]) == KEY_ROOFLINE) {
			snprintf(mi->note, sizeof(mi->note), "%s is moved by the "
			    "roofline batch model, whose error is not "
			    "validated as a ratio", p->m[k].name);
			return 0;
		}
	if (draws == 0) {
		snprintf(mi->note, sizeof(mi->note), "--model-draws 0");
		return 0;
	}
	/* the model's folds need its fits (about a second, once); the
	 * curves' need none */
	if ((v = model ? lmship_folds(cat, err) : lmship_ratios(cat, err)) ==
	    NULL)
		return -1;
	for (int f = 0; f < (model ? NFOLDS6 : 4); f++)
		if (sources_fill(&src, v, folds6[f]) < 0)
			goto oom;
	for (int k = 0; k <= p->nlocal; k++) {
		int f[4], nf = key[k] ? folds_of(key[k], f) : 0;
		for (int i = 0; i < nf; i++)
			if (residuals(&src, f[i], moe[k])->n < 10) {
				rc = ipw_error_set(err, IPW_EX_SOFTWARE, "the "
				    "shipped measurements give fewer than 10 "
				    "residuals of the %s fold",
				    lmv_fold_name[f[i]]);
				goto out;
			}
	}
	mo->factor = malloc((size_t)draws * (size_t)mo->nmembers *
	    sizeof(double));
	mo->work = malloc((size_t)draws * sizeof(double));
	if (mo->factor == NULL || mo->work == NULL ||
	    (rng = gsl_rng_alloc(gsl_rng_mt19937)) == NULL)
		goto oom;
	gsl_rng_set(rng, (unsigned long)(seed ^ 0x6d6f64656cULL));
	for (int d = 0; d < draws; d++)
		for (int k = 0; k <= p->nlocal; k++) {
			int f[4], nf = key[k] ? folds_of(key[k], f) : 0;
			double x = 0;
			for (int i = 0; i < nf; i++)
				x += pick(rng, residuals(&src, f[i], moe[k]));
			mo->factor[(size_t)d * (size_t)mo->nmembers + k] =
			    exp(-x);
		}
	mi->state = MODEL_DONE;
	for (int k = 0; k <= p->nlocal && used < sizeof(mi->note); k++) {
		int f[4], nf = key[k] ? folds_of(key[k], f) : 0;
		if (nf == 0)
			continue;
		used += (size_t)snprintf(mi->note + used, sizeof(mi->note) -
		    used, "%s%s: its batch move's", used ? "; " : "",
		    p->m[k].name);
		for (int i = 0; i < nf && used < sizeof(mi->note); i++) {
			const struct pooled *a = residuals(&src, f[i], moe[k]);
			used += (size_t)snprintf(mi->note + used,
			    sizeof(mi->note) - used, "%s %s error (%zu "
			    "residuals%s)", i == 0 ? "" : i == nf - 1 ?
			    " and" : ",", lmv_fold_name[f[i]], a->n, a ==
			    &src.p[fold_index(f[i])][2] ? ", both classes" :
			    moe[k] ? ", MoE" : ", dense");
		}
	}
	goto out;
oom:
	rc = ipw_error_oom(err);
out:
	sources_release(&src);
	gsl_rng_free(rng);
	if (rc < 0)
		modelint_release(mo);
	return rc;
}

int
modelint_run(struct report *r, const struct pool *p, const struct table *t,
    const struct catalog *cat, int draws, uint64_t seed,
    struct ipw_error *err)
{
	struct modelint m;
	double *en;
	int n = p->nlocal + 1;

	if (modelint_prepare(&m, p, t, cat, draws, seed, err) < 0)
		return -1;
	r->model = m.mi;
	if (m.mi.state == MODEL_DONE) {
		if ((en = malloc((size_t)r->npolicies * (size_t)n *
		    sizeof(*en))) == NULL) {
			modelint_release(&m);
			return ipw_error_oom(err);
		}
		for (int i = 0; i < r->npolicies; i++)
			for (int k = 0; k < n; k++)
				en[(size_t)i * (size_t)n + k] =
				    r->pol[i].acct.member[k].energy_j;
		modelint_eval(&m, en, r->npolicies, r->model.lo, r->model.hi);
		free(en);
	}
	modelint_release(&m);
	return 0;
}

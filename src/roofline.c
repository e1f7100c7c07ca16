#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multifit_nlinear.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_vector.h>

#include "jsonfile.h"
#include "roofline.h"

void
roofline_eval(const struct roofline_params *p, const struct roofline_model *m,
    const struct roofline_device *d, int gpus, double b, double *ept,
    double *itl)
{
	double shared = m->p_total_b, experts = 0, f = 1, w, tm, tc, t, pw;

	if (m->experts > 0 && m->k > 0 && m->k < m->experts) {
		/* P_active = P_shared + P_experts k / E */
		experts = (m->p_total_b - m->p_active_b) / (1 - m->k /
		    m->experts);
		shared = m->p_total_b - experts;
		f = 1 - pow(1 - m->k / m->experts, b);
	}
	w = m->bytes * (shared + experts * f) * 1e9;
	tm = w / (p->eta_bw * gpus * d->bw_gbs * 1e9);
	tc = 2 * m->p_active_b * 1e9 * b / (p->eta_c * gpus * d->tflops *
	    1e12);
	t = fmax(tm, tc) + p->t0;
	pw = gpus * d->tdp_w * (p->floor + (1 - p->floor) * (1 - exp(-b /
	    p->bp)));
	*ept = pw * t / b;
	*itl = t;
}

int
roofline_inputs(const struct curve *c, const struct catalog *cat,
    struct roofline_model *m, struct roofline_device *d)
{
	const struct catalog_model *cm = catalog_model(cat, c->model);
	const struct catalog_accel *ca = catalog_accel(cat, c->accel);

	if (cm == NULL || ca == NULL || isnan(cm->params_total_b) ||
	    isnan(cm->params_active_b) || isnan(ca->bandwidth_gbs) ||
	    isnan(ca->peak_tflops) || isnan(ca->tdp_w))
		return -1;
	m->p_total_b = cm->params_total_b;
	m->p_active_b = cm->params_active_b;
	m->experts = cm->experts;
	m->k = cm->experts_active;
	m->bytes = strstr(c->precision, "fp8") ? 1 : 2;
	d->bw_gbs = ca->bandwidth_gbs;
	d->tflops = ca->peak_tflops;
	d->tdp_w = ca->tdp_w;
	return 0;
}

/* ---- fitting ------------------------------------------------------------ */

struct point {
	struct roofline_model m;
	struct roofline_device d;
	int gpus;
	double b, ept, itl;
};

struct fit_data {
	struct point *pt;
	size_t n;
};

static double
logistic(double x)
{
	return 1 / (1 + exp(-x));
}

/* Unconstrained x -> parameters in their ranges. */
static void
params_of(const gsl_vector *x, struct roofline_params *p)
{
	p->eta_bw = logistic(gsl_vector_get(x, 0));
	p->eta_c = logistic(gsl_vector_get(x, 1));
	p->t0 = exp(gsl_vector_get(x, 2));
	p->floor = logistic(gsl_vector_get(x, 3));
	p->bp = exp(gsl_vector_get(x, 4));
}

/* Residuals: log of modelled over measured energy per token and ITL. */
static int
residuals(const gsl_vector *x, void *arg, gsl_vector *f)
{
	const struct fit_data *fd = arg;
	struct roofline_params p;

	params_of(x, &p);
	for (size_t i = 0; i < fd->n; i++) {
		const struct point *q = &fd->pt[i];
		double e, t;
		roofline_eval(&p, &q->m, &q->d, q->gpus, q->b, &e, &t);
		gsl_vector_set(f, 2 * i, log(e / q->ept));
		gsl_vector_set(f, 2 * i + 1, log(t / q->itl));
	}
	return GSL_SUCCESS;
}

static int
collect(const struct curves *cs, const struct catalog *cat, const char *accel,
    const char *only, const char *exclude, struct fit_data *fd)
{
	const struct catalog_accel *a = catalog_accel(cat, accel);
	size_t cap = 0;

	memset(fd, 0, sizeof(*fd));
	for (int i = 0; i < cs->n; i++) {
		const struct curve *c = &cs->c[i];
		struct roofline_model m;
		struct roofline_device d;
		if (catalog_accel(cat, c->accel) != a ||
		    (only && catalog_model(cat, c->model) !=
		    catalog_model(cat, only)) ||
		    (exclude && catalog_model(cat, c->model) ==
		    catalog_model(cat, exclude)) ||
		    roofline_inputs(c, cat, &m, &d) < 0)
			continue;
		for (int j = 0; j < c->n; j++) {
			if (fd->n == cap) {
				struct point *p;
				cap = cap ? cap * 2 : 64;
				p = realloc(fd->pt, cap * sizeof(*p));
				if (p == NULL)
					return -1;
				fd->pt = p;
			}
			fd->pt[fd->n++] = (struct point){ m, d, c->gpus,
				exp(c->logb[j]), c->ept[j], c->itl[j] };
		}
	}
	return 0;
}

void
roofline_summary(double *v, size_t n, double *median, double *max)
{
	*median = *max = NAN;
	if (n == 0)
		return;
	gsl_sort(v, 1, n);
	*median = gsl_stats_median_from_sorted_data(v, 1, n);
	*max = v[n - 1];
}

/* Appends the points' relative errors of energy per token. */
static void
point_errors(const struct fit_data *fd, const struct roofline_params *p,
    double *out, size_t *n, size_t max)
{
	for (size_t i = 0; i < fd->n && *n < max; i++) {
		double e, t;
		roofline_eval(p, &fd->pt[i].m, &fd->pt[i].d, fd->pt[i].gpus,
		    fd->pt[i].b, &e, &t);
		out[(*n)++] = fabs(e / fd->pt[i].ept - 1);
	}
}

static int
solve(struct fit_data *fd, struct roofline_params *out)
{
	const double x0[5] = { 0.0, -1.0, log(5e-3), -1.0, log(32) };
	gsl_multifit_nlinear_parameters par =
	    gsl_multifit_nlinear_default_parameters();
	gsl_multifit_nlinear_fdf fdf;
	gsl_multifit_nlinear_workspace *w;
	gsl_vector_const_view x = gsl_vector_const_view_array(x0, 5);
	int status, info;

	memset(&fdf, 0, sizeof(fdf));
	fdf.f = residuals;	/* Jacobian by finite differences */
	fdf.n = 2 * fd->n;
	fdf.p = 5;
	fdf.params = fd;
	w = gsl_multifit_nlinear_alloc(gsl_multifit_nlinear_trust, &par,
	    fdf.n, fdf.p);
	if (w == NULL)
		return -1;
	status = gsl_multifit_nlinear_init(&x.vector, &fdf, w);
	if (status == GSL_SUCCESS)
		status = gsl_multifit_nlinear_driver(500, 1e-10, 1e-10, 1e-10,
		    NULL, NULL, &info, w);
	if (status == GSL_SUCCESS)
		params_of(gsl_multifit_nlinear_position(w), out);
	gsl_multifit_nlinear_free(w);
	return status == GSL_SUCCESS ? 0 : -1;
}

int
roofline_fit(const struct curves *cs, const struct catalog *cat,
    const char *accel, const char *exclude, struct roofline_fit *out,
    struct ipw_error *err)
{
	struct fit_data fd;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	snprintf(out->accel, sizeof(out->accel), "%s", accel);
	if (collect(cs, cat, accel, NULL, exclude, &fd) < 0) {
		free(fd.pt);
		return ipw_error_oom(err);
	}
	out->npoints = (int)fd.n;
	if (fd.n < 5)
		rc = ipw_error_set(err, IPW_EX_DATAERR, "%zu measured points on "
		    "%s: too few to fit 5 parameters", fd.n, accel);
	else if (solve(&fd, &out->p) < 0)
		rc = ipw_error_set(err, IPW_EX_SOFTWARE, "the roofline fit for "
		    "%s did not converge", accel);
	else {
		double *v = malloc(fd.n * sizeof(*v));
		size_t n = 0;
		if (v == NULL)
			rc = ipw_error_oom(err);
		else {
			point_errors(&fd, &out->p, v, &n, fd.n);
			roofline_summary(v, n, &out->median_err, &out->max_err);
		}
		free(v);
	}
	free(fd.pt);
	return rc;
}

int
roofline_errors(const struct curves *cs, const struct catalog *cat,
    const char *accel, const char *model, const struct roofline_params *p,
    double *out, size_t *n, size_t max)
{
	struct fit_data fd;

	if (collect(cs, cat, accel, model, NULL, &fd) < 0) {
		free(fd.pt);
		return -1;
	}
	point_errors(&fd, p, out, n, max);
	free(fd.pt);
	return 0;
}

/* ---- the fitted table -------------------------------------------------- */

/* Fitted parameter key of entry i into *v; its error at its place. */
static int
fit_field(const struct jsondoc *d, const cJSON *e, int i, const char *key,
    int positive, double *v, struct ipw_error *err)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(e, key);
	char path[96];

	snprintf(path, sizeof(path), "accelerators[%d].%s", i, key);
	if (x == NULL)
		return jsondoc_error(d, err, path, "is missing");
	if (!cJSON_IsNumber(x) || !isfinite(x->valuedouble) ||
	    (positive && !(x->valuedouble > 0)))
		return jsondoc_error(d, err, path, positive ? "is not a "
		    "positive number" : "is not a number");
	*v = x->valuedouble;
	return 0;
}

static int
load_fit(struct roofline_fit *f, const struct jsondoc *d, const cJSON *e,
    int i, struct ipw_error *err)
{
	const char *name = cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(e, "name"));
	char path[64];

	snprintf(path, sizeof(path), "accelerators[%d].name", i);
	if (name == NULL)
		return jsondoc_error(d, err, path, "is missing or not a string");
	if (fit_field(d, e, i, "eta_bw", 1, &f->p.eta_bw, err) < 0 ||
	    fit_field(d, e, i, "eta_compute", 1, &f->p.eta_c, err) < 0 ||
	    fit_field(d, e, i, "step_overhead_s", 0, &f->p.t0, err) < 0 ||
	    fit_field(d, e, i, "power_floor_share", 0, &f->p.floor, err) < 0 ||
	    fit_field(d, e, i, "power_batch_scale", 1, &f->p.bp, err) < 0)
		return -1;
	snprintf(f->accel, sizeof(f->accel), "%s", name);
	return 0;
}

/* The keys of a fit file (ipwsim fit writes them) and of each fit. */
static const char *const fit_file_keys[] = { "schema", "source", "curves",
	"accelerators", "about", NULL };
static const char *const fit_keys[] = { "name", "eta_bw", "eta_compute",
	"step_overhead_s", "power_floor_share", "power_batch_scale", "points",
	"median_rel_err_energy", "max_rel_err_energy", NULL };

int
roofline_load(struct roofline_table *rt, const char *path,
    struct ipw_error *err)
{
	const int max = (int)(sizeof(rt->fit) / sizeof(rt->fit[0]));
	struct jsondoc d;
	const cJSON *list, *e;
	int rc = 0;

	memset(rt, 0, sizeof(*rt));
	snprintf(rt->file, sizeof(rt->file), "%s", path);
	if (jsondoc_read(&d, path, err) < 0)
		return -1;
	list = cJSON_GetObjectItemCaseSensitive(d.root, "accelerators");
	if ((rc = jsondoc_unknown_keys(&d, d.root, "", fit_file_keys, err)) < 0)
		list = NULL;
	else if (!cJSON_IsArray(list)) {
		rc = jsondoc_error(&d, err, list ? "accelerators" : "",
		    "a fit file has an \"accelerators\" array of fits");
		list = NULL;
	}
	cJSON_ArrayForEach(e, list) {
		char at[48];
		snprintf(at, sizeof(at), "accelerators[%d]", rt->n);
		if (rt->n == max) {
			rc = jsondoc_error(&d, err, at, "more than 16 fits");
			break;
		}
		if (!cJSON_IsObject(e)) {
			rc = jsondoc_error(&d, err, at, "is not an object");
			break;
		}
		strcat(at, ".");
		if ((rc = jsondoc_unknown_keys(&d, e, at, fit_keys, err)) < 0 ||
		    (rc = load_fit(&rt->fit[rt->n], &d, e, rt->n, err)) < 0)
			break;
		rt->n++;
	}
	jsondoc_release(&d);
	return rc;
}

int
roofline_load_default(struct roofline_table *rt, struct ipw_error *err)
{
	char dir[PATH_MAX], path[PATH_MAX + 32];

	if (catalog_datadir(dir, sizeof(dir), err) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/curves/roofline.json", dir);
	return roofline_load(rt, path, err);
}

static const struct roofline_fit *
find_fit(const struct roofline_table *rt, const struct catalog *cat,
    const struct catalog_accel *a)
{
	for (int i = 0; i < rt->n; i++)
		if (catalog_accel(cat, rt->fit[i].accel) == a)
			return &rt->fit[i];
	return NULL;
}

int
roofline_scale(const struct roofline_table *rt, const struct catalog *cat,
    const char *model, const char *accel, double b0, double b1,
    double *e_scale, double *l_scale, char *how, size_t howlen,
    struct ipw_error *err)
{
	const struct catalog_model *cm = catalog_model(cat, model);
	const struct catalog_accel *ca = catalog_accel(cat, accel);
	const struct roofline_fit *f = ca ? find_fit(rt, cat, ca) : NULL;
	struct roofline_model m;
	struct roofline_device d;
	double e0, e1, l0, l1;
	int gpus, stand_in = 0;

	if (f == NULL && ca != NULL && strcmp(ca->name, "NVIDIA-H200") == 0 &&
	    (f = find_fit(rt, cat, catalog_accel(cat, "NVIDIA-H100"))))
		stand_in = 1;
	if (cm == NULL || ca == NULL || f == NULL ||
	    isnan(cm->params_total_b) || isnan(ca->bandwidth_gbs) ||
	    isnan(ca->peak_tflops) || isnan(ca->tdp_w) || isnan(ca->memory_gb))
		return ipw_error_set(err, IPW_EX_DATAERR, "the parametric batch "
		    "model has no fit for %s, or the catalog lacks %s's "
		    "parameters or %s's bandwidth, peak, TDP or memory", accel,
		    model, accel);
	m = (struct roofline_model){ cm->params_total_b, cm->params_active_b,
		cm->experts, cm->experts_active, 2 };
	d = (struct roofline_device){ ca->bandwidth_gbs, ca->peak_tflops,
		ca->tdp_w };
	gpus = (int)ceil(2 * m.p_total_b / (0.9 * ca->memory_gb));
	gpus = gpus < 1 ? 1 : gpus;
	roofline_eval(&f->p, &m, &d, gpus, b0, &e0, &l0);
	roofline_eval(&f->p, &m, &d, gpus, b1, &e1, &l1);
	*e_scale = e1 / e0;
	*l_scale = l1 / l0;
	snprintf(how, howlen, "parametric model (%s fit%s; %d devices, BF16 "
	    "assumed)", f->accel, stand_in ? " with the H200's own bandwidth "
	    "and TDP" : "", gpus);
	return 0;
}

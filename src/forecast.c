#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "catalog.h"
#include "forecast.h"
#include "jsonfile.h"
#include "route.h"
#include "table.h"

static const char *const case_key[3] = { "value", "low", "high" };

/* Member case_key[c] of the top-level field key, which must have a
 * source, within [lo, hi]. */
static int
number(const struct jsondoc *d, const char *key, int c, double lo,
    double hi, double *out, struct ipw_error *err)
{
	const cJSON *o = cJSON_GetObjectItemCaseSensitive(d->root, key), *v;
	char field[128], what[64];

	if (!cJSON_IsObject(o))
		return jsondoc_error(d, err, key, "is missing");
	if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "source")))
		return jsondoc_error(d, err, key, "has no source");
	v = cJSON_GetObjectItemCaseSensitive(o, case_key[c]);
	if (!cJSON_IsNumber(v) || !(v->valuedouble >= lo &&
	    v->valuedouble <= hi)) {
		snprintf(field, sizeof(field), "%s.%s", key, case_key[c]);
		snprintf(what, sizeof(what), "is not a number from %g to %g",
		    lo, hi);
		return jsondoc_error(d, err, field, what);
	}
	*out = v->valuedouble;
	return 0;
}

static const char *const forecast_keys[] = { "about", "base_year",
	"local_energy_factor_per_year", "uncovered_factor_per_year",
	"cloud_energy_factor_per_year", "queries_per_day",
	"query_growth_per_year", NULL };

int
forecast_load(struct forecast *f, const char *path, struct ipw_error *err)
{
	char dir[PATH_MAX], def[PATH_MAX + 32];
	struct jsondoc d;
	int rc = 0;

	if (path == NULL) {
		if (catalog_datadir(dir, sizeof(dir), err) < 0)
			return -1;
		snprintf(def, sizeof(def), "%s/forecast.json", dir);
		path = def;
	}
	if (jsondoc_read(&d, path, err) < 0)
		return -1;
	rc = jsondoc_unknown_keys(&d, d.root, "", forecast_keys, err);
	if (rc == 0)
		rc = number(&d, "base_year", 0, 1900, 2200, &f->base_year, err);
	for (int c = 0; c < 3 && rc == 0; c++)
		rc = number(&d, "local_energy_factor_per_year", c, 1, 1e3,
		    &f->local_factor[c], err) < 0 ||
		    number(&d, "uncovered_factor_per_year", c, 1e-6, 1,
		    &f->uncovered_factor[c], err) < 0 ||
		    number(&d, "cloud_energy_factor_per_year", c, 1, 1e3,
		    &f->cloud_factor[c], err) < 0 ? -1 : 0;
	if (rc == 0)
		rc = number(&d, "queries_per_day", 0, 0, 1e15,
		    &f->queries_per_day, err) < 0 || number(&d,
		    "query_growth_per_year", 0, 0, 100, &f->query_growth,
		    err) < 0 ? -1 : 0;
	jsondoc_release(&d);
	return rc;
}

double
forecast_uncovered(const struct forecast *f, enum forecast_case c,
    double u0, double t)
{
	return fmin(1, u0 * pow(f->uncovered_factor[c], t));
}

double
forecast_saving_left(const struct forecast *f, enum forecast_case c,
    double e_local, double u, double cloud_left, double e_base, double t)
{
	double cloud = pow(f->cloud_factor[c], t);

	return 1 - ((1 - u) * e_local / pow(f->local_factor[c], t) +
	    cloud_left / cloud) / (e_base / cloud);
}

double
forecast_saving(const struct forecast *f, enum forecast_case c,
    double e_local, double e_cloud, double u0, double e_base, double t)
{
	double u = forecast_uncovered(f, c, u0, t);

	return forecast_saving_left(f, c, e_local, u, u * e_cloud, e_base, t);
}

/* ---- which failures the trend covers first ------------------------------ */

struct margin {
	double margin;
	uint32_t q;
};

static int
by_margin(const void *a, const void *b)
{
	const struct margin *x = a, *y = b;

	if (x->margin != y->margin)
		return x->margin < y->margin ? -1 : 1;
	return x->q < y->q ? -1 : x->q > y->q;	/* stable: by row */
}

int
forecast_order_build(struct forecast_order *fo, const struct pool *p,
    const uint8_t *assign, const uint8_t *mask, struct ipw_error *err)
{
	const struct pool_member *cloud = &p->m[p->nlocal];
	struct margin *mg;
	size_t n = 0;
	/* a probability of being correct where every member has one
	 * (synth's p_correct), else the graded score */
	int by_p = cloud->c->p_correct != NULL, scored;

	memset(fo, 0, sizeof(*fo));
	for (int k = 0; k < p->nlocal; k++)
		by_p &= p->m[k].c->p_correct != NULL;
	scored = by_p || cloud->c->score != NULL;
	for (int k = 0; k < p->nlocal && !by_p; k++)
		scored &= p->m[k].c->score != NULL;
	for (uint32_t q = 0; q < p->nq; q++)
		n += assign[q] == p->nlocal && (mask == NULL || mask[q]);
	mg = malloc((n + 1) * sizeof(*mg));
	fo->cum_e = malloc((n + 1) * sizeof(double));
	fo->cum_l = malloc((n + 1) * sizeof(double));
	fo->cum_c = malloc((n + 1) * sizeof(double));
	if (mg == NULL || fo->cum_e == NULL || fo->cum_l == NULL ||
	    fo->cum_c == NULL) {
		free(mg);
		forecast_order_release(fo);
		return ipw_error_oom(err);
	}
	n = 0;
	for (uint32_t q = 0; q < p->nq; q++) {
		double best = -INFINITY;
		if (assign[q] != p->nlocal || (mask != NULL && !mask[q]))
			continue;
		for (int k = 0; k < p->nlocal && scored; k++)
			if (table_has(p->m[k].c, q))
				best = fmax(best, by_p ? p->m[k].c->p_correct[q] :
				    p->m[k].c->score[q]);
		mg[n].margin = !scored ? 0 : (by_p ? cloud->c->p_correct[q] :
		    cloud->c->score[q]) - best;
		scored &= !isnan(mg[n].margin);
		mg[n++].q = q;
	}
	fo->n = n;
	fo->by_margin = scored && n > 0;
	if (fo->by_margin)
		qsort(mg, n, sizeof(*mg), by_margin);
	fo->cum_e[0] = fo->cum_l[0] = fo->cum_c[0] = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t q = mg[i].q;
		double lat = cloud->c->latency != NULL ? cloud->c->latency[q] :
		    NAN;
		fo->cum_e[i + 1] = fo->cum_e[i] + table_energy(cloud->c, q);
		fo->cum_l[i + 1] = fo->cum_l[i] + lat;
		fo->cum_c[i + 1] = fo->cum_c[i] + pool_cost(cloud, q);
	}
	free(mg);
	return 0;
}

void
forecast_order_release(struct forecast_order *fo)
{
	free(fo->cum_e);
	free(fo->cum_l);
	free(fo->cum_c);
	memset(fo, 0, sizeof(*fo));
}

/* Running sum v (n + 1 entries) at the fractional position x. */
static double
running(const double *v, size_t n, double x)
{
	size_t i = (size_t)floor(x);

	if (i >= n)
		return v[n];
	return v[i] + (x - (double)i) * (v[i + 1] - v[i]);
}

void
forecast_order_left(const struct forecast_order *fo, double r,
    double a, double b, double *energy, double *cost)
{
	double x = fmin(fmax(r, 0), 1) * (double)fo->n, n = (double)fo->n;
	double e = fo->cum_e[fo->n] - running(fo->cum_e, fo->n, x);
	double l = fo->cum_l[fo->n] - running(fo->cum_l, fo->n, x);
	double c = fo->cum_c[fo->n] - running(fo->cum_c, fo->n, x);

	if (!fo->by_margin && n > 0) {	/* no order: the mean */
		e = fo->cum_e[fo->n] * (1 - x / n);
		l = fo->cum_l[fo->n] * (1 - x / n);
		c = fo->cum_c[fo->n] * (1 - x / n);
	}
	*energy = a * e + (b != 0 ? b * l : 0);
	*cost = c;
}

#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "catalog.h"
#include "forecast.h"
#include "jsonfile.h"

static const char *const case_key[3] = { "value", "low", "high" };

/* Member case_key[c] of the top-level field key, which must have a
 * source, within [lo, hi]. */
static int
number(const cJSON *root, const char *path, const char *key, int c,
    double lo, double hi, double *out, struct ipw_error *err)
{
	const cJSON *o = cJSON_GetObjectItemCaseSensitive(root, key), *v;
	char field[128], what[64];

	if (!cJSON_IsObject(o))
		return ipw_error_field(err, path, key, "is missing");
	if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "source")))
		return ipw_error_field(err, path, key, "has no source");
	v = cJSON_GetObjectItemCaseSensitive(o, case_key[c]);
	if (!cJSON_IsNumber(v) || !(v->valuedouble >= lo &&
	    v->valuedouble <= hi)) {
		snprintf(field, sizeof(field), "%s.%s", key, case_key[c]);
		snprintf(what, sizeof(what), "is not a number from %g to %g",
		    lo, hi);
		return ipw_error_field(err, path, field, what);
	}
	*out = v->valuedouble;
	return 0;
}

int
forecast_load(struct forecast *f, const char *path, struct ipw_error *err)
{
	char dir[PATH_MAX], def[PATH_MAX + 32];
	cJSON *root;
	int rc = 0;

	if (path == NULL) {
		if (catalog_datadir(dir, sizeof(dir), err) < 0)
			return -1;
		snprintf(def, sizeof(def), "%s/forecast.json", dir);
		path = def;
	}
	if (jsonfile_read(path, &root, err) < 0)
		return -1;
	rc = number(root, path, "base_year", 0, 1900, 2200, &f->base_year,
	    err);
	for (int c = 0; c < 3 && rc == 0; c++)
		rc = number(root, path, "local_energy_factor_per_year", c, 1,
		    1e3, &f->local_factor[c], err) < 0 ||
		    number(root, path, "uncovered_factor_per_year", c, 1e-6,
		    1, &f->uncovered_factor[c], err) < 0 ||
		    number(root, path, "cloud_energy_factor_per_year", c, 1,
		    1e3, &f->cloud_factor[c], err) < 0 ? -1 : 0;
	if (rc == 0)
		rc = number(root, path, "queries_per_day", 0, 0, 1e15,
		    &f->queries_per_day, err) < 0 || number(root, path,
		    "query_growth_per_year", 0, 0, 100, &f->query_growth,
		    err) < 0 ? -1 : 0;
	cJSON_Delete(root);
	return rc;
}

double
forecast_saving(const struct forecast *f, enum forecast_case c,
    double e_local, double e_cloud, double u0, double e_base, double t)
{
	double u = fmin(1, u0 * pow(f->uncovered_factor[c], t));
	double cloud = pow(f->cloud_factor[c], t);

	return 1 - ((1 - u) * e_local / pow(f->local_factor[c], t) +
	    u * e_cloud / cloud) / (e_base / cloud);
}

#include "config.h"

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "csv.h"
#include "jsonfile.h"
#include "jsonstrict.h"
#include "precision.h"
#include "whatif.h"

void
whatif_init(struct whatif *w)
{
	memset(w, 0, sizeof(*w));	/* counts and lists empty */
	w->cloud_batch = w->local_batch = NAN;
	w->local_measured_batch = w->cloud_measured_batch = NAN;
	w->nbatch = 0;
	w->cloud_util = 1;
	w->cloud_host = 0;
	w->cloud_pue = w->local_pue = 1;
	w->cloud_idle_w = w->local_idle_w = NAN;
	w->local_mode = LOCAL_MEASURED;
	w->local_qpd = NAN;
	w->local_on_hours = 24;
	w->cloud_grid = w->local_grid = NAN;
	w->batch_model = BATCH_MEASURED;
	w->cost = COST_TOKENS;
	w->cloud_kwh_usd = w->local_kwh_usd = NAN;
	w->cloud_rent_usd_h = w->local_device_usd = NAN;
	w->local_lifetime_years = NAN;
	w->cloud_charge = CHARGE_SHARE;
	w->cloud_basis = BASIS_MEASURED;
	w->cloud_measured_on = NULL;
	w->pricing = PRICING_BOTH;
}

static int
name_index(const char *const *names, int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

static const char *const charge_names[] = { "share", "step" };
static const char *const basis_names[] = { "measured", "per-query" };
static const char *const pricing_names[] = { "both", "output",
	"output-rate" };

int
whatif_cloud_charge_parse(const char *s, enum cloud_charge *c)
{
	int i = name_index(charge_names, 2, s);

	if (i >= 0)
		*c = (enum cloud_charge)i;
	return i >= 0 ? 0 : -1;
}

const char *
whatif_cloud_charge_name(enum cloud_charge c)
{
	return charge_names[c];
}

int
whatif_basis_parse(const char *s, enum energy_basis *b)
{
	int i = name_index(basis_names, 2, s);

	if (i >= 0)
		*b = (enum energy_basis)i;
	return i >= 0 ? 0 : -1;
}

const char *
whatif_basis_name(enum energy_basis b)
{
	return basis_names[b];
}

int
whatif_pricing_parse(const char *s, enum token_pricing *p)
{
	int i = name_index(pricing_names, 3, s);

	if (i >= 0)
		*p = (enum token_pricing)i;
	return i >= 0 ? 0 : -1;
}

const char *
whatif_pricing_name(enum token_pricing p)
{
	return pricing_names[p];
}

static const char *const mode_names[] = { "measured", "marginal",
	"dedicated" };

int
whatif_local_mode_parse(const char *s, enum local_mode *m)
{
	int i = name_index(mode_names, 3, s);

	if (i >= 0)
		*m = (enum local_mode)i;
	return i >= 0 ? 0 : -1;
}

const char *
whatif_local_mode_name(enum local_mode m)
{
	return mode_names[m];
}

/* ---- curves ------------------------------------------------------------ */

enum { CC_MODEL, CC_ACCEL, CC_GPUS, CC_PRECISION, CC_BATCH, CC_EPT, CC_ITL,
	CC_SOURCE, CC_N };

static const char *const curve_cols[CC_N] = { "model", "accelerator", "gpus",
	"precision", "batch", "energy_per_token_j", "itl_s", "source_model" };

static int
curve_error(struct ipw_error *err, const char *file, long line,
    const char *msg, const char *what)
{
	ipw_error_set(err, IPW_EX_DATAERR, "%s%s", msg, what ? what : "");
	ipw_error_at(err, file, line, 0);
	return -1;
}

/* Field i of r as a number above lo (or >= lo with or_equal); else an
 * error naming the column, at its line and column. */
static int
cell_number(const struct csv_reader *r, int i, const char *name, double lo,
    int or_equal, double *v, const char *file, struct ipw_error *err)
{
	if (jsonstrict_parse_number(r->field[i], r->flen[i], v) == 0 &&
	    (or_equal ? *v >= lo : *v > lo))
		return 0;
	ipw_error_set(err, IPW_EX_DATAERR, "%s is not a number %s %g: "
	    "\"%.40s\"", name, or_equal ? ">=" : ">", lo, r->field[i]);
	ipw_error_at(err, file, r->line, r->fcol[i]);
	return -1;
}

static int
header(struct csv_reader *r, int *col, const char *file,
    struct ipw_error *err)
{
	for (int k = 0; k < CC_N; k++) {
		col[k] = -1;
		for (int i = 0; i < r->nfields; i++)
			if (strcmp(r->field[i], curve_cols[k]) == 0)
				col[k] = i;
		if (col[k] < 0)
			return curve_error(err, file, r->line, "header has no "
			    "column ", curve_cols[k]);
	}
	return 0;
}

static int
same_curve(const struct curve *c, char **f, const int *col, int gpus)
{
	return strcmp(c->model, f[col[CC_MODEL]]) == 0 &&
	    strcmp(c->accel, f[col[CC_ACCEL]]) == 0 &&
	    strcmp(c->precision, f[col[CC_PRECISION]]) == 0 &&
	    c->gpus == gpus;
}

static int
grow(struct curve *c)
{
	size_t n = (size_t)c->n + 1;
	double *a = realloc(c->logb, n * sizeof(*a));

	if (a != NULL)
		c->logb = a;
	a = a ? realloc(c->ept, n * sizeof(*a)) : NULL;
	if (a != NULL)
		c->ept = a;
	a = a ? realloc(c->itl, n * sizeof(*a)) : NULL;
	if (a != NULL)
		c->itl = a;
	return a ? 0 : -1;
}

/* Adds a row to the last curve, or starts a new one. */
static int
add_row(struct curves *cs, const struct csv_reader *r, const int *col,
    const char *path, struct ipw_error *err)
{
	struct curve *c = cs->n ? &cs->c[cs->n - 1] : NULL;
	char **f = (char **)r->field;
	long line = r->line;
	double b, e, t, g;

	if (cell_number(r, col[CC_BATCH], "batch", 0, 0, &b, path, err) < 0 ||
	    cell_number(r, col[CC_EPT], "energy_per_token_j", 0, 0, &e, path,
	    err) < 0 ||
	    cell_number(r, col[CC_ITL], "itl_s", 0, 0, &t, path, err) < 0 ||
	    cell_number(r, col[CC_GPUS], "gpus", 1, 1, &g, path, err) < 0)
		return -1;
	if (g != floor(g) || g > 1024) {
		ipw_error_set(err, IPW_EX_DATAERR, "gpus is not a whole number "
		    "from 1 to 1024: \"%.40s\"", f[col[CC_GPUS]]);
		ipw_error_at(err, path, line, r->fcol[col[CC_GPUS]]);
		return -1;
	}
	if (c == NULL || !same_curve(c, f, col, (int)g) || c->line > line) {
		struct curve *p = realloc(cs->c, (size_t)(cs->n + 1) *
		    sizeof(*p));
		if (p == NULL)
			return ipw_error_oom(err);
		cs->c = p;
		c = &cs->c[cs->n++];
		memset(c, 0, sizeof(*c));
		snprintf(c->model, sizeof(c->model), "%s", f[col[CC_MODEL]]);
		snprintf(c->accel, sizeof(c->accel), "%s", f[col[CC_ACCEL]]);
		snprintf(c->precision, sizeof(c->precision), "%s",
		    f[col[CC_PRECISION]]);
		snprintf(c->source, sizeof(c->source), "%s",
		    f[col[CC_SOURCE]]);
		c->gpus = (int)g;
		c->line = line;
	} else if (log(b) <= c->logb[c->n - 1])
		return curve_error(err, path, line, "batch sizes of a "
		    "curve must be strictly increasing", NULL);
	if (grow(c) < 0)
		return ipw_error_oom(err);
	c->logb[c->n] = log(b);
	c->ept[c->n] = e;
	c->itl[c->n++] = t;
	return 0;
}

static int
prepare(struct curves *cs, int from, struct ipw_error *err)
{
	for (int i = from; i < cs->n; i++) {
		struct curve *c = &cs->c[i];
		if (c->n < 2)
			return curve_error(err, cs->file, c->line, "a curve "
			    "needs at least two batch sizes", NULL);
		c->ie = gsl_interp_alloc(gsl_interp_linear, (size_t)c->n);
		c->il = gsl_interp_alloc(gsl_interp_linear, (size_t)c->n);
		if (c->ie == NULL || c->il == NULL ||
		    gsl_interp_init(c->ie, c->logb, c->ept, (size_t)c->n) ||
		    gsl_interp_init(c->il, c->logb, c->itl, (size_t)c->n))
			return curve_error(err, cs->file, c->line, "cannot "
			    "interpolate this curve", NULL);
	}
	return 0;
}

/* Reads one curve file, appending its curves. */
static int
curves_add(struct curves *cs, const char *path, struct ipw_error *err)
{
	struct input in;
	struct csv_reader r;
	int col[CC_N], rc, from = cs->n;
	size_t used = strlen(cs->file);

	snprintf(cs->file + used, sizeof(cs->file) - used, "%s%s",
	    used ? ", " : "", path);
	if (input_open(&in, path, 0, err) < 0)
		return -1;
	csv_init(&r, &in);
	rc = csv_read(&r, err);
	if (rc == 0)
		rc = curve_error(err, path, 0, "empty curve file", NULL);
	else if (rc > 0)
		rc = header(&r, col, path, err);
	while (rc >= 0 && (rc = csv_read(&r, err)) > 0) {
		if (r.nfields <= col[CC_SOURCE] || r.nfields <= col[CC_ITL]) {
			rc = curve_error(err, path, r.line, "too few fields",
			    NULL);
			break;
		}
		rc = add_row(cs, &r, col, path, err);
	}
	csv_release(&r);
	input_close(&in);
	return rc < 0 ? -1 : prepare(cs, from, err);
}

int
curves_load(struct curves *cs, const char *path, struct ipw_error *err)
{
	memset(cs, 0, sizeof(*cs));
	if (curves_add(cs, path, err) < 0) {
		curves_release(cs);
		return -1;
	}
	return 0;
}

int
curves_load_default(struct curves *cs, struct ipw_error *err)
{
	static const char *const files[] = { "mlenergy-v3.csv",
		"mlenergy-v2.csv" };
	char dir[PATH_MAX], path[PATH_MAX + 32];

	memset(cs, 0, sizeof(*cs));
	if (catalog_datadir(dir, sizeof(dir), err) < 0)
		return -1;
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/curves/%s", dir, files[i]);
		if (curves_add(cs, path, err) < 0) {
			curves_release(cs);
			return -1;
		}
	}
	return 0;
}

void
curves_release(struct curves *cs)
{
	for (int i = 0; i < cs->n; i++) {
		gsl_interp_free(cs->c[i].ie);
		gsl_interp_free(cs->c[i].il);
		free(cs->c[i].logb);
		free(cs->c[i].ept);
		free(cs->c[i].itl);
	}
	free(cs->c);
	memset(cs, 0, sizeof(*cs));
}

/* A curve's precision by precision.h's canonical name; NULL when the
 * curve's word is none of them ("unreported"). */
static const char *
curve_precision(const struct curve *c)
{
	const struct precision *p = precision_find(c->precision);

	return p != NULL ? p->name : NULL;
}

/* The wanted precision and devices, for ranking curves. */
struct want {
	const char *precision;	/* canonical, or NULL */
	int devices;		/* 0: any */
};

static int
score(const struct curve *c, const struct want *w)
{
	const char *p = curve_precision(c);
	int s = 0;

	if (w->precision != NULL && p != NULL && strcmp(p, w->precision) == 0)
		s += 2;
	if (w->devices > 0 && c->gpus == w->devices)
		s += 1;
	return s;
}

static int
better(const struct curve *a, const struct curve *b, const struct want *w)
{
	int abf = strcmp(a->precision, "bfloat16") == 0;
	int bbf = strcmp(b->precision, "bfloat16") == 0;

	if (score(a, w) != score(b, w))
		return score(a, w) > score(b, w);
	/* a replica size stated and not measured: the nearest one */
	if (w->devices > 0 && a->gpus != b->gpus) {
		double da = fabs(log((double)a->gpus / w->devices));
		double db = fabs(log((double)b->gpus / w->devices));
		if (da != db)
			return da < db;
	}
	if (abf != bbf)
		return abf;
	if (a->n != b->n)
		return a->n > b->n;
	return a->gpus < b->gpus;
}

static const struct curve *
find(const struct curves *cs, const struct catalog *cat, const char *model,
    const char *accel, const struct want *w)
{
	const struct catalog_model *m = catalog_model(cat, model);
	const struct catalog_accel *a = catalog_accel(cat, accel);
	const struct curve *best = NULL;

	for (int i = 0; i < cs->n; i++) {
		const struct curve *c = &cs->c[i];
		int mm = m ? catalog_model(cat, c->model) == m :
		    strcmp(c->model, model) == 0;
		int am = a ? catalog_accel(cat, c->accel) == a :
		    strcmp(c->accel, accel) == 0;
		if (mm && am && (best == NULL || better(c, best, w)))
			best = c;
	}
	return best;
}

static void
upper(char *to, size_t size, const char *s)
{
	size_t i = 0;

	for (; s[i] != '\0' && i + 1 < size; i++)
		to[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
	to[i] = '\0';
}

const struct curve *
curves_find_config(const struct curves *cs, const struct catalog *cat,
    const char *model, const char *accel, const char *precision,
    int devices, int *stand_in, char *why, size_t size)
{
	enum catalog_prec_from from = PREC_NONE;
	struct want w;
	const struct curve *c;
	const struct catalog_accel *a = catalog_accel(cat, accel);
	size_t used = 0;
	const char *p;

	/* none in the records: the model's own, when the id or the catalog
	 * says it */
	if (precision == NULL)
		precision = catalog_default_precision(cat, model, &from);
	w.precision = precision;
	w.devices = devices;
	c = find(cs, cat, model, accel, &w);

	*stand_in = 0;
	if (size > 0)
		why[0] = '\0';
	/* No public dataset measures the H200; the H100 has the same
	 * compute and less bandwidth, so its curve's shape stands in. */
	if (c == NULL && a != NULL && strcmp(a->name, "NVIDIA-H200") == 0 &&
	    (c = find(cs, cat, model, "NVIDIA-H100", &w)) != NULL) {
		*stand_in |= STAND_IN_ACCEL;
		used += (size_t)snprintf(why, size, "H100 curve standing in "
		    "for H200");
	}
	if (c == NULL)
		return NULL;
	p = curve_precision(c);
	if (precision != NULL && (p == NULL || strcmp(p, precision) != 0) &&
	    used < size) {
		char have[32], want[32];
		upper(have, sizeof(have), p != NULL ? p : c->precision);
		upper(want, sizeof(want), precision);
		*stand_in |= STAND_IN_PRECISION;
		used += (size_t)snprintf(why + used, size - used, "%s%s curve "
		    "standing in for %s%s", used ? ", " : "", have, want,
		    from == PREC_MODEL_ID ? " (named in the model id)" : from ==
		    PREC_CATALOG ? " (the catalog's release precision)" : "");
	}
	if (devices > 0 && c->gpus != devices && used < size) {
		*stand_in |= STAND_IN_DEVICES;
		snprintf(why + used, size - used, "%s%d-device curve standing "
		    "in for %d", used ? ", " : "", c->gpus, devices);
	}
	return c;
}

const struct curve *
curves_find(const struct curves *cs, const struct catalog *cat,
    const char *model, const char *accel, int *stand_in)
{
	char why[8];

	return curves_find_config(cs, cat, model, accel, NULL, 0, stand_in,
	    why, sizeof(why));
}

int
curve_at(const struct curve *c, double b, double *ept, double *itl,
    struct ipw_error *err)
{
	double x = log(b);

	if (!(b > 0) || x < c->logb[0] - 1e-9 || x > c->logb[c->n - 1] + 1e-9)
		return ipw_error_set(err, IPW_EX_USAGE, "batch size %g is "
		    "outside the measured range %.3g to %.3g of the %s@%s "
		    "curve (no extrapolation)", b, exp(c->logb[0]),
		    exp(c->logb[c->n - 1]), c->model, c->accel);
	x = fmin(fmax(x, c->logb[0]), c->logb[c->n - 1]);
	*ept = gsl_interp_eval(c->ie, c->logb, c->ept, x, NULL);
	*itl = gsl_interp_eval(c->il, c->logb, c->itl, x, NULL);
	return 0;
}

/* ---- arrivals ------------------------------------------------------------ */

int
arrivals_load(struct arrivals *a, const char *path, struct ipw_error *err)
{
	struct input in;
	struct csv_reader r;
	int ct = -1, cd = -1, rc;
	size_t cap = 0;

	memset(a, 0, sizeof(*a));
	snprintf(a->file, sizeof(a->file), "%s", path);
	if (input_open(&in, path, 0, err) < 0)
		return -1;
	csv_init(&r, &in);
	if ((rc = csv_read(&r, err)) > 0) {
		for (int i = 0; i < r.nfields; i++) {
			if (strcmp(r.field[i], "arrived_at") == 0)
				ct = i;
			if (strcmp(r.field[i], "num_decode_tokens") == 0)
				cd = i;
		}
		if (ct < 0 || cd < 0)
			rc = curve_error(err, path, r.line, "header needs "
			    "arrived_at and num_decode_tokens", NULL);
	} else if (rc == 0)
		rc = curve_error(err, path, 0, "empty arrival file", NULL);
	while (rc >= 0 && (rc = csv_read(&r, err)) > 0) {
		double t, d;
		if (r.nfields <= ct || r.nfields <= cd) {
			rc = curve_error(err, path, r.line, "too few fields",
			    NULL);
			break;
		}
		if ((rc = cell_number(&r, cd, "num_decode_tokens", 0, 0, &d,
		    path, err)) < 0 || (rc = cell_number(&r, ct, "arrived_at",
		    0, 1, &t, path, err)) < 0)
			break;
		if (a->n > 0 && t < a->t[a->n - 1]) {
			rc = curve_error(err, path, r.line, "arrived_at goes "
			    "backwards (arrivals must be in time order)", NULL);
			break;
		}
		if (a->n == cap) {
			double *x, *y;
			cap = cap ? cap * 2 : 1024;
			x = realloc(a->t, cap * sizeof(*x));
			y = x ? realloc(a->decode, cap * sizeof(*y)) : NULL;
			if (x)
				a->t = x;
			if (y == NULL) {
				rc = ipw_error_oom(err);
				break;
			}
			a->decode = y;
		}
		a->t[a->n] = t;
		a->decode[a->n++] = d;
	}
	a->last_line = in.line;
	csv_release(&r);
	input_close(&in);
	/* placed at the last line read: where the file ended too soon */
	if (rc >= 0 && a->n < 2)
		rc = curve_error(err, path, a->last_line, "fewer than two "
		    "arrivals", NULL);
	if (rc < 0) {
		arrivals_release(a);
		return -1;
	}
	return 0;
}

void
arrivals_release(struct arrivals *a)
{
	free(a->t);
	free(a->decode);
	memset(a, 0, sizeof(*a));
}

/* Busy time (the union of the requests' intervals) and the span. */
static void
occupancy(const struct arrivals *a, double scale, double itl, double *busy,
    double *work, double *span)
{
	double start = a->t[0] * scale, end = start, last = start;

	*busy = *work = 0;
	for (size_t i = 0; i < a->n; i++) {
		double t = a->t[i] * scale, s = a->decode[i] * itl;
		*work += s;
		if (t > end) {
			*busy += end - start;
			start = t;
		}
		end = fmax(end, t + s);
		last = fmax(last, t + s);
	}
	*busy += end - start;
	*span = last - a->t[0] * scale;
}

int
arrivals_replica(const struct arrivals *a, const struct curve *c,
    double rate, double *batch, double *util, int *clamped,
    struct ipw_error *err)
{
	double native = (double)(a->n - 1) / (a->t[a->n - 1] - a->t[0]);
	double scale = rate > 0 ? native / rate : 1, b = exp(c->logb[0]);
	double lo = exp(c->logb[0]), hi = exp(c->logb[c->n - 1]);

	if (!(a->t[a->n - 1] > a->t[0]))
		return curve_error(err, a->file, a->last_line, "the arrivals "
		    "span no time (the first and the last are at the same "
		    "instant)",
		    NULL);
	*clamped = 0;
	for (int it = 0; it < 100; it++) {
		double ept, itl, busy, work, span, next;
		if (curve_at(c, b, &ept, &itl, err) < 0)
			return -1;
		occupancy(a, scale, itl, &busy, &work, &span);
		next = work / busy;	/* mean requests in service while busy */
		*util = busy / span;
		*clamped = next < lo || next > hi;
		next = fmin(fmax(next, lo), hi);
		if (fabs(next - b) < 1e-9 * b) {
			b = next;
			break;
		}
		b = next;
	}
	*batch = b;
	return 0;
}

/* ---- presets -------------------------------------------------------------- */

struct preset_key {
	const char *name;
	size_t offset;		/* of a double in struct whatif; SIZE_MAX: text */
};

static const struct preset_key preset_keys[] = {
	{ "cloud_batch", offsetof(struct whatif, cloud_batch) },
	{ "local_batch", offsetof(struct whatif, local_batch) },
	{ "local_measured_batch", offsetof(struct whatif,
	    local_measured_batch) },
	{ "cloud_measured_batch", offsetof(struct whatif,
	    cloud_measured_batch) },
	{ "cloud_utilization", offsetof(struct whatif, cloud_util) },
	{ "cloud_host_overhead", offsetof(struct whatif, cloud_host) },
	{ "cloud_pue", offsetof(struct whatif, cloud_pue) },
	{ "local_pue", offsetof(struct whatif, local_pue) },
	{ "cloud_idle_w", offsetof(struct whatif, cloud_idle_w) },
	{ "local_idle_w", offsetof(struct whatif, local_idle_w) },
	{ "local_queries_per_day", offsetof(struct whatif, local_qpd) },
	{ "local_on_hours", offsetof(struct whatif, local_on_hours) },
	{ "cloud_grid", offsetof(struct whatif, cloud_grid) },
	{ "local_grid", offsetof(struct whatif, local_grid) },
	{ "cloud_kwh_usd", offsetof(struct whatif, cloud_kwh_usd) },
	{ "local_kwh_usd", offsetof(struct whatif, local_kwh_usd) },
	{ "cloud_rent_usd_per_hour", offsetof(struct whatif, cloud_rent_usd_h) },
	{ "local_device_usd", offsetof(struct whatif, local_device_usd) },
	{ "local_lifetime_years", offsetof(struct whatif,
	    local_lifetime_years) },
	{ "local_mode", SIZE_MAX },
	{ "cost", SIZE_MAX },
};

static int
preset_error(struct ipw_error *err, const struct jsondoc *d,
    const char *key, const char *why)
{
	char field[128];

	snprintf(field, sizeof(field), "settings.%s", key);
	return jsondoc_error(d, err, field, why);
}

static int
preset_text(struct whatif *w, const char *key, const char *v)
{
	if (strcmp(key, "local_mode") == 0)
		return whatif_local_mode_parse(v, &w->local_mode);
	if (strcmp(v, "tokens") == 0 || strcmp(v, "tco") == 0) {
		w->cost = strcmp(v, "tco") == 0 ? COST_TCO : COST_TOKENS;
		return 0;
	}
	return -1;
}

static int
preset_setting(struct whatif *w, const cJSON *s, const struct jsondoc *d,
    struct ipw_error *err)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(s, "value");
	size_t k;

	for (k = 0; k < sizeof(preset_keys) / sizeof(preset_keys[0]); k++)
		if (strcmp(preset_keys[k].name, s->string) == 0)
			break;
	if (k == sizeof(preset_keys) / sizeof(preset_keys[0]))
		return preset_error(err, d, s->string, "not a what-if "
		    "setting");
	if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(s, "source")))
		return preset_error(err, d, s->string, "has no source");
	if (preset_keys[k].offset == SIZE_MAX)
		return cJSON_IsString(v) && preset_text(w, s->string,
		    v->valuestring) == 0 ? 0 : preset_error(err, d,
		    s->string, "is not a known value");
	if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) ||
	    v->valuedouble < 0)
		return preset_error(err, d, s->string, "is not a number "
		    ">= 0");
	*(double *)(void *)((char *)w + preset_keys[k].offset) =
	    v->valuedouble;
	return 0;
}

/* A preset is an object with a non-empty "settings" object and an
 * optional "about": one that changes nothing is a mistake. */
static int
preset_shape(const struct jsondoc *d, struct ipw_error *err)
{
	const cJSON *item, *set = cJSON_GetObjectItemCaseSensitive(d->root,
	    "settings");

	if (!cJSON_IsObject(d->root))
		return jsondoc_error(d, err, "", "a preset is a JSON object "
		    "with a \"settings\" object");
	cJSON_ArrayForEach(item, d->root)
		if (strcmp(item->string, "settings") != 0 &&
		    strcmp(item->string, "about") != 0)
			return jsondoc_error(d, err, item->string, "is not a "
			    "preset field (settings or about)");
	if (set == NULL)
		return jsondoc_error(d, err, "", "the preset has no "
		    "\"settings\" object");
	if (!cJSON_IsObject(set) || set->child == NULL)
		return jsondoc_error(d, err, "settings", "is not an object of "
		    "at least one setting");
	return 0;
}

int
whatif_preset(struct whatif *w, const char *name, struct ipw_error *err)
{
	whatif_init(w);
	return whatif_preset_apply(w, name, err);
}

int
whatif_preset_apply(struct whatif *w, const char *name, struct ipw_error *err)
{
	char dir[PATH_MAX], path[PATH_MAX + 300];
	size_t n = strlen(name);
	struct jsondoc d;
	cJSON *s;
	int rc = 0;

	if (strchr(name, '/') || (n > 5 && strcmp(name + n - 5, ".json") == 0))
		snprintf(path, sizeof(path), "%s", name);
	else if (catalog_datadir(dir, sizeof(dir), err) < 0)
		return -1;
	else
		snprintf(path, sizeof(path), "%s/presets/%s.json", dir, name);
	if (jsondoc_read(&d, path, err) < 0)
		return -1;
	if ((rc = preset_shape(&d, err)) == 0)
		cJSON_ArrayForEach(s, cJSON_GetObjectItemCaseSensitive(d.root,
		    "settings"))
			if ((rc = preset_setting(w, s, &d, err)) < 0)
				break;
	jsondoc_release(&d);
	return rc;
}

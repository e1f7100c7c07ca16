#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_integration.h>
#include <gsl/gsl_multifit_nlinear.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "catalog.h"
#include "record.h"
#include "synth.h"

#define NODES 48

static const char *const kind_names[] = {
	"accuracy", "accuracy_mean", "reference", "solvable", "best_of_local",
};

const char *
synth_kind_name(enum synth_kind k)
{
	return kind_names[k];
}

void
synth_query_id(char *buf, size_t size, uint64_t q)
{
	snprintf(buf, size, "s%08llu", (unsigned long long)q + 1);
}

/* ---- reading the calibration ---------------------------------------------- */

struct reader {
	struct synth_calib *c;
	struct ipw_error *err;
	char path[128];
};

static int
fail(struct reader *r, const char *why)
{
	return jsondoc_error(&r->c->doc, r->err, r->path, why);
}

/* r->path = printf(fmt, ...) */
static void
at(struct reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
at(struct reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->path, sizeof(r->path), fmt, ap);
	va_end(ap);
}

static const cJSON *
item(const cJSON *o, const char *key)
{
	return cJSON_GetObjectItemCaseSensitive(o, key);
}

/* Member key of o at path base: {"value": number, "source": text} with the
 * value in [lo, hi]. */
static int
sourced(struct reader *r, const cJSON *o, const char *base, const char *key,
    double lo, double hi, double *out)
{
	const cJSON *s = item(o, key), *v;
	char why[96];

	if (*base == '\0')
		at(r, "%s", key);
	else
		at(r, "%s.%s", base, key);
	if (s == NULL)
		return fail(r, "is missing");
	if (!cJSON_IsObject(s))
		return fail(r, "is not an object {\"value\", \"source\"}");
	if (!cJSON_IsString(item(s, "source")))
		return fail(r, "has no \"source\" text");
	v = item(s, "value");
	if (*base == '\0')
		at(r, "%s.value", key);
	else
		at(r, "%s.%s.value", base, key);
	snprintf(why, sizeof(why), "is not a number from %g to %g", lo, hi);
	if (!cJSON_IsNumber(v) || !(v->valuedouble >= lo &&
	    v->valuedouble <= hi))
		return fail(r, why);
	*out = v->valuedouble;
	return 0;
}

static int
text(struct reader *r, const cJSON *o, const char *base, const char *key,
    int required, const char **out)
{
	const cJSON *s = item(o, key);

	*out = NULL;
	at(r, "%s.%s", base, key);
	if (s == NULL && !required)
		return 0;
	if (!cJSON_IsString(s) || s->valuestring[0] == '\0')
		return fail(r, s == NULL ? "is missing" : "is not a text");
	*out = s->valuestring;
	return 0;
}

static int
flag(struct reader *r, const cJSON *o, const char *base, const char *key,
    int dflt, int *out)
{
	const cJSON *s = item(o, key);

	*out = dflt;
	if (s == NULL)
		return 0;
	at(r, "%s.%s", base, key);
	if (!cJSON_IsBool(s))
		return fail(r, "is not true or false");
	*out = cJSON_IsTrue(s);
	return 0;
}

/* The array at key, with at least one and at most max entries. */
static int
list(struct reader *r, const cJSON *o, const char *key, int max,
    const cJSON **out)
{
	*out = item(o, key);
	at(r, "%s", key);
	if (!cJSON_IsArray(*out))
		return fail(r, *out == NULL ? "is missing" : "is not a list");
	if (cJSON_GetArraySize(*out) == 0)
		return fail(r, "is empty");
	if (cJSON_GetArraySize(*out) > max) {
		char why[64];
		snprintf(why, sizeof(why), "has more than %d entries", max);
		return fail(r, why);
	}
	return 0;
}

/* Index of the entry whose name (the const char * at base + i x stride)
 * is name, or -1. */
static int
find_name(const void *base, int n, size_t stride, const char *name)
{
	for (int i = 0; name != NULL && i < n; i++) {
		const char *const *at = (const void *)((const char *)base +
		    (size_t)i * stride);
		if (strcmp(*at, name) == 0)
			return i;
	}
	return -1;
}

static int
dataset_index(const struct synth_calib *c, const char *name)
{
	return find_name(&c->ds[0].name, c->nds, sizeof(c->ds[0]), name);
}

static int
model_index(const struct synth_calib *c, const char *name)
{
	return find_name(&c->m[0].name, c->nm, sizeof(c->m[0]), name);
}

static int
domain_index(const struct synth_dataset *d, const char *name)
{
	return find_name(&d->dom[0], d->ndom, sizeof(d->dom[0]), name);
}

static int
read_datasets(struct reader *r, const cJSON *root)
{
	struct synth_calib *c = r->c;
	const cJSON *l, *e, *doms, *de;
	const char *out;
	char base[48], dbase[80];

	if (list(r, root, "datasets", SYNTH_MAX_DS, &l) < 0)
		return -1;
	cJSON_ArrayForEach(e, l) {
		struct synth_dataset *d = &c->ds[c->nds];
		double total = 0;
		snprintf(base, sizeof(base), "datasets[%d]", c->nds);
		if (text(r, e, base, "name", 1, &d->name) < 0)
			return -1;
		if (dataset_index(c, d->name) >= 0)
			return fail(r, "names a dataset twice");
		c->nds++;
		if (sourced(r, e, base, "size", 1, 1e12, &d->size) < 0 ||
		    text(r, e, base, "output", 1, &out) < 0)
			return -1;
		if (strcmp(out, "chat") && strcmp(out, "reasoning"))
			return fail(r, "is not \"chat\" or \"reasoning\"");
		d->reasoning = strcmp(out, "reasoning") == 0;
		if ((doms = item(e, "domains")) == NULL)
			continue;
		snprintf(dbase, sizeof(dbase), "%s.domains", base);
		at(r, "%s", dbase);
		if (!cJSON_IsArray(doms) || cJSON_GetArraySize(doms) == 0 ||
		    cJSON_GetArraySize(doms) > SYNTH_MAX_DOM)
			return fail(r, "is not a list of 1 to 24 domains");
		cJSON_ArrayForEach(de, doms) {
			snprintf(dbase, sizeof(dbase), "%s.domains[%d]", base,
			    d->ndom);
			if (text(r, de, dbase, "name", 1, &d->dom[d->ndom]) < 0)
				return -1;
			if (domain_index(d, d->dom[d->ndom]) >= 0)
				return fail(r, "names a domain twice");
			if (sourced(r, de, dbase, "share", 0, 1,
			    &d->share[d->ndom]) < 0)
				return -1;
			total += d->share[d->ndom++];
		}
		if (!(total > 0)) {
			at(r, "%s.domains", base);
			return fail(r, "shares sum to 0");
		}
		for (int k = 0; k < d->ndom; k++)
			d->share[k] /= total;
	}
	return 0;
}

static int
read_models(struct reader *r, const cJSON *root)
{
	struct synth_calib *c = r->c;
	const cJSON *l, *e;
	const char *prof[SYNTH_MAX_MODELS];
	char base[48];

	if (list(r, root, "models", SYNTH_MAX_MODELS, &l) < 0)
		return -1;
	cJSON_ArrayForEach(e, l) {
		struct synth_model *m = &c->m[c->nm];
		snprintf(base, sizeof(base), "models[%d]", c->nm);
		if (text(r, e, base, "name", 1, &m->name) < 0)
			return -1;
		if (model_index(c, m->name) >= 0)
			return fail(r, "names a model twice");
		if (flag(r, e, base, "local_set", 0, &m->local_set) < 0 ||
		    sourced(r, e, base, "chat_output_mean", 1, 1e6,
		    &m->out_mean[0]) < 0 ||
		    sourced(r, e, base, "reasoning_output_mean", 1, 1e6,
		    &m->out_mean[1]) < 0 ||
		    text(r, e, base, "accuracy_profile_of", 0,
		    &prof[c->nm]) < 0)
			return -1;
		c->nm++;
	}
	for (int i = 0; i < c->nm; i++) {
		c->m[i].profile_of = model_index(c, prof[i]);
		at(r, "models[%d].accuracy_profile_of", i);
		if (prof[i] != NULL && (c->m[i].profile_of < 0 ||
		    c->m[i].profile_of == i))
			return fail(r, "is not another model of the file");
	}
	return 0;
}

static int
read_target(struct reader *r, const cJSON *e, struct synth_target *t,
    int i)
{
	struct synth_calib *c = r->c;
	const char *kind, *model, *dataset, *domain;
	char base[48];
	int k;

	snprintf(base, sizeof(base), "targets[%d]", i);
	if (text(r, e, base, "kind", 1, &kind) < 0)
		return -1;
	for (k = 0; k < 5 && strcmp(kind, kind_names[k]); k++)
		;
	if (k == 5)
		return fail(r, "is not accuracy, accuracy_mean, reference, "
		    "solvable or best_of_local");
	t->kind = (enum synth_kind)k;
	if (text(r, e, base, "model", 0, &model) < 0 ||
	    text(r, e, base, "dataset", 0, &dataset) < 0 ||
	    text(r, e, base, "domain", 0, &domain) < 0 ||
	    text(r, e, base, "source", 1, &t->source) < 0 ||
	    flag(r, e, base, "fit", 1, &t->fit) < 0)
		return -1;
	t->model = model_index(c, model);
	t->dataset = dataset_index(c, dataset);
	t->domain = t->dataset < 0 ? -1 :
	    domain_index(&c->ds[t->dataset], domain);
	at(r, "%s.model", base);
	if ((model != NULL) != (k <= SYNTH_REFERENCE))
		return fail(r, k <= SYNTH_REFERENCE ? "is missing" :
		    "is not used by this kind");
	if (model != NULL && t->model < 0)
		return fail(r, "is not a model of the file");
	at(r, "%s.dataset", base);
	if ((dataset != NULL) != (k != SYNTH_ACCURACY_MEAN &&
	    k != SYNTH_BEST_OF_LOCAL))
		return fail(r, dataset == NULL ? "is missing" :
		    "is not used by this kind");
	if (dataset != NULL && t->dataset < 0)
		return fail(r, "is not a dataset of the file");
	at(r, "%s.domain", base);
	if (domain != NULL && (k != SYNTH_SOLVABLE || t->domain < 0))
		return fail(r, k != SYNTH_SOLVABLE ? "is not used by this "
		    "kind" : "is not a domain of the dataset");
	at(r, "%s.value", base);
	if (!cJSON_IsNumber(item(e, "value")))
		return fail(r, item(e, "value") == NULL ? "is missing" :
		    "is not a number");
	t->value = item(e, "value")->valuedouble;
	if (!(t->value >= 0 && t->value <= 1))
		return fail(r, "is outside [0, 1]");
	if (k == SYNTH_REFERENCE && t->value != 1)
		return fail(r, "must be 1: a reference is always correct");
	return 0;
}

static int
read_configs(struct reader *r, const cJSON *root)
{
	struct synth_calib *c = r->c;
	const cJSON *l, *e;
	const char *model;
	char base[48];

	if (list(r, root, "configurations", SYNTH_MAX_CONFIGS, &l) < 0)
		return -1;
	cJSON_ArrayForEach(e, l) {
		struct synth_config *s = &c->c[c->nc];
		snprintf(base, sizeof(base), "configurations[%d]", c->nc);
		if (text(r, e, base, "model", 1, &model) < 0)
			return -1;
		if ((s->model = model_index(c, model)) < 0)
			return fail(r, "is not a model of the file");
		if (text(r, e, base, "accelerator", 1, &s->accel) < 0)
			return -1;
		for (int j = 0; j < c->nc; j++)
			if (c->c[j].model == s->model &&
			    strcmp(c->c[j].accel, s->accel) == 0)
				return fail(r, "repeats a model and "
				    "accelerator");
		if (flag(r, e, base, "default", 1, &s->by_default) < 0 ||
		    sourced(r, e, base, "energy_per_output_token_j", 1e-9,
		    1e6, &s->e_tok) < 0 ||
		    sourced(r, e, base, "seconds_per_output_token", 1e-9,
		    1e3, &s->t_tok) < 0)
			return -1;
		s->batch = NAN;
		if (item(e, "batch_size") != NULL) {
			const cJSON *b = item(e, "batch_size");
			at(r, "%s.batch_size", base);
			if (!cJSON_IsNumber(b) || !(b->valuedouble >= 1))
				return fail(r, "is not a number >= 1");
			s->batch = b->valuedouble;
		}
		s->devices = NAN;
		if (item(e, "accelerators") != NULL) {
			const cJSON *b = item(e, "accelerators");
			at(r, "%s.accelerators", base);
			if (!cJSON_IsNumber(b) || !(b->valuedouble >= 1 &&
			    b->valuedouble <= RECORD_MAX_DEVICES) ||
			    b->valuedouble != floor(b->valuedouble))
				return fail(r, "is not a whole number from 1 to "
				    "4096");
			s->devices = b->valuedouble;
		}
		c->nc++;
	}
	return 0;
}

/* Every (model, dataset) needs something that fixes its accuracy. */
static int
check_determined(struct reader *r)
{
	struct synth_calib *c = r->c;

	for (int m = 0; m < c->nm; m++) {
		int mean = 0;
		for (int i = 0; i < c->nt; i++)
			mean |= c->tg[i].kind == SYNTH_ACCURACY_MEAN &&
			    c->tg[i].model == m && c->tg[i].fit;
		for (int d = 0; d < c->nds; d++) {
			int have = 0;
			for (int i = 0; i < c->nt; i++)
				have |= (c->tg[i].kind == SYNTH_ACCURACY ||
				    c->tg[i].kind == SYNTH_REFERENCE) &&
				    c->tg[i].model == m &&
				    c->tg[i].dataset == d && c->tg[i].fit;
			if (have || (c->m[m].profile_of >= 0 && mean))
				continue;
			char why[160];
			snprintf(why, sizeof(why), "no fitted accuracy or "
			    "reference target on %s, and no accuracy_profile_of "
			    "with a fitted accuracy_mean", c->ds[d].name);
			at(r, "models[%d]", m);
			return fail(r, why);
		}
	}
	return 0;
}

/* The keys of a calibration file (data/calibration/README.md). */
static const char *const calib_keys[] = { "about", "datasets", "models",
	"configurations", "targets", "tokens_in", "tokens_out", "noise",
	"tolerance", NULL };

int
synth_load(struct synth_calib *c, const char *path, struct ipw_error *err)
{
	char dir[PATH_MAX];
	struct reader r = { c, err, "" };
	const cJSON *root, *l, *e, *o;
	int rc;

	memset(c, 0, sizeof(*c));
	if (path == NULL) {
		if (catalog_datadir(dir, sizeof(dir), err) < 0)
			return -1;
		snprintf(c->path, sizeof(c->path),
		    "%s/calibration/ipw-2511.07885.json", dir);
	} else
		snprintf(c->path, sizeof(c->path), "%s", path);
	if (jsondoc_read(&c->doc, c->path, err) < 0)
		return -1;
	root = c->doc.root;
	rc = jsondoc_unknown_keys(&c->doc, root, "", calib_keys, err) < 0 ||
	    read_datasets(&r, root) < 0 || read_models(&r, root) < 0 ? -1 : 0;
	if (rc == 0 && (o = item(root, "tokens_in"), 1))
		rc = sourced(&r, o, "tokens_in", "log_mean", -50, 50,
		    &c->in_mu) < 0 || sourced(&r, o, "tokens_in", "log_sd", 0,
		    10, &c->in_sd) < 0 ? -1 : 0;
	if (rc == 0 && (o = item(root, "tokens_out"), 1))
		rc = sourced(&r, o, "tokens_out", "log_sd", 0, 10,
		    &c->out_sd) < 0 || sourced(&r, o, "tokens_out", "max", 1,
		    1e9, &c->out_max) < 0 ? -1 : 0;
	if (rc == 0 && (o = item(root, "noise"), 1))
		rc = sourced(&r, o, "noise", "energy_cv", 0, 1,
		    &c->energy_cv) < 0 || sourced(&r, o, "noise", "latency_cv",
		    0, 1, &c->latency_cv) < 0 ? -1 : 0;
	if (rc == 0)
		rc = sourced(&r, root, "", "tolerance", 1e-6, 1,
		    &c->tolerance);
	if (rc == 0 && (rc = list(&r, root, "targets", SYNTH_MAX_TARGETS,
	    &l)) == 0)
		cJSON_ArrayForEach(e, l) {
			if ((rc = read_target(&r, e, &c->tg[c->nt], c->nt)) < 0)
				break;
			c->nt++;
		}
	if (rc == 0)
		rc = read_configs(&r, root);
	if (rc == 0)
		rc = check_determined(&r);
	if (rc < 0)
		synth_release(c);
	return rc;
}

void
synth_release(struct synth_calib *c)
{
	jsondoc_release(&c->doc);
}

/* ---- the latent model ------------------------------------------------------ */

int
synth_normal_nodes(int n, double *x, double *w)
{
	gsl_integration_fixed_workspace *ws;
	const double *t, *v;

	if (n < 1 || n > 64)
		return -1;
	ws = gsl_integration_fixed_alloc(gsl_integration_fixed_hermite,
	    (size_t)n, 0, 1, 0, 0);	/* weight exp(-t^2) */
	if (ws == NULL)
		return -1;
	t = gsl_integration_fixed_nodes(ws);
	v = gsl_integration_fixed_weights(ws);
	for (int i = 0; i < n; i++) {	/* Z = sqrt(2) t */
		x[i] = M_SQRT2 * t[i];
		w[i] = v[i] / sqrt(M_PI);
	}
	gsl_integration_fixed_free(ws);
	return 0;
}

static double
logistic(double z)
{
	return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z));
}

/* Where each fitted quantity sits in the parameter vector (-1: fixed). */
struct layout {
	const struct synth_calib *c;
	int ability[SYNTH_MAX_MODELS][SYNTH_MAX_DS];
	int delta[SYNTH_MAX_MODELS];	/* profile shift */
	int mu[SYNTH_MAX_DS][SYNTH_MAX_DOM];
	int sigma[SYNTH_MAX_DS];
	int n;
	double x[64], w[64];		/* quadrature */
	double x0[SYNTH_MAX_MODELS * SYNTH_MAX_DS + 256];
};

static int
has_target(const struct synth_calib *c, enum synth_kind k, int m, int d,
    int dom, double *value)
{
	for (int i = 0; i < c->nt; i++) {
		const struct synth_target *t = &c->tg[i];
		if (t->fit && t->kind == k && (m < 0 || t->model == m) &&
		    (d < 0 || t->dataset == d) && (dom < -1 ||
		    t->domain == dom)) {
			if (value != NULL)
				*value = t->value;
			return 1;
		}
	}
	return 0;
}

static double
logit(double p)
{
	p = fmin(fmax(p, 0.01), 0.99);
	return log(p / (1 - p));
}

static void
plan(const struct synth_calib *c, struct layout *L)
{
	int shared = -1, n = 0;
	double v;

	memset(L, 0, sizeof(*L));
	L->c = c;
	for (int d = 0; d < c->nds; d++) {
		int ndom = c->ds[d].ndom ? c->ds[d].ndom : 1, free = 0;
		for (int k = 0; k < ndom; k++) {
			L->mu[d][k] = -1;
			if (c->ds[d].ndom && has_target(c, SYNTH_SOLVABLE, -1, d,
			    k, NULL)) {
				L->mu[d][k] = n;
				L->x0[n++] = 0;
				free++;
			}
		}
		if (free == ndom)	/* one domain anchors the location */
			L->mu[d][ndom - 1] = -1, n--;
		if (has_target(c, SYNTH_SOLVABLE, -1, d, -2, NULL)) {
			L->sigma[d] = n;
			L->x0[n++] = 0;
		} else if (has_target(c, SYNTH_BEST_OF_LOCAL, -1, -1, -2,
		    NULL)) {
			if (shared < 0) {
				shared = n;
				L->x0[n++] = 0;
			}
			L->sigma[d] = shared;
		} else
			L->sigma[d] = -1;
	}
	for (int m = 0; m < c->nm; m++) {
		L->delta[m] = -1;
		for (int d = 0; d < c->nds; d++) {
			L->ability[m][d] = -1;
			if (has_target(c, SYNTH_ACCURACY, m, d, -2, &v)) {
				L->ability[m][d] = n;
				L->x0[n++] = 1.2 * logit(v);
			}
		}
		if (c->m[m].profile_of >= 0 && has_target(c,
		    SYNTH_ACCURACY_MEAN, m, -1, -2, NULL)) {
			L->delta[m] = n;
			L->x0[n++] = 0.5;
		}
	}
	L->n = n;
	synth_normal_nodes(NODES, L->x, L->w);
}

/* The latent model at parameters x. */
static void
unpack(const struct layout *L, const double *x, struct synth_fit *f)
{
	const struct synth_calib *c = L->c;

	for (int d = 0; d < c->nds; d++) {
		f->sigma[d] = L->sigma[d] < 0 ? 1 : exp(x[L->sigma[d]]);
		for (int k = 0; k < SYNTH_MAX_DOM; k++)
			f->mu[d][k] = k < (c->ds[d].ndom ? c->ds[d].ndom : 1) &&
			    L->mu[d][k] >= 0 ? x[L->mu[d][k]] : 0;
	}
	for (int m = 0; m < c->nm; m++)
		for (int d = 0; d < c->nds; d++) {
			f->always[m][d] = has_target(c, SYNTH_REFERENCE, m, d,
			    -2, NULL);
			f->ability[m][d] = L->ability[m][d] >= 0 ?
			    x[L->ability[m][d]] : 0;
		}
	for (int m = 0; m < c->nm; m++) {	/* profiles after their base */
		int p = c->m[m].profile_of;
		if (L->delta[m] < 0 || p < 0)
			continue;
		for (int d = 0; d < c->nds; d++)
			if (L->ability[m][d] < 0 && !f->always[m][d]) {
				f->ability[m][d] = f->ability[p][d] -
				    x[L->delta[m]];
				f->always[m][d] = f->always[p][d];
			}
	}
}

/* Expected accuracy per (model, dataset) and solvability per (dataset,
 * domain) and dataset under f. */
struct expectation {
	double acc[SYNTH_MAX_MODELS][SYNTH_MAX_DS];
	double solv_dom[SYNTH_MAX_DS][SYNTH_MAX_DOM], solv[SYNTH_MAX_DS];
};

static void
expect_all(const struct synth_calib *c, const struct synth_fit *f,
    const double *nx, const double *nw, int nn, struct expectation *e)
{
	memset(e, 0, sizeof(*e));
	for (int d = 0; d < c->nds; d++) {
		const struct synth_dataset *ds = &c->ds[d];
		int ndom = ds->ndom ? ds->ndom : 1;
		for (int k = 0; k < ndom; k++) {
			double share = ds->ndom ? ds->share[k] : 1, sv = 0;
			for (int j = 0; j < nn; j++) {
				double b = f->mu[d][k] + f->sigma[d] * nx[j];
				double miss = 1;
				for (int m = 0; m < c->nm; m++) {
					double p = f->always[m][d] ? 1 :
					    logistic(f->ability[m][d] - b);
					e->acc[m][d] += share * nw[j] * p;
					if (c->m[m].local_set)
						miss *= 1 - p;
				}
				sv += nw[j] * (1 - miss);
			}
			e->solv_dom[d][k] = sv;
			e->solv[d] += share * sv;
		}
	}
}

static double
target_value(const struct synth_calib *c, const struct synth_target *t,
    const double acc[][SYNTH_MAX_DS], const double *solv,
    const double solv_dom[][SYNTH_MAX_DOM])
{
	double v = 0, total = 0;

	switch (t->kind) {
	case SYNTH_ACCURACY:
	case SYNTH_REFERENCE:
		return acc[t->model][t->dataset];
	case SYNTH_ACCURACY_MEAN:
		for (int d = 0; d < c->nds; d++)
			v += acc[t->model][d] / c->nds;
		return v;
	case SYNTH_SOLVABLE:
		return t->domain >= 0 ? solv_dom[t->dataset][t->domain] :
		    solv[t->dataset];
	case SYNTH_BEST_OF_LOCAL:
		for (int d = 0; d < c->nds; d++) {
			v += c->ds[d].size * solv[d];
			total += c->ds[d].size;
		}
		return v / total;
	}
	return NAN;
}

struct fit_work {
	const struct layout *L;
	struct synth_fit f;
	struct expectation e;
};

static int
residuals(const gsl_vector *x, void *params, gsl_vector *out)
{
	struct fit_work *w = params;
	const struct synth_calib *c = w->L->c;
	size_t j = 0;

	unpack(w->L, x->data, &w->f);
	expect_all(c, &w->f, w->L->x, w->L->w, NODES, &w->e);
	for (int i = 0; i < c->nt; i++) {
		const struct synth_target *t = &c->tg[i];
		if (!t->fit || t->kind == SYNTH_REFERENCE)
			continue;
		gsl_vector_set(out, j++, (target_value(c, t,
		    (const double (*)[SYNTH_MAX_DS])w->e.acc, w->e.solv,
		    (const double (*)[SYNTH_MAX_DOM])w->e.solv_dom) -
		    t->value) / c->tolerance);
	}
	return GSL_SUCCESS;
}

int
synth_fit(const struct synth_calib *c, struct synth_fit *f,
    struct ipw_error *err)
{
	struct layout *L = malloc(sizeof(*L));
	struct fit_work *w = malloc(sizeof(*w));
	gsl_multifit_nlinear_parameters par =
	    gsl_multifit_nlinear_default_parameters();
	gsl_multifit_nlinear_workspace *ws = NULL;
	gsl_multifit_nlinear_fdf fdf;
	gsl_error_handler_t *old;
	size_t nres = 0;
	int status = GSL_SUCCESS, info = 0;

	memset(f, 0, sizeof(*f));
	if (L == NULL || w == NULL) {
		free(L);
		free(w);
		return ipw_error_oom(err);
	}
	plan(c, L);
	w->L = L;
	for (int i = 0; i < c->nt; i++)
		nres += c->tg[i].fit && c->tg[i].kind != SYNTH_REFERENCE;
	old = gsl_set_error_handler_off();
	if (L->n > 0 && nres >= (size_t)L->n) {
		gsl_vector_view x0 = gsl_vector_view_array(L->x0, L->n);
		memset(&fdf, 0, sizeof(fdf));
		fdf.f = residuals;	/* Jacobian by finite differences */
		fdf.n = nres;
		fdf.p = (size_t)L->n;
		fdf.params = w;
		ws = gsl_multifit_nlinear_alloc(gsl_multifit_nlinear_trust,
		    &par, fdf.n, fdf.p);
		status = ws == NULL ? GSL_ENOMEM :
		    gsl_multifit_nlinear_init(&x0.vector, &fdf, ws);
		if (status == GSL_SUCCESS)
			status = gsl_multifit_nlinear_driver(200, 1e-10, 1e-10,
			    1e-10, NULL, NULL, &info, ws);
		if (status == GSL_SUCCESS || status == GSL_EMAXITER) {
			unpack(L, gsl_multifit_nlinear_position(ws)->data, f);
			f->iterations = (int)gsl_multifit_nlinear_niter(ws);
			status = GSL_SUCCESS;
		}
		gsl_multifit_nlinear_free(ws);
	} else if (L->n > 0)
		status = GSL_EINVAL;
	else
		unpack(L, L->x0, f);
	gsl_set_error_handler(old);
	f->params = L->n;
	if (status == GSL_SUCCESS) {
		expect_all(c, f, L->x, L->w, NODES, &w->e);
		for (int i = 0; i < c->nt; i++)
			f->expected[i] = target_value(c, &c->tg[i],
			    (const double (*)[SYNTH_MAX_DS])w->e.acc, w->e.solv,
			    (const double (*)[SYNTH_MAX_DOM])w->e.solv_dom);
	}
	free(L);
	free(w);
	if (status == GSL_EINVAL)
		return ipw_error_set(err, IPW_EX_DATAERR, "%zu fitted targets "
		    "cannot determine %d parameters: add targets or let "
		    "more be fitted", nres, f->params);
	if (status != GSL_SUCCESS)
		return ipw_error_set(err, IPW_EX_SOFTWARE, "the calibration "
		    "fit failed: %s", gsl_strerror(status));
	return 0;
}

/* ---- generation ------------------------------------------------------------ */

void
synth_gen_init(struct synth_gen *g, const struct synth_calib *c)
{
	double total = 0;

	memset(g, 0, sizeof(*g));
	g->queries = 100000;
	g->seed = 1;
	for (int d = 0; d < c->nds; d++)
		total += c->ds[d].size;
	for (int d = 0; d < c->nds; d++)
		g->mix[d] = c->ds[d].size / total;
	for (int i = 0; i < c->nc; i++)
		g->use[i] = (unsigned char)c->c[i].by_default;
}

static int
pick(const double *p, int n, double u)
{
	for (int i = 0; i < n - 1; i++) {
		if (u < p[i])
			return i;
		u -= p[i];
	}
	return n - 1;
}

/* exp(N(ln mean - sd^2 / 2, sd)): mean `mean`, log-sd sd. */
static double
lognormal(double mean, double sd, double z)
{
	return mean * exp(sd * z - sd * sd / 2);
}

int
synth_generate(const struct synth_calib *c, const struct synth_fit *f,
    const struct synth_gen *g, int (*emit)(void *ctx,
    const struct synth_row *r), void *ctx, struct synth_tally *tally)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	int correct[SYNTH_MAX_MODELS];
	double tout[SYNTH_MAX_MODELS], prob[SYNTH_MAX_MODELS];
	int rc = 0;

	if (rng == NULL)
		return -2;
	gsl_rng_set(rng, g->seed);
	if (tally != NULL)
		memset(tally, 0, sizeof(*tally));
	for (uint64_t q = 0; q < g->queries && rc == 0; q++) {
		struct synth_row r;
		int d = pick(g->mix, c->nds, gsl_rng_uniform(rng));
		const struct synth_dataset *ds = &c->ds[d];
		double u = gsl_rng_uniform(rng);
		int k = ds->ndom ? pick(ds->share, ds->ndom, u) : 0;
		double b = f->mu[d][k] + f->sigma[d] *
		    gsl_ran_gaussian_ziggurat(rng, 1);
		double tin = exp(c->in_mu + c->in_sd *
		    gsl_ran_gaussian_ziggurat(rng, 1));
		int solved = 0, solved_written = 0;

		for (int m = 0; m < c->nm; m++) {
			double p = f->always[m][d] ? 1 :
			    logistic(f->ability[m][d] - b);
			double t = lognormal(c->m[m].out_mean[ds->reasoning],
			    c->out_sd, gsl_ran_gaussian_ziggurat(rng, 1));
			correct[m] = gsl_rng_uniform(rng) < p;
			prob[m] = p;
			tout[m] = fmin(fmax(round(t), 1), c->out_max);
			solved |= correct[m] && c->m[m].local_set;
		}
		r.query = q;
		r.dataset = d;
		r.domain = ds->ndom ? k : -1;
		r.tokens_in = fmax(round(tin), 1);
		for (int i = 0; i < c->nc; i++) {
			const struct synth_config *s = &c->c[i];
			double ze = gsl_ran_gaussian_ziggurat(rng, 1);
			double zl = gsl_ran_gaussian_ziggurat(rng, 1);
			if (!g->use[i] || rc != 0)
				continue;
			solved_written |= correct[s->model] &&
			    c->m[s->model].local_set;
			r.config = i;
			r.correct = correct[s->model];
			r.p_correct = prob[s->model];
			r.tokens_out = tout[s->model];
			r.energy_j = lognormal(s->e_tok * r.tokens_out,
			    c->energy_cv, ze);
			r.latency_s = lognormal(s->t_tok * r.tokens_out,
			    c->latency_cv, zl);
			if (emit(ctx, &r) < 0)
				rc = -1;
		}
		if (tally != NULL) {
			tally->n_ds[d]++;
			tally->n_dom[d][k]++;
			tally->solv_ds[d] += solved;
			tally->solv_written_ds[d] += solved_written;
			tally->solv_dom[d][k] += solved;
			for (int m = 0; m < c->nm; m++)
				tally->correct[m][d] += correct[m];
		}
	}
	gsl_rng_free(rng);
	return rc;
}

double
synth_realised_written(const struct synth_calib *c,
    const struct synth_tally *t, int i, double *n)
{
	struct synth_tally w = *t;

	*n = 0;
	if (c->tg[i].kind != SYNTH_BEST_OF_LOCAL)
		return NAN;
	memcpy(w.solv_ds, t->solv_written_ds, sizeof(w.solv_ds));
	return synth_realised(c, &w, i, n);
}

double
synth_realised(const struct synth_calib *c, const struct synth_tally *t,
    int i, double *n)
{
	const struct synth_target *tg = &c->tg[i];
	double acc[SYNTH_MAX_MODELS][SYNTH_MAX_DS];
	double solv[SYNTH_MAX_DS], solv_dom[SYNTH_MAX_DS][SYNTH_MAX_DOM];
	double total = 0;

	for (int d = 0; d < c->nds; d++) {
		total += t->n_ds[d];
		if (t->n_ds[d] == 0 && (tg->kind == SYNTH_BEST_OF_LOCAL ||
		    tg->kind == SYNTH_ACCURACY_MEAN || tg->dataset == d)) {
			*n = 0;
			return NAN;
		}
		solv[d] = t->n_ds[d] > 0 ? t->solv_ds[d] / t->n_ds[d] : NAN;
		for (int k = 0; k < SYNTH_MAX_DOM; k++)
			solv_dom[d][k] = t->n_dom[d][k] > 0 ?
			    t->solv_dom[d][k] / t->n_dom[d][k] : NAN;
		for (int m = 0; m < c->nm; m++)
			acc[m][d] = t->n_ds[d] > 0 ? t->correct[m][d] /
			    t->n_ds[d] : NAN;
	}
	*n = tg->dataset < 0 ? total : tg->domain >= 0 ?
	    t->n_dom[tg->dataset][tg->domain] : t->n_ds[tg->dataset];
	return target_value(c, tg, (const double (*)[SYNTH_MAX_DS])acc, solv,
	    (const double (*)[SYNTH_MAX_DOM])solv_dom);
}

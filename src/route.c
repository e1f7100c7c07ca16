#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lmship.h"
#include "precision.h"
#include "roofline.h"
#include "route.h"

static const char *const oracle_names[] = { "smallest", "cheapest-energy",
	"cheapest-cost", "cheapest-compute" };

const char *
route_oracle_name(enum oracle_rule r)
{
	return oracle_names[r];
}

int
route_oracle_parse(const char *s, enum oracle_rule *r)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(s, oracle_names[i]) == 0) {
			*r = (enum oracle_rule)i;
			return 0;
		}
	return -1;
}

/* Same catalog entry, or the same name where the catalog has none. */
static int
same_model(const struct catalog *cat, const struct catalog_model *cm,
    const char *want, const char *have)
{
	return cm != NULL ? catalog_model(cat, have) == cm :
	    strcmp(want, have) == 0;
}

static int
same_accel(const struct catalog *cat, const struct catalog_accel *ca,
    const char *want, const char *have)
{
	return ca != NULL ? catalog_accel(cat, have) == ca :
	    strcmp(want, have) == 0;
}

int
pool_name_matches(const struct catalog *cat, const char *name,
    const char *model, const char *accel)
{
	const char *at = strrchr(name, '@');
	char m[RECORD_MAX_TEXT + 1];

	if (at == NULL || at - name > RECORD_MAX_TEXT)
		return 0;
	snprintf(m, sizeof(m), "%.*s", (int)(at - name), name);
	return same_model(cat, catalog_model(cat, m), m, model) &&
	    same_accel(cat, catalog_accel(cat, at + 1), at + 1, accel);
}

int
pool_find_config(const struct table *t, const struct catalog *cat,
    const char *name, struct ipw_error *err)
{
	int c = table_find_config(t, name);

	for (uint32_t k = 0; c < 0 && k < t->nc; k++)
		if (pool_name_matches(cat, name, table_str(t, t->cfg[k].model),
		    table_str(t, t->cfg[k].accel)))
			c = (int)k;
	if (c < 0) {
		char have[1024];
		size_t used = 0;
		for (uint32_t k = 0; k < t->nc && used < sizeof(have); k++)
			used += (size_t)snprintf(have + used, sizeof(have) - used,
			    "%s%s", k ? ", " : "", table_config_name(t, k));
		ipw_error_set(err, IPW_EX_USAGE, "configuration \"%s\" is not "
		    "in the trace; it has: %s", name, have);
	}
	return c;
}

static enum catalog_tier
tier_of(const struct table *t, const struct catalog *cat, uint32_t c)
{
	const struct catalog_accel *a = catalog_accel(cat,
	    table_str(t, t->cfg[c].accel));

	return a != NULL ? a->tier : (enum catalog_tier)-1;
}

/* Default pool: local-tier configurations, and the one cloud one. */
static int
infer_pool(struct pool *p, const struct table *t, const struct catalog *cat,
    const struct pool_options *o, int *cloud, struct ipw_error *err)
{
	int ncloud = 0;

	for (uint32_t c = 0; c < t->nc; c++) {
		enum catalog_tier tier = tier_of(t, cat, c);
		if (o->cloud == NULL && tier == TIER_CLOUD) {
			*cloud = (int)c;
			ncloud++;
		}
		if (o->nlocal == 0 && tier == TIER_LOCAL && (int)c != *cloud) {
			if (p->nlocal == POOL_MAX)
				return ipw_error_set(err, IPW_EX_USAGE,
				    "more than %d local configurations (the "
				    "limit); choose a pool with --local",
				    POOL_MAX);
			p->m[p->nlocal++].cfg = c;
		}
	}
	if (o->cloud == NULL && ncloud != 1)
		return ipw_error_set(err, IPW_EX_USAGE, "%s cloud-tier "
		    "configurations in the trace: name one with --cloud",
		    ncloud == 0 ? "no" : "several");
	return 0;
}

static int
resolve_names(struct pool *p, const struct table *t, const struct catalog *cat,
    const struct pool_options *o, struct ipw_error *err)
{
	int cloud = -1;

	if (o->cloud != NULL &&
	    (cloud = pool_find_config(t, cat, o->cloud, err)) < 0)
		return -1;
	for (int i = 0; i < o->nlocal; i++) {
		int c = pool_find_config(t, cat, o->local[i], err);
		if (c < 0)
			return -1;
		p->m[p->nlocal++].cfg = (uint32_t)c;
	}
	if (infer_pool(p, t, cat, o, &cloud, err) < 0)
		return -1;
	if (p->nlocal == 0)
		return ipw_error_set(err, IPW_EX_USAGE, "no local configuration: "
		    "name them with --local");
	for (int i = 0; i < p->nlocal; i++)
		if (p->m[i].cfg == (uint32_t)cloud)
			return ipw_error_set(err, IPW_EX_USAGE, "\"%s\" is both "
			    "local and cloud", table_config_name(t,
			    (uint32_t)cloud));
	p->m[p->nlocal].cfg = (uint32_t)cloud;
	return 0;
}

/* A catalog value a cell needs is missing: say which, where, and how to
 * add it. */
void
pool_lacking_add(struct pool_lacking *l, const char *model, int in_catalog,
    const char *what)
{
	size_t len = strlen(l->list);

	l->n++;
	if (len + 80 > sizeof(l->list))
		return;		/* the count still says how many */
	snprintf(l->list + len, sizeof(l->list) - len, "%s\"%.40s\" (%s%s)",
	    l->n > 1 ? ", " : "", model, in_catalog ? "" : "not in the "
	    "catalog, ", what);
}

int
pool_lacking_error(const struct pool_lacking *l, struct ipw_error *err)
{
	return ipw_error_set(err, IPW_EX_DATAERR, "the catalog lacks what "
	    "records without flops or cost_usd need, for %d model%s: %s; add "
	    "them with --catalog FILE", l->n, l->n == 1 ? "" : "s", l->list);
}

void
pool_catalog_needs(const struct catalog_model *cm, enum flops_params fp,
    int token_cost, int lacks_flops, int lacks_cost, char *what,
    size_t size)
{
	const char *pname = fp == FLOPS_ACTIVE ? "params_active_b" :
	    "params_total_b";
	double params = cm == NULL ? NAN : fp == FLOPS_ACTIVE ?
	    cm->params_active_b : cm->params_total_b;
	int nf = lacks_flops && isnan(params);
	int nc = lacks_cost && token_cost && (cm == NULL ||
	    isnan(cm->price_in) || isnan(cm->price_out));

	snprintf(what, size, "%s%s%s", nf ? pname : "", nf && nc ? " and " :
	    "", nc ? "token prices" : "");
}

/* Does any kept cell of m lack `col` (NULL column = all lack it)? */
static int
cells_lack(const struct pool *p, const struct pool_member *m,
    const double *col)
{
	if (col == NULL)
		return m->c->ncells > 0;
	for (uint32_t q = 0; q < p->nq; q++)
		if (table_has(m->c, q) && isnan(col[q]))
			return 1;
	return 0;
}

/* Every member's catalog values; the models that lack one a cell needs
 * are reported together, at the first one's first record. */
static int
resolve_catalog(struct pool *p, const struct table *t,
    const struct catalog *cat, const struct pool_options *o,
    struct ipw_error *err)
{
	struct pool_lacking l = { 0 };
	int first = -1;

	for (int i = 0; i <= p->nlocal; i++) {
		struct pool_member *m = &p->m[i];
		const struct catalog_model *cm = catalog_model(cat,
		    table_str(t, m->c->model));
		double params = NAN;
		char what[96];
		m->flops_per_token = m->cat_price_in = m->cat_price_out = NAN;
		m->params_b = NAN;
		if (cm != NULL) {
			params = o->flops_params == FLOPS_ACTIVE ?
			    cm->params_active_b : cm->params_total_b;
			m->flops_per_token = 2 * params * 1e9;
			m->cat_price_in = cm->price_in / 1e6;
			m->cat_price_out = cm->price_out / 1e6;
			m->params_b = cm->params_total_b;
		}
		pool_catalog_needs(cm, o->flops_params, o->whatif == NULL ||
		    o->whatif->cost == COST_TOKENS, cells_lack(p, m,
		    m->c->flops), cells_lack(p, m, m->c->cost), what,
		    sizeof(what));
		if (what[0] != '\0') {
			pool_lacking_add(&l, table_str(t, m->c->model),
			    cm != NULL, what);
			first = first < 0 ? i : first;
		}
	}
	if (l.n == 0)
		return 0;
	pool_lacking_error(&l, err);
	ipw_error_at(err, t->files[p->m[first].c->first_file],
	    p->m[first].c->first_line, 0);
	return -1;
}

static int
check_complete(struct pool *p, const struct table *t,
    const struct pool_options *o, struct ipw_error *err)
{
	const struct table_config *cloud = p->m[p->nlocal].c;

	p->skip = calloc(p->nq ? p->nq : 1, 1);
	if (p->skip == NULL)
		return ipw_error_oom(err);
	for (uint32_t q = 0; q < p->nq; q++) {
		if (table_has(cloud, q))
			continue;
		if (!o->drop_incomplete) {
			/* placed at the query's first record */
			ipw_error_set(err, IPW_EX_DATAERR, "query \"%.200s\" "
			    "has no record for the cloud configuration \"%s\" "
			    "(--drop-incomplete leaves such queries out)",
			    table_query(t, q),
			    table_str(t, cloud->name));
			if (table_query_file(t, q) < t->nfiles)
				ipw_error_at(err, t->files[table_query_file(t,
				    q)], t->q_line[q], 0);
			return -1;
		}
		p->skip[q] = 1;
		p->ndropped++;
	}
	p->nkept = p->nq - p->ndropped;
	if (p->nkept == 0 && !o->allow_empty)
		return ipw_error_set(err, IPW_EX_DATAERR, "no query has a "
		    "record for the cloud configuration \"%s\"",
		    table_str(t, cloud->name));
	return 0;
}

/* The batch sizes a configuration was measured at, once per pool (a
 * sweep moves the batch at every point): batch_measured, and a second
 * value in batch_other when the records disagree (0 when they do not). */
static void
scan_batches(const struct pool *p, struct pool_member *m)
{
	double b = 0;
	int unknown = 0;

	/* NaN: no record says; batch_other -1: some records say, others
	 * do not */
	m->batch_measured = NAN;
	m->batch_other = 0;
	if (m->c->batch == NULL)
		return;
	for (uint32_t q = 0; q < p->nq; q++) {
		double v = m->c->batch[q];
		if (!table_has(m->c, q))
			continue;
		if (v == 0)
			unknown = 1;
		else if (b == 0)
			b = v;
		else if (v != b && m->batch_other == 0)
			m->batch_other = v;
	}
	if (b > 0) {
		m->batch_measured = b;
		if (unknown && m->batch_other == 0)
			m->batch_other = -1;
	}
}

/* The one batch size a configuration was measured at, for what `what`
 * needs it; an error when its records give none (and --measured-batch
 * does not either) or several. */
static int
measured_batch(const struct pool_member *m, const struct table *t,
    const char *what, double *b, struct ipw_error *err)
{
	*b = m->batch_measured;
	if (isnan(m->batch_measured))
		ipw_error_set(err, IPW_EX_DATAERR, "%s: its records give no "
		    "batch_size, and %s needs the batch they were measured at: "
		    "give --measured-batch %s=B", m->name, what, m->name);
	else if (m->batch_other < 0)
		ipw_error_set(err, IPW_EX_DATAERR, "%s: some records give "
		    "batch_size %g and others none; %s needs one", m->name,
		    m->batch_measured, what);
	else if (m->batch_other > 0)
		ipw_error_set(err, IPW_EX_DATAERR, "%s was measured at batch "
		    "sizes %g and %g; %s needs one", m->name, m->batch_measured,
		    m->batch_other, what);
	else
		return 0;
	ipw_error_at(err, t->files[m->c->first_file], m->c->first_line, 0);
	return -1;
}

/* The precision a configuration's records state (canonical), or NULL. */
static const char *
config_precision(const struct table_config *c)
{
	size_t n;

	return c->precision >= 0 ? precision_table(&n)[c->precision].name :
	    NULL;
}

/* A configuration's mean prompt and output tokens over the cells that
 * give them, else the length-aware model's assumed lengths. */
static void
mean_lengths(const struct table_config *c, const struct table *t,
    double *in, double *out)
{
	double si = 0, so = 0, ni = 0, no = 0;

	for (uint32_t q = 0; q < t->nq; q++) {
		if (!table_has(c, q))
			continue;
		if (table_tok_in(c, q) > 0) {
			si += table_tok_in(c, q);
			ni++;
		}
		if (table_tok_out(c, q) > 0) {
			so += table_tok_out(c, q);
			no++;
		}
	}
	*in = ni > 0 ? si / ni : LMSHIP_PROMPT_LEN;
	*out = no > 0 ? so / no : LMSHIP_OUTPUT_LEN;
}

static int
move_batch(const struct pool *p, struct pool_member *m, const struct table *t,
    const struct catalog *cat, const struct curves *curves,
    const struct roofline_table *rt, enum batch_model model, double to,
    struct ipw_error *err)
{
	double e0, e1, l0, l1;
	const char *why;

	m->e_scale = m->l_scale = 1;
	m->curve = NULL;
	m->stand_in = 0;
	m->moved_by = MOVED_NONE;
	m->how[0] = '\0';
	if (isnan(to)) {
		/* not moved: the batch is needed only by what asks for it */
		m->batch_from = m->batch_to = m->batch_other == 0 ?
		    m->batch_measured : NAN;
		return 0;
	}
	if (measured_batch(m, t, "a batch what-if", &m->batch_from, err) < 0)
		return -1;
	m->batch_to = to;
	if (m->batch_to == m->batch_from)
		return 0;
	if (model == BATCH_ROOFLINE) {
		m->moved_by = MOVED_ROOFLINE;
		return roofline_scale(rt, cat, table_str(t, m->c->model),
		    table_str(t, m->c->accel), m->batch_from, m->batch_to,
		    &m->e_scale, &m->l_scale, m->how, sizeof(m->how), err);
	}
	if (model == BATCH_LENGTH_MODEL) {
		double in, out;
		mean_lengths(m->c, t, &in, &out);
		m->moved_by = MOVED_LENGTH_MODEL;
		return lmship_scale(cat, table_str(t, m->c->model),
		    table_str(t, m->c->accel), config_precision(m->c),
		    m->c->devices, m->batch_from, m->batch_to, in, out,
		    &m->e_scale, &m->l_scale, &m->stand_in, m->how,
		    sizeof(m->how), err);
	}
	/* the choice depends on the member alone: made once per curves */
	if (curves != NULL && m->found_in != curves) {
		m->found = curves_find_config(curves, cat, table_str(t,
		    m->c->model), table_str(t, m->c->accel),
		    config_precision(m->c), m->c->devices, &m->found_stand_in,
		    m->found_why, sizeof(m->found_why));
		m->found_in = curves;
	}
	if (curves != NULL) {
		m->curve = m->found;
		m->stand_in = m->found_stand_in;
	}
	if (curves == NULL || m->curve == NULL)
		return ipw_error_set(err, IPW_EX_DATAERR, "no measured batch "
		    "curve for %s, needed to move it from batch %g to %g",
		    m->name, m->batch_from, m->batch_to);
	if (curve_at(m->curve, m->batch_from, &e0, &l0, err) < 0 ||
	    curve_at(m->curve, m->batch_to, &e1, &l1, err) < 0)
		return -1;
	m->e_scale = e1 / e0;
	m->l_scale = l1 / l0;
	m->moved_by = MOVED_CURVE;
	why = m->found_why;
	snprintf(m->how, sizeof(m->how), "the measured curve of %s on %dx%s "
	    "%s%s%s%s", m->curve->source, m->curve->gpus, m->curve->accel,
	    m->curve->precision, why[0] ? " (" : "", why, why[0] ? ")" : "");
	return 0;
}

static int
need_latency(const struct pool_member *m, const struct table *t,
    const char *why, struct ipw_error *err)
{
	if (m->c->latency != NULL)
		return 0;
	ipw_error_set(err, IPW_EX_DATAERR, "%s has no latency_s, needed %s",
	    m->name, why);
	ipw_error_at(err, t->files[m->c->first_file], m->c->first_line, 0);
	return -1;
}

int
pool_idle_power(const struct pool_member *m, const struct table *t,
    const struct catalog *cat, double given, const char *option,
    double *watts, char *how, size_t size)
{
	const struct catalog_accel *a = catalog_accel(cat,
	    table_str(t, m->c->accel));
	int n = table_config_devices(t, m->c);
	const char *basis, *source;

	if (!isnan(given)) {
		*watts = given;
		snprintf(how, size, "%g W a replica, given (%s)", given, option);
		return 0;
	}
	/* the catalog's is one device's; N devices idle N times it */
	*watts = a != NULL ? a->idle_w * n : NAN;
	if (isnan(*watts)) {
		snprintf(how, size, "not known");
		return -1;
	}
	basis = catalog_value_text(a->json, "idle_w", "basis");
	source = catalog_value_text(a->json, "idle_w", "source");
	/* the source up to its first ';': the citation */
	snprintf(how, size, "%g W = %d x %g W a device, the catalog's (%s%s%.*s)",
	    *watts, n, a->idle_w, basis != NULL ? basis : "basis not stated",
	    source != NULL ? ": " : "", source != NULL ? (int)fmin(200,
	    strcspn(source, ";")) : 0, source != NULL ? source : "");
	return 0;
}

static int
idle_power(struct pool_member *m, const struct table *t,
    const struct catalog *cat, double given, const char *option,
    struct ipw_error *err)
{
	if (pool_idle_power(m, t, cat, given, option, &m->idle_w, m->idle_how,
	    sizeof(m->idle_how)) == 0)
		return 0;
	m->idle_how[0] = '\0';
	return ipw_error_set(err, IPW_EX_DATAERR, "the idle power of %s is "
	    "not known: give %s W or add idle_w to the catalog with --catalog "
	    "FILE", table_str(t, m->c->accel), option);
}

/* A member's batch for a model that divides by it (a query holds a
 * replica for latency / batch): moved, or as measured. */
static int
need_batch(const struct pool_member *m, const struct table *t,
    const char *what, struct ipw_error *err)
{
	double b;

	return isnan(m->batch_to) ? measured_batch(m, t, what, &b, err) : 0;
}

/* Overheads of one member (see whatif.h and docs/models.md). */
static int
overheads(const struct pool *p, struct pool_member *m, const struct table *t,
    const struct catalog *cat, const struct whatif *w, struct ipw_error *err)
{
	m->idle_w = m->idle_factor = m->host = 0;
	m->idle_how[0] = '\0';
	m->pue = m->cloud ? w->cloud_pue : w->local_pue;
	m->mode = w->local_mode;
	m->grid = (m->cloud ? w->cloud_grid : w->local_grid) / 3.6e9;
	if (m->cloud) {
		m->host = w->cloud_host;
		if (w->cloud_util < 1) {
			if (idle_power(m, t, cat, w->cloud_idle_w,
			    "--cloud-idle-w", err) < 0 ||
			    need_latency(m, t, "for --cloud-utilization", err) < 0 ||
			    need_batch(m, t, "--cloud-utilization", err) < 0)
				return -1;
			m->idle_factor = (1 - w->cloud_util) / w->cloud_util;
		}
		m->overhead = m->idle_factor > 0 || m->host > 0 || m->pue != 1;
		return 0;
	}
	if (w->local_mode != LOCAL_MEASURED) {
		if (idle_power(m, t, cat, w->local_idle_w, "--local-idle-w",
		    err) < 0 || need_latency(m, t, "for --local-mode", err) < 0)
			return -1;
		if (w->local_mode == LOCAL_DEDICATED && isnan(w->local_qpd))
			return ipw_error_set(err, IPW_EX_USAGE, "--local-mode "
			    "dedicated needs --local-queries-per-day");
		m->on_s = w->local_on_hours * 3600 / w->local_qpd;
	}
	m->overhead = w->local_mode != LOCAL_MEASURED || m->pue != 1;
	(void)p;
	return 0;
}

static int
need_price(double v, const char *option, struct ipw_error *err)
{
	return isnan(v) ? ipw_error_set(err, IPW_EX_USAGE, "--cost tco needs "
	    "%s", option) : 0;
}

/* Total cost of ownership: electricity of the facility energy, plus the
 * cloud replica's rent for its busy and idle time, or a local device's
 * price spread over its lifetime (see docs/models.md). */
static int
tco(struct pool_member *m, const struct table *t, const struct whatif *w,
    struct ipw_error *err)
{
	m->tco = w->cost == COST_TCO;
	m->usd_per_j = m->usd_per_s = m->usd_per_query = 0;
	if (!m->tco)
		return 0;
	if (m->cloud) {
		if (need_price(w->cloud_kwh_usd, "--cloud-kwh-usd", err) < 0 ||
		    need_price(w->cloud_rent_usd_h, "--cloud-rent-usd-per-hour",
		    err) < 0 || need_latency(m, t, "for --cost tco", err) < 0 ||
		    need_batch(m, t, "--cost tco (rent per busy second)",
		    err) < 0)
			return -1;
		m->usd_per_j = w->cloud_kwh_usd / 3.6e6;
		/* A query holds a replica for latency / batch seconds, and the
		 * fleet pays for (1 - u) / u idle seconds per busy one. */
		m->usd_per_s = w->cloud_rent_usd_h / 3600 / (m->batch_to *
		    w->cloud_util);
		return 0;
	}
	if (need_price(w->local_kwh_usd, "--local-kwh-usd", err) < 0)
		return -1;
	m->usd_per_j = w->local_kwh_usd / 3.6e6;
	if (w->local_mode == LOCAL_MARGINAL)
		return 0;	/* the device is there anyway: no hardware */
	if (need_price(w->local_device_usd, "--local-device-usd", err) < 0 ||
	    need_price(w->local_lifetime_years, "--local-lifetime-years",
	    err) < 0)
		return -1;
	if (w->local_mode == LOCAL_DEDICATED)
		m->usd_per_query = w->local_device_usd /
		    (w->local_lifetime_years * 365 * w->local_qpd);
	else if (need_latency(m, t, "for --cost tco", err) < 0)
		return -1;
	else
		m->usd_per_s = w->local_device_usd /
		    (w->local_lifetime_years * 365 * 86400);
	return 0;
}

double
pool_cost_tco(const struct pool_member *m, uint32_t q)
{
	double lat = m->usd_per_s > 0 ? pool_latency(m, q) : 0;

	return pool_energy(m, q) * m->usd_per_j + m->usd_per_s * lat +
	    m->usd_per_query;
}

/* --cloud-measured-on ACCEL: decode reads the weights once per step, so
 * time scales with 1 / bandwidth; power is taken to scale with TDP (the
 * same for the H100 and the H200). */
static int
scale_device(struct pool_member *m, const struct table *t,
    const struct catalog *cat, const char *from, struct ipw_error *err)
{
	const struct catalog_accel *a = catalog_accel(cat, from),
	    *b = catalog_accel(cat, table_str(t, m->c->accel));
	double ratio;

	if (a == NULL)
		return ipw_error_set(err, IPW_EX_USAGE, "--cloud-measured-on: "
		    "\"%s\" is not an accelerator of the catalog", from);
	if (b == NULL || isnan(a->bandwidth_gbs) || isnan(b->bandwidth_gbs) ||
	    isnan(a->tdp_w) || isnan(b->tdp_w))
		return ipw_error_set(err, IPW_EX_DATAERR, "--cloud-measured-on "
		    "%s needs the memory bandwidth and TDP of %s and of %s in "
		    "the catalog", from, a->name, table_str(t, m->c->accel));
	ratio = a->bandwidth_gbs / b->bandwidth_gbs;
	m->l_scale *= ratio;
	m->e_scale *= ratio * b->tdp_w / a->tdp_w;
	return 0;
}

/* The accounting hypotheses of one member (whatif.h). */
static int
hypotheses(const struct pool *p, struct pool_member *m, const struct table *t,
    const struct catalog *cat, const struct whatif *w, struct ipw_error *err)
{
	double sum = 0, n = 0;

	m->price_in = w->pricing == PRICING_OUTPUT ? 0 : w->pricing ==
	    PRICING_OUTPUT_RATE ? m->cat_price_out : m->cat_price_in;
	m->price_out = m->cat_price_out;
	m->e_fixed = NAN;
	if (!m->cloud)
		return 0;
	if (w->cloud_measured_on != NULL && scale_device(m, t, cat,
	    w->cloud_measured_on, err) < 0)
		return -1;
	if (w->cloud_charge == CHARGE_STEP) {
		if (need_batch(m, t, "--cloud-charge step", err) < 0)
			return -1;
		m->e_scale *= m->batch_to;
	}
	if (w->cloud_basis == BASIS_PER_QUERY) {
		for (uint32_t q = 0; q < p->nq; q++)
			if (!p->skip[q] && table_has(m->c, q)) {
				sum += table_energy(m->c, q);
				n++;
			}
		m->e_fixed = n > 0 ? sum / n : 0;
	}
	return 0;
}

int
pool_whatif(struct pool *p, const struct table *t, const struct catalog *cat,
    const struct whatif *w, const struct curves *curves,
    const struct roofline_table *rt, struct ipw_error *err)
{
	struct pool_member m[POOL_MAX + 1];
	struct whatif paper;

	if (w == NULL) {
		whatif_init(&paper);
		w = &paper;
	}
	/* the members only (the pool holds room for POOL_MAX + 1) */
	memcpy(m, p->m, (size_t)(p->nlocal + 1) * sizeof(m[0]));
	for (int i = 0; i < w->nbatch; i++)
		if (pool_member_n(p, w->batch_config[i], w->batch_len[i]) < 0)
			return ipw_error_set(err, IPW_EX_USAGE, "--batch %.*s: not "
			    "a configuration of the pool", w->batch_len[i],
			    w->batch_config[i]);
	for (int k = 0; k <= p->nlocal; k++) {
		double side = k == p->nlocal ? w->cloud_measured_batch :
		    w->local_measured_batch;
		/* --measured-batch local=B, cloud=B: where records give none */
		if (!isnan(side) && isnan(p->m[k].batch_measured))
			m[k].batch_measured = side;
		else if (!isnan(side) && p->m[k].batch_other < 0)
			return ipw_error_set(err, IPW_EX_DATAERR, "%s: some records "
			    "give batch_size %g and others none: --measured-batch "
			    "names it alone", p->m[k].name,
			    p->m[k].batch_measured);
	}
	for (int i = 0; i < w->nmeasured; i++) {
		int k = pool_member_n(p, w->measured_config[i],
		    w->measured_len[i]);
		if (k < 0)
			return ipw_error_set(err, IPW_EX_USAGE, "--measured-batch "
			    "%.*s: not a configuration of the pool",
			    w->measured_len[i], w->measured_config[i]);
		if (!isnan(p->m[k].batch_measured) && p->m[k].batch_other == 0 &&
		    p->m[k].batch_measured != w->measured_value[i])
			return ipw_error_set(err, IPW_EX_USAGE, "--measured-batch "
			    "%.*s=%g: its records say batch_size %g",
			    w->measured_len[i], w->measured_config[i],
			    w->measured_value[i],
			    p->m[k].batch_measured);
		/* the records that give none were measured at this batch */
		m[k].batch_measured = w->measured_value[i];
		m[k].batch_other = p->m[k].batch_other > 0 ?
		    p->m[k].batch_other : 0;
	}
	for (int k = 0; k <= p->nlocal; k++) {
		double to = k == p->nlocal ? w->cloud_batch : w->local_batch;
		for (int i = 0; i < w->nbatch; i++)
			if (pool_member_n(p, w->batch_config[i],
			    w->batch_len[i]) == k)
				to = w->batch_value[i];
		m[k].cloud = k == p->nlocal;
		m[k].util = m[k].cloud ? w->cloud_util : 1;
		if (move_batch(p, &m[k], t, cat, curves, rt,
		    w->batch_model, to, err) < 0 ||
		    hypotheses(p, &m[k], t, cat, w, err) < 0 ||
		    overheads(p, &m[k], t, cat, w, err) < 0 ||
		    tco(&m[k], t, w, err) < 0)
			return -1;
	}
	memcpy(p->m, m, (size_t)(p->nlocal + 1) * sizeof(m[0]));
	return 0;
}

/* The terms pool_energy_overhead adds to an energy e of cell q, J: the
 * idle energy (of a cloud fleet's idle accelerators or a dedicated
 * device's idle hours; negative when a marginal device's idle share is
 * taken off), the host's and the facility's (PUE). */
struct overhead_terms {
	double idle, host, facility;
	double total;		/* e with them all */
};

static void
overhead_terms(const struct pool_member *m, double lat, double e,
    struct overhead_terms *t)
{
	double e1 = e;

	if (m->cloud) {
		/* Idle accelerators of a fleet busy a share u of the time:
		 * (1 - u) / u idle seconds per busy second, and a query keeps
		 * a replica busy for latency / batch. */
		if (m->idle_factor > 0)
			e1 += m->idle_w * m->idle_factor * lat / m->batch_to;
		t->host = e1 * m->host;
		t->total = e1 * (1 + m->host) * m->pue;
	} else {
		if (m->mode == LOCAL_MARGINAL)
			e1 = fmax(0, e - m->idle_w * lat);
		else if (m->mode == LOCAL_DEDICATED)
			e1 += m->idle_w * fmax(0, m->on_s - lat);
		t->host = 0;
		t->total = e1 * m->pue;
	}
	t->idle = e1 - e;
	/* each term by its own product: no rounding residue when PUE is 1 */
	t->facility = e1 * (1 + (m->cloud ? m->host : 0)) * (m->pue - 1);
}

double
pool_energy_overhead(const struct pool_member *m, uint32_t q, double e)
{
	struct overhead_terms t;

	overhead_terms(m, pool_latency(m, q), e, &t);
	return t.total;
}

/* Whether the member charges its cells' energy as the trace gives it,
 * before what the overheads add: not moved by a model. */
static int
base_as_given(const struct pool_member *m)
{
	return m->how[0] == '\0' && m->e_scale == 1 && isnan(m->e_fixed);
}

void
pool_energy_provenance(const struct pool_member *m, uint32_t q, double w,
    struct prov_sums *s)
{
	int cell = m->c->prov != NULL ? m->c->prov[q] : 0;
	int src = PROV_SRC(cell), scope = PROV_SCOPE(cell);
	double base = (isnan(m->e_fixed) ? table_energy(m->c, q) : m->e_fixed) *
	    m->e_scale, e = base;
	struct overhead_terms t = { 0, 0, 0, 0 };

	if (m->overhead) {
		overhead_terms(m, pool_latency(m, q), base, &t);
		e = base + t.idle + t.host + t.facility;
	}
	/* Source: the cell's for its energy as the trace gives it, when
	 * ipwsim only adds to it; the rest, or all of an energy a model
	 * moved (or took idle power off), is modelled. */
	if (base_as_given(m) && t.idle >= 0) {
		s->source[src] += w * base;
		s->source[PROV_SRC_MODELLED] += w * (e - base);
	} else
		s->source[PROV_SRC_MODELLED] += w * e;
	/* Scope: the cell's for its own energy and a marginal device's idle
	 * share taken off it; idle accelerators' energy is the
	 * accelerators'; the host's is the system's; PUE's is the wall's. */
	s->scope[scope] += w * (base + fmin(t.idle, 0));
	s->scope[PROV_SCOPE_ACCELERATOR] += w * fmax(t.idle, 0);
	s->scope[PROV_SCOPE_SYSTEM] += w * t.host;
	s->scope[PROV_SCOPE_WALL] += w * t.facility;
}

int
pool_energy_linear(const struct pool_member *m, double *a, double *b)
{
	/* the same terms as pool_energy_overhead, kept next to it */
	double k = m->cloud ? (1 + m->host) * m->pue : m->pue;

	*a = m->e_scale;
	*b = 0;
	if (!isnan(m->e_fixed))
		return -1;
	if (!m->overhead)
		return 0;
	if (!m->cloud && m->mode != LOCAL_MEASURED)
		return -1;
	if (m->cloud && m->idle_factor > 0)
		*b = m->idle_w * m->idle_factor * m->l_scale / m->batch_to * k;
	*a *= k;
	return 0;
}

void
pool_provenance_linear(const struct pool_member *m,
    const struct prov_sums *given, double latency, struct prov_sums *out)
{
	/* pool_energy_provenance's split, over sums: the terms are linear
	 * in energy and latency for the members the fast path takes */
	double base = m->e_scale * prov_sums_total(given);
	struct overhead_terms t = { 0, 0, 0, 0 };

	if (base_as_given(m))
		for (int k = 0; k < PROV_SOURCES; k++)
			out->source[k] += given->source[k];
	else
		out->source[PROV_SRC_MODELLED] += base;
	for (int k = 0; k < PROV_SCOPES; k++)
		out->scope[k] += m->e_scale * given->scope[k];
	if (!m->overhead)
		return;
	overhead_terms(m, m->l_scale * latency, base, &t);
	out->source[PROV_SRC_MODELLED] += t.idle + t.host + t.facility;
	out->scope[PROV_SCOPE_ACCELERATOR] += t.idle;
	out->scope[PROV_SCOPE_SYSTEM] += t.host;
	out->scope[PROV_SCOPE_WALL] += t.facility;
}

int
pool_init(struct pool *p, const struct table *t, const struct catalog *cat,
    const struct pool_options *o, struct ipw_error *err)
{
	memset(p, 0, sizeof(*p));
	p->nq = t->nq;
	if (resolve_names(p, t, cat, o, err) < 0)
		return -1;
	for (int i = 0; i <= p->nlocal; i++) {
		for (int j = 0; j < i; j++)
			if (p->m[j].cfg == p->m[i].cfg)
				return ipw_error_set(err, IPW_EX_USAGE,
				    "\"%s\" is named twice",
				    table_config_name(t, p->m[i].cfg));
		p->m[i].c = &t->cfg[p->m[i].cfg];
		p->m[i].name = table_config_name(t, p->m[i].cfg);
		scan_batches(p, &p->m[i]);
	}
	if (check_complete(p, t, o, err) < 0 ||
	    resolve_catalog(p, t, cat, o, err) < 0 ||
	    pool_whatif(p, t, cat, o->whatif, o->curves, o->roofline,
	    err) < 0) {
		pool_release(p);
		return -1;
	}
	return 0;
}

void
pool_release(struct pool *p)
{
	free(p->skip);
	p->skip = NULL;
}

int
pool_member_n(const struct pool *p, const char *name, int len)
{
	for (int k = 0; k <= p->nlocal; k++)
		if (strncasecmp(p->m[k].name, name, (size_t)len) == 0 &&
		    p->m[k].name[len] == '\0')
			return k;
	return -1;
}

int
pool_member(const struct pool *p, const char *name)
{
	return pool_member_n(p, name, (int)strlen(name));
}

void
route_cloud_only(const struct pool *p, uint8_t *assign)
{
	for (uint32_t q = 0; q < p->nq; q++)
		assign[q] = p->skip[q] ? ROUTE_SKIP : (uint8_t)p->nlocal;
}

/* Does size a sort after size b? Unknown (NaN) sizes go last. */
static int
bigger(double a, double b)
{
	return isnan(a) ? !isnan(b) : !isnan(b) && a > b;
}

void
pool_size_order(const struct pool *p, int *order)
{
	for (int i = 0; i < p->nlocal; i++)
		order[i] = i;
	for (int i = 1; i < p->nlocal; i++) {
		int k = order[i], j = i;
		while (j > 0 && bigger(p->m[order[j - 1]].params_b,
		    p->m[k].params_b)) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = k;
	}
}

double
route_oracle_key(const struct pool_member *m, enum oracle_rule rule,
    uint32_t q)
{
	switch (rule) {
	case ORACLE_CHEAPEST_COST:
		return pool_cost(m, q);
	case ORACLE_CHEAPEST_COMPUTE:
		return pool_flops(m, q);
	default:
		return pool_energy(m, q);
	}
}

int
route_oracle_usable(const struct pool_member *m, uint32_t q)
{
	return table_has(m->c, q) && table_correct(m->c, q);
}

int
route_oracle_check(const struct pool *p, enum oracle_rule rule,
    struct ipw_error *err)
{
	for (int i = 0; rule == ORACLE_SMALLEST && i < p->nlocal; i++)
		if (isnan(p->m[i].params_b))
			return ipw_error_set(err, IPW_EX_DATAERR, "--oracle "
			    "smallest needs the parameter count of every local "
			    "model; the catalog has none for \"%s\" (add it "
			    "with --catalog FILE or use --oracle "
			    "cheapest-energy)", p->m[i].name);
	return 0;
}

int
route_oracle(const struct pool *p, enum oracle_rule rule, uint8_t *assign,
    struct ipw_error *err)
{
	int order[POOL_MAX];

	if (route_oracle_check(p, rule, err) < 0)
		return -1;
	if (rule == ORACLE_SMALLEST)
		pool_size_order(p, order);
	for (uint32_t q = 0; q < p->nq; q++) {
		int best = p->nlocal;
		double best_v = INFINITY;
		if (p->skip[q]) {
			assign[q] = ROUTE_SKIP;
			continue;
		}
		for (int k = 0; k < p->nlocal; k++) {
			int i = rule == ORACLE_SMALLEST ? order[k] : k;
			double v;
			if (!route_oracle_usable(&p->m[i], q))
				continue;
			if (rule == ORACLE_SMALLEST) {
				best = i;
				break;
			}
			v = route_oracle_key(&p->m[i], rule, q);
			if (v < best_v) {
				best_v = v;
				best = i;
			}
		}
		assign[q] = (uint8_t)best;
	}
	return 0;
}

/* The reproduction analysis (repro.h): simulations in the paper's setting
 * and under the critics' and the hypotheses' changes, and what follows
 * from them. Nothing here prints. */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "account.h"
#include "paper.h"
#include "repro.h"

const char *const repro_paper_pool[4] = { "Qwen3-4B@Apple-M4-Max",
	"Qwen3-8B@Apple-M4-Max", "Qwen3-14B@Apple-M4-Max",
	"GPT-OSS-20B@Apple-M4-Max" };

static const char *const metric_names[3] = { "energy_saving",
	"compute_saving", "cost_saving" };

/* The paper's Tables 8 and 9 (PAPER.md): oracle savings per dataset with
 * the local pool up to a model, energy / compute / cost. */
static const struct {
	const char *model;
	double wildchat[3], natural_reasoning[3];
} tables89[] = {
	{ "Qwen3-4B", { 0.635, 0.651, 0.652 }, { 0.463, 0.545, 0.529 } },
	{ "Qwen3-8B", { 0.796, 0.831, 0.808 }, { 0.540, 0.625, 0.605 } },
	{ "Qwen3-14B", { 0.870, 0.930, 0.890 }, { 0.625, 0.701, 0.687 } },
	{ "GPT-OSS-20B", { 0.894, 0.974, 0.905 }, { 0.678, 0.722, 0.733 } },
	{ "GPT-OSS-120B", { 0.907, 0.977, 0.911 }, { 0.859, 0.860, 0.867 } },
};

/* ---- the hypotheses --------------------------------------------------- */

static const struct {
	const char *name;
	int n;
	const char *values[4];
} axes[REPRO_AXES] = {
	{ "cloud-charge", 2, { "share", "step" } },
	{ "cloud-energy-basis", 2, { "measured", "per-query" } },
	{ "local-mode", 3, { "measured", "marginal", "dedicated" } },
	{ "flops-params", 2, { "total", "active" } },
	{ "oracle", 4, { "smallest", "cheapest-energy", "cheapest-cost",
	    "cheapest-compute" } },
	{ "token-pricing", 3, { "both", "output", "output-rate" } },
	{ "cloud-measured-on", 2, { "own", "NVIDIA-H100" } },
};

const char *
repro_axis_name(int axis)
{
	return axes[axis].name;
}

int
repro_axis_values(int axis)
{
	return axes[axis].n;
}

const char *
repro_axis_value(int axis, int v)
{
	return axes[axis].values[v];
}

int
repro_axes_parse(const char *list, unsigned *mask, struct ipw_error *err)
{
	const char *p = list;

	*mask = (1u << REPRO_AXES) - 1;
	if (list == NULL || strcmp(list, "all") == 0)
		return 0;
	*mask = 0;
	while (*p != '\0') {
		size_t n = strcspn(p, ",");
		int a;
		for (a = 0; a < REPRO_AXES; a++)
			if (strlen(axes[a].name) == n &&
			    strncmp(axes[a].name, p, n) == 0)
				break;
		if (a == REPRO_AXES)
			return ipw_error_set(err, IPW_EX_USAGE, "--explain: "
			    "\"%.*s\" is not a hypothesis (cloud-charge, "
			    "cloud-energy-basis, local-mode, flops-params, "
			    "oracle, token-pricing, cloud-measured-on or all)",
			    (int)n, p);
		*mask |= 1u << a;
		p += n;
		if (*p == ',')
			p++;
	}
	if (*mask == 0)
		return ipw_error_set(err, IPW_EX_USAGE, "--explain: no "
		    "hypothesis named");
	return 0;
}

/* ---- rows ------------------------------------------------------------- */

static void
note(struct repro *r, const char *fmt, ...)
{
	va_list ap;

	if (r->nnotes == REPRO_MAX_NOTES)
		return;
	va_start(ap, fmt);
	vsnprintf(r->notes[r->nnotes++], sizeof(r->notes[0]), fmt, ap);
	va_end(ap);
}

static struct repro_row *
add(struct repro *r, const char *section, const char *item,
    const char *metric, double paper, double value)
{
	struct repro_row *w;
	static struct repro_row spare;

	if (r->nrows == REPRO_MAX_ROWS) {
		if (!r->rows_dropped++)
			note(r, "more than %d rows: the rest are left out",
			    REPRO_MAX_ROWS);
		return &spare;
	}
	w = &r->rows[r->nrows++];
	memset(w, 0, sizeof(*w));
	snprintf(w->section, sizeof(w->section), "%s", section);
	snprintf(w->item, sizeof(w->item), "%s", item);
	snprintf(w->metric, sizeof(w->metric), "%s", metric);
	w->paper = paper;
	w->value = value;
	w->lo = w->hi = w->range_lo = w->range_hi = NAN;
	return w;
}

static double
metric_of(const struct account_sums *a, int m)
{
	return m == 0 ? a->energy_j : m == 1 ? a->flops : a->cost_usd;
}

static double
saving_of(const struct sim *s, int pol, int m)
{
	return account_saving(metric_of(&s->r.pol[pol].acct.total, m),
	    metric_of(&s->r.pol[0].acct.total, m));
}

static double
quality_of(const struct account_sums *a)
{
	return a->queries > 0 ? a->correct / a->queries : NAN;
}

/* The simulation with o changed by change(); NULL change: as given. */
typedef int (*change_fn)(struct sim_options *, const void *,
    struct ipw_error *);

static int
simulate(const struct table *t, const struct catalog *cat,
    const struct sim_options *base, struct sim *s, change_fn change,
    const void *arg, struct ipw_error *err)
{
	struct sim_options o = *base;

	if (change != NULL) {
		o.bootstrap = 0;
		o.nrouters = 0;
		if (change(&o, arg, err) < 0)
			return -1;
	}
	return sim_run(s, t, cat, &o, err);
}

/* ---- Figure 4 and the verdict's checks -------------------------------- */

static void
check(struct repro *r, const char *policy, int m, double paper, double value,
    double lo, double hi, double quality)
{
	struct repro_check *c = &r->check[r->nchecks++];

	c->quality = quality;
	snprintf(c->policy, sizeof(c->policy), "%s", policy);
	c->metric = m;
	c->paper = paper;
	c->value = value;
	c->lo = lo;
	c->hi = hi;
	c->inside = !isnan(lo) && paper >= lo && paper <= hi;
	c->within = fabs(value - paper) <= r->tolerance + 1e-12;
	r->nreproduced += c->inside || c->within;
}

static void
figure4(struct repro *r, const struct sim *s)
{
	for (int i = 1; i < s->r.npolicies; i++) {
		const struct report_policy *p = &s->r.pol[i];
		double acc = s->pol[i].spec.arg;
		int by_paper = s->pol[i].spec.kind == POL_PAPER;
		const double *paper = i == 1 ? paper_oracle : acc ==
		    paper_router_alpha[0] ? paper_router[0] : acc ==
		    paper_router_alpha[1] ? paper_router[1] : NULL;
		for (int m = 0; m < 3; m++) {
			double v = saving_of(s, i, m);
			double lo = p->boot.reps > 0 ? p->boot.lo[m] : NAN;
			double hi = p->boot.reps > 0 ? p->boot.hi[m] : NAN;
			/* the paper's routers keep quality: its numbers are
			 * the paper router's; cascade and mixture are other
			 * readings, shown beside them */
			struct repro_row *w = add(r, "figure4", p->name,
			    metric_names[m], paper != NULL ? paper[m] : NAN, v);
			w->lo = lo;
			w->hi = hi;
			if (paper != NULL && (i == 1 || by_paper))
				check(r, p->name, m, paper[m], v, lo, hi,
				    quality_of(&p->acct.total));
		}
		add(r, "figure4", p->name, "quality", NAN,
		    quality_of(&p->acct.total));
	}
	r->quality_cloud = quality_of(&s->r.pol[0].acct.total);
	/* the bootstrap covers the savings only */
	add(r, "figure4", "oracle", "local_share", paper_local_share,
	    s->r.pol[1].acct.local_queries / s->r.pol[1].acct.total.queries);
	check(r, "oracle", 3, paper_local_share, r->rows[r->nrows - 1].value,
	    NAN, NAN, NAN);
}

/* Each policy's totals for a day of queries from its means per query;
 * the paper states none. */
static void
daily(struct repro *r, const struct sim *s, double per_day)
{
	static const char *const names[3] = { "energy_kwh_per_day",
		"flops_per_day", "cost_usd_per_day" };

	for (int i = 0; i < s->r.npolicies; i++) {
		const struct account_sums *t = &s->r.pol[i].acct.total;
		for (int m = 0; m < 3; m++)
			add(r, "daily", s->r.pol[i].name, names[m], NAN,
			    t->queries > 0 ? metric_of(t, m) / t->queries *
			    per_day / (m == 0 ? 3.6e6 : 1) : NAN)->whole = 1;
	}
}

/* Each policy's energy share by source and by scope (ipwsim(1),
 * PROVENANCE), the words with energy only. */
static void
provenance(struct repro *r, const struct sim *s)
{
	char metric[48];

	for (int i = 0; i < s->r.npolicies; i++) {
		const struct prov_sums *ps = &s->r.pol[i].acct.total.prov;
		double total = prov_sums_total(ps);
		if (i == 0)
			report_provenance_text(&s->r.pol[i].acct.total,
			    r->prov_baseline, sizeof(r->prov_baseline));
		else if (strcmp(s->r.pol[i].name, "oracle") == 0)
			report_provenance_text(&s->r.pol[i].acct.total,
			    r->prov_oracle, sizeof(r->prov_oracle));
		for (int scope = 0; total > 0 && scope < 2; scope++)
			for (int w = 0; w < prov_words(scope); w++) {
				int k = prov_order(scope, w);
				if (!(prov_sum(ps, scope, k) > 0))
					continue;
				prov_column(scope, k, metric, sizeof(metric));
				add(r, "provenance", s->r.pol[i].name, metric, NAN,
				    prov_sum(ps, scope, k) / total);
			}
	}
}

/* savings = f (1 - r), for the oracle of s (repro.h). */
static void
implied(struct repro *r, const struct sim *s)
{
	static const char *const base_name[3] = { "energy", "compute",
		"cost" };
	const struct account *base = &s->r.pol[0].acct, *o = &s->r.pol[1].acct;
	const struct account_sums *cloud = &o->member[o->nmembers - 1];

	for (int m = 0; m < 3; m++) {
		struct repro_cause *c = &r->cause[m];
		double total = metric_of(&base->total, m);
		double moved = total - metric_of(cloud, m), local = 0;
		char name[48];
		for (int k = 0; k < o->nmembers - 1; k++)
			local += metric_of(&o->member[k], m);
		c->saving = account_saving(metric_of(&o->total, m), total);
		c->f = total > 0 ? moved / total : NAN;
		c->r = moved > 0 ? local / moved : NAN;
		c->f_paper = paper_local_share;
		c->r_paper = 1 - paper_oracle[m] / paper_local_share;
		c->r_needed = 1 - paper_oracle[m] / c->f;
		c->from_f = (c->f_paper - c->f) * (1 - c->r);
		c->from_r = c->f_paper * (c->r - c->r_paper);
		c->moved = o->local_queries;
		c->local_per_query = c->moved > 0 ? local / c->moved : NAN;
		c->cloud_per_query = c->moved > 0 ? moved / c->moved : NAN;
		/* none when no local energy can reach the saving */
		c->local_needed = c->r_needed >= 0 ? c->r_needed *
		    c->cloud_per_query : NAN;
		snprintf(name, sizeof(name), "%s.f", base_name[m]);
		add(r, "implied", "as measured", name, c->f_paper, c->f);
		snprintf(name, sizeof(name), "%s.r", base_name[m]);
		add(r, "implied", "as measured", name, c->r_paper, c->r);
		snprintf(name, sizeof(name), "%s.r_needed_at_trace_f",
		    base_name[m]);
		add(r, "implied", "as measured", name, NAN, c->r_needed);
	}
	add(r, "implied", "as measured", "energy.local_j_per_moved_query", NAN,
	    r->cause[0].local_per_query);
	add(r, "implied", "as measured",
	    "energy.local_j_per_moved_query_needed", NAN,
	    r->cause[0].local_needed);
}

/* ---- Tables 8-9 -------------------------------------------------------- */

static double
table89_paper(const char *dataset, const char *model, int m)
{
	for (size_t i = 0; i < sizeof(tables89) / sizeof(tables89[0]); i++)
		if (strcmp(tables89[i].model, model) == 0)
			return !strcasecmp(dataset, "wildchat") ?
			    tables89[i].wildchat[m] : !strcasecmp(dataset,
			    "natural_reasoning") ?
			    tables89[i].natural_reasoning[m] : NAN;
	return NAN;
}

/* The oracle's savings per dataset as the local pool grows by size (every
 * local configuration of the trace), accounted on each dataset's scored
 * queries. */
static int
tables_8_9(struct repro *r, const struct table *t, const struct catalog *cat,
    const struct sim_options *base, int every, struct ipw_error *err)
{
	struct sim_options o = *base;
	struct sim *s = calloc(1, sizeof(*s));
	struct pool full;
	int order[POOL_MAX], rc = 0, nlocal;
	uint32_t ds[16];
	int nds = table_datasets(t, ds, 16);
	uint8_t *mask = malloc(t->nq + 1);
	const char *names[POOL_MAX];

	if (mask == NULL || s == NULL) {
		free(mask);
		free(s);
		return ipw_error_oom(err);
	}
	if (every)
		o.pool.nlocal = 0;
	o.nrouters = 0;
	o.bootstrap = 0;
	if (sim_run(s, t, cat, &o, err) < 0) {
		rc = -1;
		goto out;
	}
	full = s->p;
	nlocal = full.nlocal;
	pool_size_order(&full, order);
	for (int k = 0; k < nlocal; k++)
		names[k] = full.m[order[k]].name;
	for (int k = 1; k <= nlocal && rc == 0; k++) {
		const char *largest = table_str(t,
		    t->cfg[full.m[order[k - 1]].cfg].model);
		sim_release(s);
		memset(s, 0, sizeof(*s));
		o.pool.nlocal = k;
		for (int i = 0; i < k; i++)
			o.pool.local[i] = names[i];
		if (sim_run(s, t, cat, &o, err) < 0) {
			rc = -1;
			break;
		}
		for (int j = 0; j < nds; j++) {
			struct account a, b;
			uint32_t d = ds[j];
			char item[96];
			for (uint32_t q = 0; q < t->nq; q++)
				mask[q] = s->scored[q] && table_dataset(t, q) == d;
			account_policy(&s->pol[0], mask, &b, NULL, err);
			account_policy(&s->pol[1], mask, &a, NULL, err);
			snprintf(item, sizeof(item), "%s, local up to %s",
			    table_str(t, d), largest);
			for (int m = 0; m < 3; m++)
				add(r, "tables8-9", item, metric_names[m],
				    table89_paper(table_str(t, d), largest, m),
				    account_saving(metric_of(&a.total, m),
				    metric_of(&b.total, m)));
		}
	}
out:
	sim_release(s);
	free(s);
	free(mask);
	return rc;
}

/* ---- the critics' cases ------------------------------------------------ */

static int
batch_to(struct sim_options *o, const void *arg, struct ipw_error *err)
{
	(void)err;
	o->whatif.cloud_batch = *(const double *)arg;
	return 0;
}

static int
critic_preset(struct sim_options *o, const void *arg, struct ipw_error *err)
{
	return whatif_preset_apply(&o->whatif, arg, err);
}

static int
active_params(struct sim_options *o, const void *arg, struct ipw_error *err)
{
	(void)err;
	(void)arg;
	o->pool.flops_params = FLOPS_ACTIVE;
	return 0;
}

static void
critic(struct repro *r, const struct table *t, const struct catalog *cat,
    const struct sim_options *base, const char *item, change_fn change,
    const void *arg)
{
	struct sim *s = calloc(1, sizeof(*s));
	struct repro_critic *c = &r->critic[r->ncritics++];
	struct ipw_error err;

	snprintf(c->item, sizeof(c->item), "%s", item);
	for (int m = 0; m < 3; m++)
		c->saving[m] = NAN;
	if (s == NULL)
		note(r, "%s: not computed: out of memory", item);
	else if (simulate(t, cat, base, s, change, arg, &err) < 0)
		note(r, "%s: not computed: %s", item, err.msg);
	else {
		c->computed = 1;
		for (int m = 0; m < 3; m++)
			c->saving[m] = saving_of(s, 1, m);
		c->model = s->r.model.state;
		c->model_lo = s->r.model.lo[1];
		c->model_hi = s->r.model.hi[1];
	}
	/* the paper ran none of these: its column stays empty */
	for (int m = 0; m < 3; m++)
		add(r, "assumptions", item, metric_names[m], NAN, c->saving[m]);
	if (s != NULL)
		sim_release(s);
	free(s);
}

struct batch_search {
	enum break_even_metric metric;
	double target;
};

static int
break_even_batch(struct sim_options *o, const void *arg,
    struct ipw_error *err)
{
	const struct batch_search *b = arg;

	(void)err;
	o->break_even = BE_CLOUD_BATCH;
	o->break_even_metric = b->metric;
	o->break_even_target = b->target;
	o->break_even_policy = NULL;
	return 0;
}

/* The cloud batch within the measured curve where the oracle's saving of
 * metric m falls to 0, or reaches the paper's (paper set). */
static void
batch_row(struct repro *r, const struct table *t, const struct catalog *cat,
    const struct sim_options *base, int m, int paper)
{
	static const enum break_even_metric which[3] = { BEM_ENERGY,
		BEM_COMPUTE, BEM_COST };
	const char *item = paper ? "cloud batch giving the paper's saving" :
	    "break-even cloud batch";
	struct batch_search b = { which[m], paper ? paper_oracle[m] : 0 };
	struct sim *s = calloc(1, sizeof(*s));
	struct ipw_error err;
	struct repro_row *w;
	double value = NAN, lo = NAN, hi = NAN;

	if (s != NULL && simulate(t, cat, base, s, break_even_batch, &b,
	    &err) < 0)
		note(r, "%s (%s): not computed: %s", item, metric_names[m],
		    err.msg);
	else if (s != NULL) {
		value = s->r.be.found ? s->r.be.value : NAN;
		lo = s->r.be.lo;
		hi = s->r.be.hi;
	}
	/* the paper's column: the saving searched for, not a batch */
	w = add(r, "assumptions", item, metric_names[m], NAN, value);
	w->range_lo = lo;
	w->range_hi = hi;
	if (!paper) {
		r->break_even[m] = value;
		r->be_lo = lo;
		r->be_hi = hi;
	}
	if (s != NULL)
		sim_release(s);
	free(s);
}

static void
critics(struct repro *r, const struct table *t, const struct catalog *cat,
    const struct sim_options *base)
{
	static const double batches[] = { 64, 256 };
	static const struct {
		const char *item, *preset;
	} presets[] = {
		{ "local devices dedicated (preset critic-dedicated)",
		  "critic-dedicated" },
		{ "cloud PUE and host overhead (preset critic-pue-host)",
		  "critic-pue-host" },
		{ "TCO cost instead of token prices (preset critic-tco)",
		  "critic-tco" },
	};

	for (int i = 0; i < 2; i++) {
		char item[48];
		snprintf(item, sizeof(item), "cloud batch %g", batches[i]);
		critic(r, t, cat, base, item, batch_to, &batches[i]);
	}
	for (size_t i = 0; i < sizeof(presets) / sizeof(presets[0]); i++)
		critic(r, t, cat, base, presets[i].item, critic_preset,
		    presets[i].preset);
	critic(r, t, cat, base, "FLOPs from active parameters", active_params,
	    NULL);
	for (int m = 0; m < 3; m++)
		batch_row(r, t, cat, base, m, 0);
	for (int m = 0; m < 3; m++)
		batch_row(r, t, cat, base, m, 1);
}

/* ---- the hypotheses search ------------------------------------------- */

/* The what-if setting and oracle rule of a combination on top of base.
 * Marginal and dedicated local energy take the idle power, queries per
 * day and on-hours the user gave, else data/presets/critic-dedicated.json
 * (assumptions). */
static void
combo_setting(const struct repro_explain *ex, const struct repro_combo *c,
    const struct whatif *base, const struct whatif *critic,
    enum oracle_rule base_rule, struct whatif *w, enum oracle_rule *rule)
{
	*w = *base;
	*rule = base_rule;
	if (ex->axes & 1u << AX_CLOUD_CHARGE)
		w->cloud_charge = (enum cloud_charge)c->v[AX_CLOUD_CHARGE];
	if (ex->axes & 1u << AX_CLOUD_BASIS)
		w->cloud_basis = (enum energy_basis)c->v[AX_CLOUD_BASIS];
	if (ex->axes & 1u << AX_LOCAL_MODE) {
		w->local_mode = (enum local_mode)c->v[AX_LOCAL_MODE];
		if (w->local_mode != LOCAL_MEASURED) {
			if (isnan(w->local_idle_w))
				w->local_idle_w = critic->local_idle_w;
			if (isnan(w->local_qpd)) {
				w->local_qpd = critic->local_qpd;
				w->local_on_hours = critic->local_on_hours;
			}
		}
	}
	if (ex->axes & 1u << AX_ORACLE)
		*rule = (enum oracle_rule)c->v[AX_ORACLE];
	if (ex->axes & 1u << AX_PRICING)
		w->pricing = (enum token_pricing)c->v[AX_PRICING];
	if (ex->axes & 1u << AX_STAND_IN)
		w->cloud_measured_on = c->v[AX_STAND_IN] ? ex->stand_in_from :
		    NULL;
}

static double
combo_miss(const struct repro_combo *c, const double *targets)
{
	double miss = 0;

	for (int m = 0; m < 3; m++)
		miss = fmax(miss, isnan(c->saving[m]) ? INFINITY :
		    fabs(c->saving[m] - targets[m]));
	return miss;
}

/* Sorted by departures, then by miss. */
static int
combo_before(const struct repro_combo *a, const struct repro_combo *b)
{
	return a->departures != b->departures ? a->departures < b->departures :
	    a->miss < b->miss;
}

static void
keep(struct repro_combo *list, int *n, int max, const struct repro_combo *c,
    int (*before)(const struct repro_combo *, const struct repro_combo *))
{
	int i = *n < max ? (*n)++ : max;

	if (i == max && !before(c, &list[max - 1]))
		return;
	if (i == max)
		i = max - 1;
	while (i > 0 && before(c, &list[i - 1])) {
		list[i] = list[i - 1];
		i--;
	}
	list[i] = *c;
}

static int
miss_before(const struct repro_combo *a, const struct repro_combo *b)
{
	return a->miss != b->miss ? a->miss < b->miss :
	    a->departures < b->departures;
}

/* The paper router's numbers under a match, by a full simulation. */
static void
match_routers(struct repro *r, const struct table *t,
    const struct catalog *cat, const struct sim_options *base,
    struct repro_combo *c, const struct whatif *critic)
{
	struct sim_options o = *base;
	struct sim *s = calloc(1, sizeof(*s));
	struct ipw_error err;

	for (int a = 0; a < 2; a++)
		for (int m = 0; m < 3; m++)
			c->router[a][m] = NAN;
	c->router_quality[0] = c->router_quality[1] = NAN;
	if (s == NULL)
		return;
	combo_setting(&r->ex, c, &base->whatif, critic, base->oracle_rule,
	    &o.whatif, &o.oracle_rule);
	if (r->ex.axes & 1u << AX_FLOPS)
		o.pool.flops_params = c->v[AX_FLOPS] ? FLOPS_ACTIVE :
		    FLOPS_TOTAL;
	o.bootstrap = 0;
	o.nrouters = 2;
	o.router[0] = (struct policy_spec){ .kind = POL_PAPER,
	    .arg = paper_router_alpha[0] };
	o.router[1] = (struct policy_spec){ .kind = POL_PAPER,
	    .arg = paper_router_alpha[1] };
	if (sim_run(s, t, cat, &o, &err) == 0)
		for (int a = 0; a < 2; a++) {
			for (int m = 0; m < 3; m++)
				c->router[a][m] = saving_of(s, 2 + a, m);
			c->router_quality[a] = quality_of(
			    &s->r.pol[2 + a].acct.total);
		}
	sim_release(s);
	free(s);
}

static int
explain(struct repro *r, const struct table *t, const struct catalog *cat,
    const struct sim_options *base, const struct sim *main_sim,
    const struct repro_options *ro, struct ipw_error *err)
{
	struct repro_explain *ex = &r->ex;
	struct pool pools[2];
	int have[2] = { 0, 0 }, nvals[REPRO_AXES];
	uint8_t *cloud = malloc(t->nq + 1), *assign = malloc(t->nq + 1);
	struct account *acct = malloc(2 * sizeof(*acct));
	struct whatif critic;
	struct ipw_error e;
	long total = 1;
	int rc = 0;
	const char *cloud_accel = table_str(t,
	    main_sim->p.m[main_sim->p.nlocal].c->accel);
	const struct catalog_accel *ca = catalog_accel(cat, cloud_accel);

	if (cloud == NULL || assign == NULL || acct == NULL) {
		rc = ipw_error_oom(err);
		goto out;
	}
	ex->ran = 1;
	ex->axes = ro->explain_axes;
	ex->tolerance = ro->tolerance;
	memcpy(ex->targets, ro->targets, sizeof(ex->targets));
	/* the H100 as the H200's stand-in: searched only for an H200 */
	if (ca != NULL && strcmp(ca->name, "NVIDIA-H200") == 0)
		snprintf(ex->stand_in_from, sizeof(ex->stand_in_from),
		    "NVIDIA-H100");
	else
		ex->axes &= ~(1u << AX_STAND_IN);
	whatif_init(&critic);
	if (whatif_preset_apply(&critic, "critic-dedicated", &e) < 0)
		critic.local_idle_w = critic.local_qpd = NAN;
	for (int a = 0; a < REPRO_AXES; a++) {
		nvals[a] = ex->axes & 1u << a ? axes[a].n : 1;
		total *= nvals[a];
	}
	/* one pool per FLOPs basis, built on the main simulation's setting
	 * (its curves, its pool) */
	for (int f = 0; f < (ex->axes & 1u << AX_FLOPS ? 2 : 1); f++) {
		struct pool_options po = base->pool;
		po.flops_params = ex->axes & 1u << AX_FLOPS ? (enum
		    flops_params)f : base->pool.flops_params;
		po.whatif = &main_sim->w;
		po.curves = &main_sim->curves;
		po.roofline = &main_sim->roofline;
		po.allow_empty = 0;
		if (pool_init(&pools[f], t, cat, &po, &e) == 0)
			have[f] = 1;
		else if (ex->not_computed[0] == '\0')
			snprintf(ex->not_computed, sizeof(ex->not_computed),
			    "flops-params %s: %s", axes[AX_FLOPS].values[f],
			    e.msg);
	}
	for (long i = 0; i < total; i++) {
		struct repro_combo c;
		struct whatif w;
		enum oracle_rule rule;
		struct pool *p;
		long k = i;
		memset(&c, 0, sizeof(c));
		for (int a = 0; a < REPRO_AXES; a++) {
			c.v[a] = (int)(k % nvals[a]);
			k /= nvals[a];
			c.departures += c.v[a] != 0;
		}
		ex->searched++;
		p = &pools[c.v[AX_FLOPS]];
		if (!have[c.v[AX_FLOPS]])
			continue;
		combo_setting(ex, &c, &main_sim->w, &critic,
		    base->oracle_rule, &w, &rule);
		if (pool_whatif(p, t, cat, &w, &main_sim->curves,
		    &main_sim->roofline, &e) < 0 ||
		    route_oracle(p, rule, assign, &e) < 0) {
			if (ex->not_computed[0] == '\0')
				snprintf(ex->not_computed,
				    sizeof(ex->not_computed), "%s", e.msg);
			continue;
		}
		ex->computed++;
		route_cloud_only(p, cloud);
		account_run(p, cloud, &acct[0]);
		account_run(p, assign, &acct[1]);
		for (int m = 0; m < 3; m++)
			c.saving[m] = account_saving(metric_of(&acct[1].total,
			    m), metric_of(&acct[0].total, m));
		c.quality = quality_of(&acct[1].total);
		c.miss = combo_miss(&c, ex->targets);
		if (c.miss <= ex->tolerance + 1e-12) {
			ex->nmatch_total++;
			keep(ex->match, &ex->nmatch, REPRO_MAX_MATCHES, &c,
			    combo_before);
		} else
			keep(ex->nearest, &ex->nnearest, REPRO_NEAREST, &c,
			    miss_before);
	}
	if (ex->nmatch > 0)
		ex->nnearest = 0;
	for (int i = 0; i < ex->nmatch; i++)
		match_routers(r, t, cat, base, &ex->match[i], &critic);
	for (int i = 0; i < ex->nnearest; i++)
		match_routers(r, t, cat, base, &ex->nearest[i], &critic);
out:
	for (int f = 0; f < 2; f++)
		if (have[f])
			pool_release(&pools[f]);
	free(cloud);
	free(assign);
	free(acct);
	return rc;
}

/* ---- the whole analysis ------------------------------------------------ */

static void
describe(struct repro *r, const struct sim *s)
{
	const struct pool_member *cloud = &s->p.m[s->p.nlocal];
	size_t used = 0;

	for (int i = 0; i < s->p.nlocal && used < sizeof(r->pool); i++)
		used += (size_t)snprintf(r->pool + used, sizeof(r->pool) - used,
		    "%s%s", i ? ", " : "", s->p.m[i].name);
	snprintf(r->cloud, sizeof(r->cloud), "%s", cloud->name);
	r->cloud_batch = cloud->batch_to;
	r->stand_in = cloud->curve != NULL &&
	    (cloud->stand_in & STAND_IN_ACCEL) != 0;
	snprintf(r->cloud_how, sizeof(r->cloud_how), "%s", cloud->how);
	r->nsettings = 0;
	for (int i = 0; i < s->r.nsettings && r->nsettings < 20; i++) {
		snprintf(r->setting_key[r->nsettings], sizeof(r->setting_key[0]),
		    "%s", s->r.setting[i][0]);
		snprintf(r->setting_value[r->nsettings++],
		    sizeof(r->setting_value[0]), "%s", s->r.setting[i][1]);
	}
}

int
repro_run(struct repro *r, const struct table *t, const struct catalog *cat,
    const struct sim_options *o, const struct repro_options *ro,
    struct ipw_error *err)
{
	static const char *const routers[] = { "paper:0.8", "paper:0.6",
		"cascade:0.8", "cascade:0.6", "mixture:0.8", "mixture:0.6" };
	struct sim_options base = *o;
	struct sim *s = calloc(1, sizeof(*s));
	int rc = 0;

	if (s == NULL)
		return ipw_error_oom(err);
	memset(r, 0, sizeof(*r));
	r->tolerance = ro->tolerance;
	for (int m = 0; m < 3; m++)
		r->break_even[m] = NAN;
	r->be_lo = r->be_hi = NAN;
	base.nrouters = 0;
	for (size_t i = 0; i < sizeof(routers) / sizeof(routers[0]); i++)
		if (policy_parse(routers[i], &base.router[base.nrouters++],
		    err) < 0) {
			free(s);
			return -1;
		}
	if (sim_run(s, t, cat, &base, err) < 0) {
		sim_release(s);
		free(s);
		return -1;
	}
	describe(r, s);
	r->model = s->r.model;
	figure4(r, s);
	daily(r, s, ro->queries_per_day);
	provenance(r, s);
	implied(r, s);
	/* on the paper's pool, Tables 8-9 grow every local configuration
	 * of the trace; on the user's, that one */
	rc = tables_8_9(r, t, cat, &base, ro->paper_pool, err);
	if (rc == 0)
		critics(r, t, cat, &base);
	if (rc == 0 && ro->explain)
		rc = explain(r, t, cat, &base, s, ro, err);
	sim_release(s);
	free(s);
	return rc;
}

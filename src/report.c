#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "output.h"
#include "prov.h"
#include "report.h"

#define J_PER_KWH 3.6e6

int
report_format_parse(const char *s, enum report_format *f)
{
	if (strcmp(s, "table") == 0)
		*f = REPORT_TABLE;
	else if (strcmp(s, "csv") == 0)
		*f = REPORT_CSV;
	else if (strcmp(s, "json") == 0)
		*f = REPORT_JSON;
	else
		return -1;
	return 0;
}

static double
ratio(double a, double b)
{
	return b > 0 ? a / b : NAN;
}

static double
mean_latency(const struct account_sums *s)
{
	/* Only when every served query had a latency: a mean over a subset
	 * would not be comparable across policies. */
	return s->queries > 0 && fabs(s->with_latency - s->queries) <
	    1e-9 * s->queries ? s->latency_s / s->queries : NAN;
}

static double
p95(const struct account *a)
{
	return mean_latency(&a->total) == mean_latency(&a->total) ?
	    account_latency_quantile(a, 0.95) : NAN;
}

/* Savings of policy i against policy 0: energy, compute, cost. */
static void
savings_of(const struct report *r, int i, double v[3])
{
	const struct account_sums *b = &r->pol[0].acct.total;
	const struct account_sums *s = &r->pol[i].acct.total;

	v[0] = account_saving(s->energy_j, b->energy_j);
	v[1] = account_saving(s->flops, b->flops);
	v[2] = account_saving(s->cost_usd, b->cost_usd);
}

/* RouteLLM's performance gap recovered: where the policy's quality lies
 * between the best single local member (0) and the cloud (1). */
static double
gap_recovered(const struct report *r, int i)
{
	double strong = ratio(r->pol[0].acct.total.correct, r->scored);
	double q = ratio(r->pol[i].acct.total.correct, r->scored);

	return fabs(strong - r->weak_quality) > 1e-12 ?
	    (q - r->weak_quality) / (strong - r->weak_quality) : NAN;
}

static const char *const metric_names[ST_NMETRICS] = { "energy_saving",
	"compute_saving", "cost_saving", "quality", "local_share" };

/* ---- CSV -------------------------------------------------------------- */

static void
csv_header(FILE *fp)
{
	fputs("policy,served_by,tier,queries,share,quality,energy_j,"
	    "energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,"
	    "latency_p95_s,local_share,cloud_calls,waste_energy_j,"
	    "waste_cost_usd,quality_gap_recovered", fp);
	for (int k = 0; k < 3; k++)
		fprintf(fp, ",%s,%s_lo,%s_hi", metric_names[k],
		    metric_names[k], metric_names[k]);
	fputs(",mc_replicates", fp);
	for (int k = 0; k < ST_NMETRICS; k++)
		fprintf(fp, ",mc_%s,mc_%s_lo,mc_%s_hi", metric_names[k],
		    metric_names[k], metric_names[k]);
	fputs(",carbon_kg,carbon_saving", fp);
	for (int scope = 0; scope < 2; scope++)
		for (int i = 0; i < prov_words(scope); i++) {
			char col[64];
			prov_column(scope, prov_order(scope, i), col, sizeof(col));
			fprintf(fp, ",%s", col);
		}
	fputs(",energy_saving_model_lo,energy_saving_model_hi,batch_move", fp);
	fputc('\n', fp);
}

/* Share of s's energy from source k (scope: 0) or in scope k (1); NaN
 * without energy. */
static double
prov_share(const struct account_sums *s, int scope, int k)
{
	double total = prov_sums_total(&s->prov);

	return total > 0 ? prov_sum(&s->prov, scope, k) / total : NAN;
}

/* The provenance columns: sources then scopes, unstated last. */
static void
csv_provenance(FILE *fp, const struct account_sums *s)
{
	for (int scope = 0; scope < 2; scope++)
		for (int i = 0; i < prov_words(scope); i++)
			out_csv_num(fp, prov_share(s, scope, prov_order(scope,
			    i)));
}

static void
csv_sums(FILE *fp, const struct account_sums *s, double total)
{
	out_csv_num(fp, s->queries);
	out_csv_num(fp, ratio(s->queries, total));
	out_csv_num(fp, ratio(s->correct, s->queries));
	out_csv_num(fp, s->energy_j);
	out_csv_num(fp, s->energy_j / J_PER_KWH);
	out_csv_num(fp, ratio(s->energy_j, s->queries));
	out_csv_num(fp, s->flops);
	out_csv_num(fp, s->cost_usd);
	out_csv_num(fp, mean_latency(s));
}

static void
csv_policy(const struct report *r, int i, FILE *fp)
{
	const struct report_policy *rp = &r->pol[i];
	const struct account *a = &rp->acct;
	double v[3];

	savings_of(r, i, v);
	out_csv_text(fp, rp->name);
	fputs(",all,all", fp);
	csv_sums(fp, &a->total, a->total.queries);
	out_csv_num(fp, p95(a));
	out_csv_num(fp, ratio(a->local_queries, a->total.queries));
	out_csv_num(fp, ratio(a->total.cloud_calls, a->total.queries));
	out_csv_num(fp, a->total.waste_energy_j);
	out_csv_num(fp, a->total.waste_cost_usd);
	out_csv_num(fp, gap_recovered(r, i));
	for (int k = 0; k < 3; k++) {
		out_csv_num(fp, v[k]);
		out_csv_num(fp, rp->boot.reps ? rp->boot.lo[k] : NAN);
		out_csv_num(fp, rp->boot.reps ? rp->boot.hi[k] : NAN);
	}
	out_csv_num(fp, rp->random ? rp->mc.reps : NAN);
	for (int k = 0; k < ST_NMETRICS; k++) {
		out_csv_num(fp, rp->random ? rp->mc.mean[k] : NAN);
		out_csv_num(fp, rp->random ? rp->mc.lo[k] : NAN);
		out_csv_num(fp, rp->random ? rp->mc.hi[k] : NAN);
	}
	out_csv_num(fp, a->total.carbon_kg);
	out_csv_num(fp, account_saving(a->total.carbon_kg,
	    r->pol[0].acct.total.carbon_kg));
	csv_provenance(fp, &a->total);
	out_csv_num(fp, r->model.state == MODEL_DONE ? r->model.lo[i] : NAN);
	out_csv_num(fp, r->model.state == MODEL_DONE ? r->model.hi[i] : NAN);
	fputs(",\n", fp);	/* batch move: the members' rows */
}

/* "16 -> 64 along HOW" for a member whose batch a what-if moved (HOW
 * names the curve or model and any stand-in), else "". */
static void
move_text(const struct pool_member *m, char *buf, size_t size)
{
	if (m->how[0] == '\0')
		buf[0] = '\0';
	else
		snprintf(buf, size, "%g -> %g along %s", m->batch_from,
		    m->batch_to, m->how);
}

static void
csv_member(const struct report *r, int i, int k, FILE *fp)
{
	char text[640];
	const struct account *a = &r->pol[i].acct;
	const struct account_sums *s = &a->member[k];

	out_csv_text(fp, r->pol[i].name);
	fputc(',', fp);
	out_csv_text(fp, r->p->m[k].name);
	fputs(k < r->p->nlocal ? ",local" : ",cloud", fp);
	csv_sums(fp, s, a->total.queries);
	fputs(",,,", fp);	/* p95, local share, cloud calls */
	out_csv_num(fp, s->waste_energy_j);
	out_csv_num(fp, s->waste_cost_usd);
	for (int c = 0; c < 1 + 9 + 1 + 3 * ST_NMETRICS; c++)
		fputc(',', fp);
	out_csv_num(fp, s->carbon_kg);
	fputc(',', fp);		/* carbon saving */
	csv_provenance(fp, s);
	fputs(",,,", fp);	/* model interval */
	move_text(&r->p->m[k], text, sizeof(text));
	out_csv_text(fp, text);
	fputc('\n', fp);
}

static void
write_csv(const struct report *r, FILE *fp)
{
	csv_header(fp);
	for (int i = 0; i < r->npolicies; i++) {
		csv_policy(r, i, fp);
		for (int k = 0; k < r->pol[i].acct.nmembers; k++)
			csv_member(r, i, k, fp);
	}
}

/* ---- JSON ------------------------------------------------------------- */

/* "energy_provenance": {"source": {"measured": share, ...}, "scope":
 * {...}}, every word present, unstated last. */
static void
json_provenance(cJSON *o, const struct account_sums *s)
{
	cJSON *p = cJSON_AddObjectToObject(o, "energy_provenance");

	for (int scope = 0; scope < 2; scope++) {
		cJSON *kind = cJSON_AddObjectToObject(p, scope ? "scope" :
		    "source");
		for (int i = 0; i < prov_words(scope); i++) {
			int k = prov_order(scope, i);
			cJSON_AddNumberToObject(kind, prov_name(scope, k),
			    prov_share(s, scope, k));
		}
	}
}

static void
json_sums(cJSON *o, const struct account_sums *s, double total)
{
	cJSON_AddNumberToObject(o, "queries", s->queries);
	cJSON_AddNumberToObject(o, "share", ratio(s->queries, total));
	cJSON_AddNumberToObject(o, "quality", ratio(s->correct, s->queries));
	cJSON_AddNumberToObject(o, "energy_j", s->energy_j);
	cJSON_AddNumberToObject(o, "energy_kwh", s->energy_j / J_PER_KWH);
	cJSON_AddNumberToObject(o, "energy_per_query_j", ratio(s->energy_j,
	    s->queries));
	cJSON_AddNumberToObject(o, "flops", s->flops);
	cJSON_AddNumberToObject(o, "cost_usd", s->cost_usd);
	cJSON_AddNumberToObject(o, "latency_mean_s", mean_latency(s));
	cJSON_AddNumberToObject(o, "waste_energy_j", s->waste_energy_j);
	cJSON_AddNumberToObject(o, "waste_cost_usd", s->waste_cost_usd);
	cJSON_AddNumberToObject(o, "carbon_kg", s->carbon_kg);
	json_provenance(o, s);
}

/* {"mean", "lo", "hi"}; no mean when it is NaN (a bootstrap interval
 * goes with the point estimate in "savings"). */
static cJSON *
json_interval(double mean, double lo, double hi)
{
	cJSON *o = cJSON_CreateObject();

	if (!isnan(mean))
		cJSON_AddNumberToObject(o, "mean", mean);
	cJSON_AddNumberToObject(o, "lo", lo);
	cJSON_AddNumberToObject(o, "hi", hi);
	return o;
}

static void
json_uncertainty(cJSON *o, const struct report_policy *rp)
{
	if (rp->boot.reps) {
		cJSON *b = cJSON_AddObjectToObject(o, "savings_ci95");
		cJSON_AddNumberToObject(b, "bootstrap_replicates", rp->boot.reps);
		for (int k = 0; k < 3; k++)
			cJSON_AddItemToObject(b, metric_names[k],
			    json_interval(NAN, rp->boot.lo[k], rp->boot.hi[k]));
	}
	if (rp->random) {
		cJSON *m = cJSON_AddObjectToObject(o, "monte_carlo");
		cJSON_AddNumberToObject(m, "replicates", rp->mc.reps);
		for (int k = 0; k < ST_NMETRICS; k++)
			cJSON_AddItemToObject(m, metric_names[k], json_interval(
			    rp->mc.mean[k], rp->mc.lo[k], rp->mc.hi[k]));
	}
}

/* "model_interval": {"state", "draws", "note"}; per policy, in its
 * savings, "energy_saving_model95": {"lo", "hi"} when computed. */
const char *
report_model_state(enum model_state s)
{
	static const char *const name[] = { "none", "computed",
		"not computed" };

	return name[s];
}

static void
json_model_interval(cJSON *root, const struct model_interval *m)
{
	cJSON *o = cJSON_AddObjectToObject(root, "model_interval");

	cJSON_AddStringToObject(o, "state", report_model_state(m->state));
	cJSON_AddNumberToObject(o, "draws", m->draws);
	cJSON_AddStringToObject(o, "note", m->note);
}

static cJSON *
json_policy(const struct report *r, int i)
{
	const struct report_policy *rp = &r->pol[i];
	const struct account *a = &rp->acct;
	cJSON *o = cJSON_CreateObject(), *sv, *by;
	double v[3];

	savings_of(r, i, v);
	cJSON_AddStringToObject(o, "policy", rp->name);
	json_sums(o, &a->total, a->total.queries);
	cJSON_AddNumberToObject(o, "latency_p95_s", p95(a));
	cJSON_AddNumberToObject(o, "local_share", ratio(a->local_queries,
	    a->total.queries));
	cJSON_AddNumberToObject(o, "cloud_calls", ratio(a->total.cloud_calls,
	    a->total.queries));
	cJSON_AddNumberToObject(o, "quality_gap_recovered",
	    gap_recovered(r, i));
	sv = cJSON_AddObjectToObject(o, "savings");
	cJSON_AddNumberToObject(sv, "energy_saving", v[0]);
	cJSON_AddNumberToObject(sv, "compute_saving", v[1]);
	cJSON_AddNumberToObject(sv, "cost_saving", v[2]);
	cJSON_AddNumberToObject(sv, "carbon_saving", account_saving(
	    a->total.carbon_kg, r->pol[0].acct.total.carbon_kg));
	if (r->model.state == MODEL_DONE)
		cJSON_AddItemToObject(sv, "energy_saving_model95",
		    json_interval(NAN, r->model.lo[i], r->model.hi[i]));
	json_uncertainty(o, rp);
	by = cJSON_AddArrayToObject(o, "served_by");
	for (int k = 0; k < a->nmembers; k++) {
		cJSON *m = cJSON_CreateObject();
		cJSON_AddStringToObject(m, "config", r->p->m[k].name);
		cJSON_AddStringToObject(m, "tier", k < r->p->nlocal ? "local" :
		    "cloud");
		json_sums(m, &a->member[k], a->total.queries);
		if (r->p->m[k].how[0] != '\0') {
			char text[640];
			move_text(&r->p->m[k], text, sizeof(text));
			cJSON_AddStringToObject(m, "batch_move", text);
		}
		if (r->p->m[k].idle_how[0] != '\0')
			cJSON_AddStringToObject(m, "idle_power",
			    r->p->m[k].idle_how);
		cJSON_AddItemToArray(by, m);
	}
	return o;
}

static void
json_break_even(cJSON *root, const struct break_even *be)
{
	cJSON *o = cJSON_AddObjectToObject(root, "break_even"), *c;

	cJSON_AddStringToObject(o, "parameter", be->param);
	cJSON_AddStringToObject(o, "policy", be->policy);
	cJSON_AddStringToObject(o, "metric", be->metric);
	cJSON_AddNumberToObject(o, "target_saving", be->target);
	cJSON_AddNumberToObject(o, "lo", be->lo);
	cJSON_AddNumberToObject(o, "hi", be->hi);
	cJSON_AddNumberToObject(o, "value", be->found ? be->value : NAN);
	c = cJSON_AddArrayToObject(o, "curve");
	for (int i = 0; i < BREAK_EVEN_POINTS; i++) {
		cJSON *p = cJSON_CreateObject();
		cJSON_AddNumberToObject(p, "x", be->x[i]);
		cJSON_AddNumberToObject(p, "saving", be->saving[i]);
		cJSON_AddItemToArray(c, p);
	}
}

static int
write_json(const struct report *r, FILE *fp)
{
	cJSON *root = cJSON_CreateObject(), *set, *pol;

	cJSON_AddNumberToObject(root, "queries", r->scored);
	cJSON_AddNumberToObject(root, "dropped", r->p->ndropped);
	set = cJSON_AddObjectToObject(root, "settings");
	for (int i = 0; i < r->nsettings; i++)
		if (strcmp(r->setting[i][0], "local") == 0) {
			/* the pool as a list, not a joined string */
			cJSON *l = cJSON_AddArrayToObject(set, "local");
			for (int k = 0; k < r->p->nlocal; k++)
				cJSON_AddItemToArray(l, cJSON_CreateString(
				    r->p->m[k].name));
		} else
			cJSON_AddStringToObject(set, r->setting[i][0],
			    r->setting[i][1]);
	cJSON_AddStringToObject(root, "baseline", r->pol[0].name);
	pol = cJSON_AddArrayToObject(root, "policies");
	for (int i = 0; i < r->npolicies; i++)
		cJSON_AddItemToArray(pol, json_policy(r, i));
	if (r->be.set)
		json_break_even(root, &r->be);
	json_model_interval(root, &r->model);
	return out_json_doc(fp, root, "simulate");
}

/* ---- table ------------------------------------------------------------ */

static void
table_row(FILE *fp, const char *label, const struct account_sums *s,
    double total)
{
	fprintf(fp, "  %-34s", label);
	out_num(fp, 8, s->queries);
	out_pct(fp, 7, ratio(s->queries, total));
	out_pct(fp, 8, ratio(s->correct, s->queries));
	out_num(fp, 11, s->energy_j);
	out_num(fp, 10, ratio(s->energy_j, s->queries));
	out_num(fp, 11, s->flops);
	out_num(fp, 10, s->cost_usd);
	out_num(fp, 9, mean_latency(s));
	fputc('\n', fp);
}

/* "66.7% [65.1, 68.0]" or "66.7%" without an interval. */
static void
pct_ci(FILE *fp, double v, const struct interval_set *ci, int k)
{
	if (isnan(v))
		fprintf(fp, " %20s", "-");
	else if (ci->reps == 0)
		fprintf(fp, " %6.1f%%%13s", 100 * v, "");
	else
		fprintf(fp, " %6.1f%% [%5.1f,%5.1f]", 100 * v, 100 * ci->lo[k],
		    100 * ci->hi[k]);
}

static void
write_summary(const struct report *r, FILE *fp)
{
	fprintf(fp, "\n%-24s %7s %7s %8s %8s %20s %20s %20s\n", "policy",
	    "local", "cloud", "quality", "gap_rec", "energy_sav [95% CI]",
	    "compute_sav", "cost_sav");
	for (int i = 0; i < r->npolicies; i++) {
		const struct report_policy *rp = &r->pol[i];
		const struct account *a = &rp->acct;
		double v[3];
		savings_of(r, i, v);
		fprintf(fp, "%-24s", rp->name);
		out_pct(fp, 7, ratio(a->local_queries, a->total.queries));
		out_pct(fp, 7, ratio(a->total.cloud_calls, a->total.queries));
		out_pct(fp, 8, ratio(a->total.correct, a->total.queries));
		out_num(fp, 8, gap_recovered(r, i));
		for (int k = 0; k < 3; k++)
			pct_ci(fp, v[k], &rp->boot, k);
		fputc('\n', fp);
	}
}

static void
write_model_interval(const struct report *r, FILE *fp)
{
	const struct model_interval *m = &r->model;

	if (m->state != MODEL_DONE) {
		fprintf(fp, "\nmodel interval: %s: %s\n",
		    report_model_state(m->state), m->note);
		return;
	}
	fprintf(fp, "\nmodel interval (%d draws): energy_sav [2.5%%, 97.5%%] "
	    "when every modelled energy is drawn from its validated error, "
	    "one draw per configuration, routing as decided\n", m->draws);
	for (int i = 1; i < r->npolicies; i++)
		fprintf(fp, "%-24s %6.1f%% [%5.1f, %5.1f]\n", r->pol[i].name,
		    100 * account_saving(r->pol[i].acct.total.energy_j,
		    r->pol[0].acct.total.energy_j), 100 * m->lo[i],
		    100 * m->hi[i]);
	fprintf(fp, "drawn: %s\n", m->note);
}

static void
write_monte_carlo(const struct report *r, FILE *fp)
{
	int any = 0;

	for (int i = 0; i < r->npolicies; i++) {
		const struct report_policy *rp = &r->pol[i];
		if (!rp->random)
			continue;
		if (!any++)
			fprintf(fp, "\nMonte Carlo (%d replicates): mean [2.5%%, "
			    "97.5%%]\n%-24s %20s %20s %20s %20s %20s\n",
			    rp->mc.reps, "policy", "energy_sav", "compute_sav",
			    "cost_sav", "quality", "local");
		fprintf(fp, "%-24s", rp->name);
		for (int k = 0; k < ST_NMETRICS; k++)
			pct_ci(fp, rp->mc.mean[k], &rp->mc, k);
		fputc('\n', fp);
	}
}

static void
table_break_even(const struct break_even *be, FILE *fp)
{
	fprintf(fp, "\nbreak-even: %s %s saving = %g as %s moves over "
	    "[%g, %g]: ", be->policy, be->metric, be->target, be->param,
	    be->lo, be->hi);
	if (be->found)
		fprintf(fp, "at %s = %.6g\n", be->param, be->value);
	else
		fprintf(fp, "not reached (saving stays %s it)\n",
		    be->saving[0] > be->target ? "above" : "below");
	fprintf(fp, "  %14s %8s_sav\n", be->param, be->metric);
	for (int i = 0; i < BREAK_EVEN_POINTS; i++) {
		fprintf(fp, "  %14.6g", be->x[i]);
		out_pct(fp, 12, be->saving[i]);
		fputc('\n', fp);
	}
}

void
report_provenance_text(const struct account_sums *s, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int scope = 0; scope < 2 && n < size; scope++) {
		int any = 0;
		n += (size_t)snprintf(buf + n, size - n, "%s", scope ?
		    "; scope: " : "source: ");
		for (int i = 0; i < prov_words(scope) && n < size; i++) {
			int k = prov_order(scope, i);
			double v = prov_share(s, scope, k);
			if (!(v > 0))
				continue;
			n += (size_t)snprintf(buf + n, size - n, "%s%s %.1f%%",
			    any++ ? ", " : "", prov_name(scope, k), 100 * v);
		}
		if (!any && n < size)
			n += (size_t)snprintf(buf + n, size - n, "-");
	}
}

static void
write_table(const struct report *r, FILE *fp)
{
	char buf[400];

	fprintf(fp, "queries: %.0f", r->scored);
	if (r->p->ndropped > 0)
		fprintf(fp, " (%u dropped: no cloud record)", r->p->ndropped);
	fputc('\n', fp);
	for (int i = 0; i < r->nsettings; i++)
		fprintf(fp, "%s: %s\n", r->setting[i][0], r->setting[i][1]);
	write_summary(r, fp);
	write_model_interval(r, fp);
	write_monte_carlo(r, fp);
	if (r->be.set)
		table_break_even(&r->be, fp);
	for (int i = 0; i < r->npolicies; i++) {
		const struct account *a = &r->pol[i].acct;
		fprintf(fp, "\n%s:\n  %-34s %8s %7s %8s %11s %10s %11s %10s "
		    "%9s\n", r->pol[i].name, "served by", "queries", "share",
		    "quality", "energy_J", "J/query", "FLOPs", "cost_USD",
		    "lat_s");
		for (int k = 0; k < a->nmembers; k++)
			table_row(fp, r->p->m[k].name, &a->member[k],
			    a->total.queries);
		table_row(fp, "total", &a->total, a->total.queries);
		fprintf(fp, "  %-34s %.6g kWh", "energy",
		    a->total.energy_j / J_PER_KWH);
		if (!isnan(a->total.carbon_kg))
			fprintf(fp, ", %.6g kg CO2e", a->total.carbon_kg);
		fprintf(fp, "; wasted on failed local attempts %.6g J, %.6g USD; "
		    "p95 latency ", a->total.waste_energy_j,
		    a->total.waste_cost_usd);
		if (isnan(p95(a)))
			fputs("-\n", fp);
		else
			fprintf(fp, "%.4g s\n", p95(a));
		report_provenance_text(&a->total, buf, sizeof(buf));
		fprintf(fp, "  %-34s %s\n", "energy provenance", buf);
	}
}

int
report_write(const struct report *r, enum report_format f, FILE *fp)
{
	switch (f) {
	case REPORT_CSV:
		write_csv(r, fp);
		return 0;
	case REPORT_JSON:
		return write_json(r, fp);
	default:
		write_table(r, fp);
		return 0;
	}
}

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "output.h"
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
	return s->queries > 0 && s->with_latency == s->queries ?
	    s->latency_s / (double)s->queries : NAN;
}

struct savings {
	double energy, compute, cost;
};

static struct savings
savings_of(const struct report *r, int i)
{
	const struct account_sums *b = &r->acct[0].total, *s =
	    &r->acct[i].total;
	struct savings v = {
		account_saving(s->energy_j, b->energy_j),
		account_saving(s->flops, b->flops),
		account_saving(s->cost_usd, b->cost_usd),
	};
	return v;
}

/* ---- CSV -------------------------------------------------------------- */

static const char csv_columns[] = "policy,served_by,tier,queries,share,"
    "quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,"
    "latency_mean_s,local_share,energy_saving,compute_saving,cost_saving";

static void
csv_sums(FILE *fp, const struct account_sums *s, uint64_t total)
{
	fprintf(fp, ",%llu", (unsigned long long)s->queries);
	out_csv_num(fp, ratio((double)s->queries, (double)total));
	out_csv_num(fp, ratio((double)s->correct, (double)s->queries));
	out_csv_num(fp, s->energy_j);
	out_csv_num(fp, s->energy_j / J_PER_KWH);
	out_csv_num(fp, ratio(s->energy_j, (double)s->queries));
	out_csv_num(fp, s->flops);
	out_csv_num(fp, s->cost_usd);
	out_csv_num(fp, mean_latency(s));
}

static void
write_csv(const struct report *r, FILE *fp)
{
	fprintf(fp, "%s\n", csv_columns);
	for (int i = 0; i < r->npolicies; i++) {
		const struct account *a = &r->acct[i];
		struct savings v = savings_of(r, i);
		out_csv_text(fp, r->name[i]);
		fputs(",all,all", fp);
		csv_sums(fp, &a->total, a->total.queries);
		out_csv_num(fp, ratio((double)a->local_queries,
		    (double)a->total.queries));
		out_csv_num(fp, v.energy);
		out_csv_num(fp, v.compute);
		out_csv_num(fp, v.cost);
		fputc('\n', fp);
		for (int k = 0; k < a->nmembers; k++) {
			out_csv_text(fp, r->name[i]);
			fputc(',', fp);
			out_csv_text(fp, r->p->m[k].name);
			fputs(k < r->p->nlocal ? ",local" : ",cloud", fp);
			csv_sums(fp, &a->member[k], a->total.queries);
			fputs(",,,,\n", fp);
		}
	}
}

/* ---- JSON ------------------------------------------------------------- */

static void
json_sums(cJSON *o, const struct account_sums *s, uint64_t total)
{
	cJSON_AddNumberToObject(o, "queries", (double)s->queries);
	cJSON_AddNumberToObject(o, "share", ratio((double)s->queries,
	    (double)total));
	cJSON_AddNumberToObject(o, "quality", ratio((double)s->correct,
	    (double)s->queries));
	cJSON_AddNumberToObject(o, "energy_j", s->energy_j);
	cJSON_AddNumberToObject(o, "energy_kwh", s->energy_j / J_PER_KWH);
	cJSON_AddNumberToObject(o, "energy_per_query_j", ratio(s->energy_j,
	    (double)s->queries));
	cJSON_AddNumberToObject(o, "flops", s->flops);
	cJSON_AddNumberToObject(o, "cost_usd", s->cost_usd);
	cJSON_AddNumberToObject(o, "latency_mean_s", mean_latency(s));
}

static cJSON *
json_policy(const struct report *r, int i)
{
	const struct account *a = &r->acct[i];
	struct savings v = savings_of(r, i);
	cJSON *o = cJSON_CreateObject(), *sv, *by;

	cJSON_AddStringToObject(o, "policy", r->name[i]);
	json_sums(o, &a->total, a->total.queries);
	cJSON_AddNumberToObject(o, "local_share", ratio((double)
	    a->local_queries, (double)a->total.queries));
	sv = cJSON_AddObjectToObject(o, "savings");
	cJSON_AddNumberToObject(sv, "energy", v.energy);
	cJSON_AddNumberToObject(sv, "compute", v.compute);
	cJSON_AddNumberToObject(sv, "cost", v.cost);
	by = cJSON_AddArrayToObject(o, "served_by");
	for (int k = 0; k < a->nmembers; k++) {
		cJSON *m = cJSON_CreateObject();
		cJSON_AddStringToObject(m, "config", r->p->m[k].name);
		cJSON_AddStringToObject(m, "tier", k < r->p->nlocal ? "local" :
		    "cloud");
		json_sums(m, &a->member[k], a->total.queries);
		cJSON_AddItemToArray(by, m);
	}
	return o;
}

static int
write_json(const struct report *r, FILE *fp)
{
	cJSON *root = cJSON_CreateObject(), *set, *pol;

	cJSON_AddNumberToObject(root, "queries", r->p->nkept);
	cJSON_AddNumberToObject(root, "dropped", r->p->ndropped);
	set = cJSON_AddObjectToObject(root, "settings");
	for (int i = 0; i < r->nsettings; i++)
		cJSON_AddStringToObject(set, r->setting[i][0], r->setting[i][1]);
	cJSON_AddStringToObject(root, "baseline", r->name[0]);
	pol = cJSON_AddArrayToObject(root, "policies");
	for (int i = 0; i < r->npolicies; i++)
		cJSON_AddItemToArray(pol, json_policy(r, i));
	return out_json(fp, root);
}

/* ---- table ------------------------------------------------------------ */

static void
table_row(FILE *fp, const char *label, const struct account_sums *s,
    uint64_t total)
{
	fprintf(fp, "  %-34s %8llu", label, (unsigned long long)s->queries);
	out_pct(fp, 7, ratio((double)s->queries, (double)total));
	out_pct(fp, 8, ratio((double)s->correct, (double)s->queries));
	out_num(fp, 11, s->energy_j);
	out_num(fp, 10, ratio(s->energy_j, (double)s->queries));
	out_num(fp, 11, s->flops);
	out_num(fp, 10, s->cost_usd);
	out_num(fp, 9, mean_latency(s));
	fputc('\n', fp);
}

static void
write_table(const struct report *r, FILE *fp)
{
	fprintf(fp, "queries: %u", r->p->nkept);
	if (r->p->ndropped > 0)
		fprintf(fp, " (%u dropped: no cloud record)", r->p->ndropped);
	fputc('\n', fp);
	for (int i = 0; i < r->nsettings; i++)
		fprintf(fp, "%s: %s\n", r->setting[i][0], r->setting[i][1]);
	fprintf(fp, "\n%-14s %7s %8s %12s %12s %12s\n", "policy", "local",
	    "quality", "energy_sav", "compute_sav", "cost_sav");
	for (int i = 0; i < r->npolicies; i++) {
		const struct account *a = &r->acct[i];
		struct savings v = savings_of(r, i);
		fprintf(fp, "%-14s", r->name[i]);
		out_pct(fp, 7, ratio((double)a->local_queries,
		    (double)a->total.queries));
		out_pct(fp, 8, ratio((double)a->total.correct,
		    (double)a->total.queries));
		out_pct(fp, 12, v.energy);
		out_pct(fp, 12, v.compute);
		out_pct(fp, 12, v.cost);
		fputc('\n', fp);
	}
	for (int i = 0; i < r->npolicies; i++) {
		const struct account *a = &r->acct[i];
		fprintf(fp, "\n%s:\n  %-34s %8s %7s %8s %11s %10s %11s %10s "
		    "%9s\n", r->name[i], "served by", "queries", "share",
		    "quality", "energy_J", "J/query", "FLOPs", "cost_USD",
		    "lat_s");
		for (int k = 0; k < a->nmembers; k++)
			table_row(fp, r->p->m[k].name, &a->member[k],
			    a->total.queries);
		table_row(fp, "total", &a->total, a->total.queries);
		fprintf(fp, "  %-34s %.6g kWh\n", "energy",
		    a->total.energy_j / J_PER_KWH);
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

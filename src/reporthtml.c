/* A simulation's report as one self-contained HTML page (report.h):
 * the headline savings with their intervals, the settings and pool,
 * every policy's table, the stand-ins and assumptions, and what each
 * number is. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "plot.h"
#include "prov.h"
#include "report.h"

static double
share(double a, double b)
{
	return b > 0 ? a / b : NAN;
}

static double
metric(const struct account_sums *s, int m)
{
	return m == 0 ? s->energy_j : m == 1 ? s->flops : s->cost_usd;
}

/* The energy saving's model interval under the headline. */
static void
model_interval(FILE *fp, const struct report *r)
{
	const struct model_interval *m = &r->model;

	fputs("<p>", fp);
	if (m->state != MODEL_DONE) {
		html_printf(fp, "Model interval: %s: %s.",
		    report_model_state(m->state), m->note);
		fputs("</p>\n", fp);
		return;
	}
	html_printf(fp, "Model interval of the energy saving (%d draws of "
	    "each modelled energy from its validated error, one per "
	    "configuration; 2.5%% to 97.5%%):", m->draws);
	for (int i = 1; i < r->npolicies; i++)
		html_printf(fp, "%s %s %.1f%% [%.1f, %.1f]", i > 1 ? ";" : "",
		    r->pol[i].name, account_saving(
		    r->pol[i].acct.total.energy_j,
		    r->pol[0].acct.total.energy_j) * 100, m->lo[i] * 100,
		    m->hi[i] * 100);
	html_printf(fp, ". Drawn: %s.", m->note);
	fputs("</p>\n", fp);
}

static void
headline(FILE *fp, const struct report *r)
{
	static const char *const heads[] = { "policy", "local share",
		"quality", "energy saving", "compute saving", "cost saving" };
	const struct account_sums *b = &r->pol[0].acct.total;

	html_heading(fp, 2, "headline", "Headline: savings against "
	    "cloud-only");
	html_table_begin(fp, "Each policy's savings, with the bootstrap 95% "
	    "interval over queries where there is one", heads, 6);
	for (int i = 0; i < r->npolicies; i++) {
		const struct report_policy *p = &r->pol[i];
		const struct account_sums *s = &p->acct.total;
		html_row_begin(fp);
		html_cell(fp, p->name, NULL);
		html_cell_num(fp, "%.1f%%", share(p->acct.local_queries,
		    s->queries) * 100);
		html_cell_num(fp, "%.1f%%", share(s->correct, s->queries) * 100);
		for (int m = 0; m < 3; m++) {
			char cell[96];
			double v = account_saving(metric(s, m), metric(b, m));
			if (p->boot.reps > 0 && i > 0)
				snprintf(cell, sizeof(cell), "%.1f%% [%.1f, %.1f]",
				    v * 100, p->boot.lo[m] * 100,
				    p->boot.hi[m] * 100);
			else
				snprintf(cell, sizeof(cell), "%.1f%%", v * 100);
			html_cell(fp, cell, "num");
		}
		html_row_end(fp);
	}
	html_table_end(fp);
	model_interval(fp, r);
}

static void
members(FILE *fp, const struct report *r, int i)
{
	static const char *const heads[] = { "served by", "queries", "share",
		"quality", "energy (J)", "J per query", "FLOPs", "cost (USD)",
		"mean latency (s)" };
	const struct account *a = &r->pol[i].acct;

	html_table_begin(fp, r->pol[i].name, heads, 9);
	for (int k = 0; k <= a->nmembers; k++) {
		const struct account_sums *s = k < a->nmembers ?
		    &a->member[k] : &a->total;
		html_row_begin(fp);
		html_cell(fp, k < a->nmembers ? r->p->m[k].name : "total",
		    NULL);
		html_cell_num(fp, "%.6g", s->queries);
		html_cell_num(fp, "%.1f%%", share(s->queries,
		    a->total.queries) * 100);
		html_cell_num(fp, "%.1f%%", share(s->correct, s->queries) * 100);
		html_cell_num(fp, "%.6g", s->energy_j);
		html_cell_num(fp, "%.4g", share(s->energy_j, s->queries));
		html_cell_num(fp, "%.4g", s->flops);
		html_cell_num(fp, "%.4g", s->cost_usd);
		html_cell_num(fp, "%.4g", share(s->latency_s, s->with_latency));
		html_row_end(fp);
	}
	html_table_end(fp);
}

/* Each policy's savings as grouped bars, with their bootstrap intervals
 * where there are some. -1 when the plot cannot be drawn. */
static int
savings_plot(FILE *fp, const struct report *r, const char *traces)
{
	static const char *const names[3] = { "energy saving",
		"compute saving", "cost saving" };
	/* per metric: x, the saving, its interval's ends, per policy */
	double v[3][4][REPORT_MAX_POLICIES];
	struct plot *p;
	struct ipw_error err;
	char sub[1024];
	int n = r->npolicies - 1, rc;

	if (n < 1)
		return 0;
	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	snprintf(sub, sizeof(sub), "ipwsim simulate on %s (%.0f queries "
	    "scored). Bars: the saving; whiskers: its bootstrap 95%% interval "
	    "over queries (sampling only).", traces, r->scored);
	plot_init_policy_bars(p, "Each policy's savings against cloud-only",
	    sub);
	p->ncat = n < PLOT_MAX_CATS ? n : PLOT_MAX_CATS;
	for (int m = 0; m < 3; m++) {
		double *x = v[m][0], *y = v[m][1], *lo = v[m][2], *hi = v[m][3];
		for (int i = 0; i < p->ncat; i++) {
			const struct report_policy *rp = &r->pol[i + 1];
			p->cat[i] = rp->name;
			x[i] = i;
			y[i] = account_saving(metric(&rp->acct.total, m),
			    metric(&r->pol[0].acct.total, m));
			lo[i] = rp->boot.reps > 0 ? rp->boot.lo[m] : NAN;
			hi[i] = rp->boot.reps > 0 ? rp->boot.hi[m] : NAN;
		}
		p->s[p->nseries++] = (struct plot_series){ .name = names[m],
			.n = p->ncat, .x = x, .y = y, .color = m, .dash = -1,
			.lo = lo, .hi = hi };
	}
	html_heading(fp, 2, "plot", "Savings, as a plot");
	rc = html_plot(fp, p, &err);
	free(p);
	return rc;
}

/* Each policy's energy by source (scope = 0) or by scope (1), as shares
 * of its energy (ipwsim(1), PROVENANCE), unstated last. */
static void
energy_provenance(FILE *fp, const struct report *r, int scope)
{
	const char *heads[2 + PROV_SOURCES + PROV_SCOPES];
	int n = prov_words(scope);

	heads[0] = "policy";
	heads[1] = "energy (J)";
	for (int i = 0; i < n; i++)
		heads[2 + i] = prov_name(scope, prov_order(scope, i));
	html_table_begin(fp, scope ? "Each policy's energy by scope: what it "
	    "counts (the records' energy_scope; idle accelerators' energy "
	    "added by a what-if is the accelerator's, host overhead the "
	    "system's, PUE's share the wall's)" : "Each policy's energy by "
	    "source: how it was obtained (the records' energy_source for "
	    "energy charged as the trace gives it; modelled for what a "
	    "what-if or accounting model moved or added)", heads, 2 + n);
	for (int i = 0; i < r->npolicies; i++) {
		const struct prov_sums *ps = &r->pol[i].acct.total.prov;
		double total = prov_sums_total(ps);
		html_row_begin(fp);
		html_cell(fp, r->pol[i].name, NULL);
		html_cell_num(fp, "%.6g", r->pol[i].acct.total.energy_j);
		for (int w = 0; w < n; w++)
			html_cell_num(fp, "%.1f%%", 100 * share(prov_sum(ps, scope,
			    prov_order(scope, w)), total));
		html_row_end(fp);
	}
	html_table_end(fp);
}

static void
assumptions(FILE *fp, const struct report *r)
{
	int any = 0;

	html_heading(fp, 2, "assumptions", "Stand-ins and assumptions");
	fputs("<ul>\n", fp);
	for (int i = 0; i < r->nsettings; i++) {
		const char *k = r->setting[i][0], *v = r->setting[i][1];
		if (strncmp(k, "batch ", 6) != 0 && strcmp(k, "whatif") != 0 &&
		    strcmp(k, "accounting") != 0 && strcmp(k, "arrivals") != 0)
			continue;
		fputs("<li>", fp);
		html_printf(fp, "%s: %s%s", k, v, strstr(v, "standing in") ?
		    " (a stand-in: another device's measurement)" : "");
		fputs("</li>\n", fp);
		any = 1;
	}
	if (!any) {
		fputs("<li>", fp);
		html_text(fp, "None: the trace's records as measured.");
		fputs("</li>\n", fp);
	}
	fputs("</ul>\n", fp);
	html_heading(fp, 2, "provenance", "Provenance of the numbers");
	fputs("<ul>\n<li>", fp);
	html_text(fp, "Energy, latency and correctness: the trace's records, "
	    "moved by the what-if models listed above where they apply. The "
	    "tables below give each policy's energy by source and by scope, "
	    "from the records' energy_source and energy_scope (unstated where "
	    "a record gives neither: then whether it is measured is the "
	    "trace's documentation's to say) and modelled for what ipwsim's "
	    "models produce.");
	fputs("</li>\n<li>", fp);
	html_text(fp, "FLOPs and cost: the trace's flops and cost_usd where "
	    "given, else parameter counts and token prices from the catalog, "
	    "each value with its source (ipwsim catalog).");
	fputs("</li>\n<li>", fp);
	html_text(fp, "Intervals: bootstrap over queries (sampling only; "
	    "model error is not included).");
	fputs("</li>\n</ul>\n", fp);
	energy_provenance(fp, r, 0);
	energy_provenance(fp, r, 1);
}

int
report_write_html(const struct report *r, FILE *fp)
{
	static const char *const heads[] = { "setting", "value" };
	char traces[1024];
	size_t used = 0;

	traces[0] = '\0';
	for (uint32_t i = 0; i < r->t->nfiles && used < sizeof(traces); i++)
		used += (size_t)snprintf(traces + used, sizeof(traces) - used,
		    "%s%s", i ? ", " : "", r->t->files[i]);
	html_begin(fp, "ipwsim simulate: local and cloud routing");
	fputs("<p class=\"small\">", fp);
	html_printf(fp, "ipwsim %s, on %s: %.0f queries scored.",
	    PACKAGE_VERSION, traces, r->scored);
	fputs("</p>\n", fp);
	headline(fp, r);
	if (savings_plot(fp, r, traces) < 0)
		return -1;
	html_heading(fp, 2, "settings", "Settings and pool");
	html_table_begin(fp, NULL, heads, 2);
	for (int i = 0; i < r->nsettings; i++) {
		html_row_begin(fp);
		html_cell(fp, r->setting[i][0], NULL);
		html_cell(fp, r->setting[i][1], NULL);
		html_row_end(fp);
	}
	html_table_end(fp);
	if (r->be.set) {
		html_heading(fp, 2, "break-even", "Break-even");
		fputs("<p>", fp);
		if (r->be.found)
			html_printf(fp, "The %s's %s saving reaches %g at %s = "
			    "%.6g (searched %.6g to %.6g).", r->be.policy,
			    r->be.metric, r->be.target, r->be.param, r->be.value,
			    r->be.lo, r->be.hi);
		else
			html_printf(fp, "The %s's %s saving does not reach %g "
			    "for %s in %.6g to %.6g.", r->be.policy, r->be.metric,
			    r->be.target, r->be.param, r->be.lo, r->be.hi);
		fputs("</p>\n", fp);
	}
	html_heading(fp, 2, "tables", "Each policy, by configuration");
	for (int i = 0; i < r->npolicies; i++)
		members(fp, r, i);
	assumptions(fp, r);
	html_end(fp);
	return ferror(fp) ? -1 : 0;
}

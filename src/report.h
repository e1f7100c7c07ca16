/* Writing simulation results as an aligned table, CSV or JSON. The CSV
 * columns and JSON keys are documented in ipwsim-simulate(1) and stable. */
#ifndef IPW_REPORT_H
#define IPW_REPORT_H

#include <stdio.h>

#include "account.h"
#include "route.h"
#include "stats.h"
#include "table.h"

enum report_format { REPORT_TABLE, REPORT_CSV, REPORT_JSON };

#define REPORT_MAX_POLICIES 18

struct report_policy {
	const char *name;
	struct account acct;
	int random;		/* mc holds a Monte Carlo summary */
	struct interval_set mc;
	struct interval_set boot;	/* lo/hi of the savings, if reps */
};

#define BREAK_EVEN_POINTS 9

/* Where a policy's energy saving crosses a target as one what-if
 * parameter moves, and the saving at points across the searched range. */
struct break_even {
	int set;
	const char *param, *policy, *metric;
	double target;
	double lo, hi;		/* the range searched */
	int found;
	double value;		/* the parameter where saving = target */
	double x[BREAK_EVEN_POINTS], saving[BREAK_EVEN_POINTS];
	/* the energy saving's model interval there (NaN: none) */
	double model_lo[BREAK_EVEN_POINTS], model_hi[BREAK_EVEN_POINTS];
};

/* The model interval: the 95% range of each policy's energy saving when
 * every energy a model moved is drawn from that model's validated error
 * (src/modelint.h). */
enum model_state { MODEL_NONE, MODEL_DONE, MODEL_NOT_DONE };

struct model_interval {
	enum model_state state;	/* NONE: nothing modelled (as measured) */
	int draws;
	char note[768];		/* what was drawn from what, or why not */
	double lo[REPORT_MAX_POLICIES], hi[REPORT_MAX_POLICIES];
};

struct report {
	const struct table *t;
	const struct pool *p;
	const char *setting[16][2];	/* key, value lines for the header */
	int nsettings;
	double scored;		/* queries the policies are scored on */
	double weak_quality;	/* best single local member, for the gap */
	struct break_even be;
	struct model_interval model;
	int npolicies;		/* policy 0 is the baseline */
	struct report_policy pol[REPORT_MAX_POLICIES];
};

int report_format_parse(const char *s, enum report_format *f);
/* "none", "computed" or "not computed". */
const char *report_model_state(enum model_state s);
/* Returns 0, or -1 if writing failed (the caller checks the stream). */
int report_write(const struct report *r, enum report_format f, FILE *fp);
/* The report as one self-contained HTML page (src/reporthtml.c). */
int report_write_html(const struct report *r, FILE *fp);
/* "source: measured 60.0%, modelled 40.0%; scope: accelerator 100.0%":
 * the shares of s's energy that are not zero, unstated last ("-" for a
 * side with no energy). */
void report_provenance_text(const struct account_sums *s, char *buf,
    size_t size);

#endif

/* The reproduction analysis: the paper's routing numbers (PAPER.md,
 * Figure 4 and Tables 8-9) next to a trace's under the paper's setting,
 * the verdict in words (which numbers hold, by how much the others miss,
 * and why, from savings = f x (1 - r)), the critics' cases, and the
 * search over accounting hypotheses for the ones under which the paper's
 * numbers would appear. ipwsim reproduce writes it; any command can run
 * it. The formulas are in docs/reproduction.md. */
#ifndef IPW_REPRO_H
#define IPW_REPRO_H

#include "catalog.h"
#include "error.h"
#include "sim.h"
#include "table.h"

#define REPRO_MAX_ROWS 4096	/* 16 datasets x 63 pools x 3 and the rest */
#define REPRO_MAX_MATCHES 24
#define REPRO_NEAREST 5
#define REPRO_MAX_NOTES 8

/* One output row. lo and hi are the bootstrap 95% interval; range_lo and
 * range_hi the range a search covered (break-even rows); paper is NaN
 * where the paper gives no number. whole: a count or a daily total,
 * written as an integer in tables. */
struct repro_row {
	char section[16], item[96], metric[48];
	double paper, value, lo, hi, range_lo, range_hi;
	int whole;
};

/* One Figure-4 number: savings (metric 0-2: energy, compute, cost) of
 * the oracle or of the paper router at 80% or 60%, or the oracle's local
 * share (metric 3). */
struct repro_check {
	char policy[24];
	int metric;
	double paper, value, lo, hi;
	double quality;		/* the policy's (NaN for the local share) */
	int inside;		/* the paper's value is in [lo, hi] */
	int within;		/* |value - paper| <= the tolerance */
};

/* savings = f x (1 - r) for the oracle: f the moved queries' share of
 * the baseline, r local over cloud on them. The paper's f is taken as its
 * local share (moved queries of average size); its r is then
 * 1 - S / f. The gap S_paper - S splits exactly into
 * from_f = (f_paper - f)(1 - r) and from_r = f_paper (r - r_paper). */
struct repro_cause {
	double saving, f, r, f_paper, r_paper, r_needed, from_f, from_r;
	double moved, local_per_query, cloud_per_query, local_needed;
};

/* A critic's case: the oracle's three savings under it. */
struct repro_critic {
	char item[96];
	double saving[3];
	int computed;
	/* the oracle energy saving's model interval (report.h) */
	enum model_state model;
	double model_lo, model_hi;
};

/* The accounting hypotheses, each with the values the search tries; the
 * first is ipwsim's default. */
enum repro_axis {
	AX_CLOUD_CHARGE,	/* share, step */
	AX_CLOUD_BASIS,		/* measured, per-query */
	AX_LOCAL_MODE,		/* measured, marginal, dedicated */
	AX_FLOPS,		/* total, active */
	AX_ORACLE,		/* smallest, cheapest-energy, -cost, -compute */
	AX_PRICING,		/* both, output, output-rate */
	AX_STAND_IN,		/* as measured, scaled from the H100 */
	REPRO_AXES
};

const char *repro_axis_name(int axis);
int repro_axis_values(int axis);
const char *repro_axis_value(int axis, int v);
/* A comma-separated list of hypothesis names into a mask of axes; a
 * usage error naming an unknown one. NULL or "all": every axis. */
int repro_axes_parse(const char *list, unsigned *mask, struct ipw_error *err);

struct repro_combo {
	int v[REPRO_AXES];	/* value index per axis */
	int departures;		/* values other than the default */
	double saving[3];	/* the oracle's */
	double quality;		/* the oracle's */
	double miss;		/* the largest |saving - target| */
	double router[2][3];	/* the paper router at 80% and 60% */
	double router_quality[2];
};

struct repro_explain {
	int ran;
	unsigned axes;		/* searched */
	double targets[3], tolerance;	/* fractions */
	long searched, computed;	/* combinations */
	char not_computed[600];	/* the first reason one was not */
	struct repro_combo match[REPRO_MAX_MATCHES];
	int nmatch;
	long nmatch_total;
	struct repro_combo nearest[REPRO_NEAREST];	/* when none match */
	int nnearest;
	char stand_in_from[64];	/* the H100, or "" when not searched */
};

struct repro_options {
	double tolerance;	/* fraction (0.015 = 1.5 points) */
	double queries_per_day;
	int explain;
	unsigned explain_axes;
	double targets[3];	/* the oracle savings to explain */
	int paper_pool;		/* the sim options hold the paper's pool */
};

struct repro {
	struct repro_row rows[REPRO_MAX_ROWS];
	/* the baseline's and the oracle's energy provenance, as
	 * report_provenance_text writes it */
	char prov_baseline[200], prov_oracle[200];
	struct model_interval model;	/* the main simulation's */
	int nrows, rows_dropped;
	struct repro_check check[10];
	int nchecks, nreproduced;
	struct repro_cause cause[3];
	struct repro_critic critic[6];
	int ncritics;
	double break_even[3];		/* cloud batch; NaN: none in range */
	double be_lo, be_hi;		/* the range searched */
	double quality_cloud;
	char pool[600], cloud[200], cloud_how[768];
	double cloud_batch;
	int stand_in;			/* a curve of another device */
	/* the main simulation's settings, for JSON */
	char setting_key[20][40], setting_value[20][512];
	int nsettings;
	double tolerance;
	struct repro_explain ex;
	char notes[REPRO_MAX_NOTES][400];
	int nnotes;
};

/* The paper's Figure-4 local pool, when the trace has all of it. */
extern const char *const repro_paper_pool[4];

/* Runs everything on t with options o (the paper's preset applied, the
 * user's options over it; its routers are replaced). IPW_EX_USAGE or
 * IPW_EX_DATAERR for what the trace cannot give the main simulation; a
 * case the trace cannot take is a note and empty rows. */
int repro_run(struct repro *r, const struct table *t,
    const struct catalog *cat, const struct sim_options *o,
    const struct repro_options *ro, struct ipw_error *err);

#endif

/* One simulation: the pool, the oracle, the calibration split, every
 * policy (cloud-only, oracle, then the routers) accounted in closed form,
 * Monte Carlo for the random ones, and the bootstrap of the savings; the
 * result is a report ready to write. ipwsim simulate and the benchmark
 * both run it. */
#ifndef IPW_SIM_H
#define IPW_SIM_H

#include <stddef.h>
#include <stdint.h>

#include <gsl/gsl_rng.h>

#include "catalog.h"
#include "policy.h"
#include "report.h"
#include "route.h"
#include "roofline.h"
#include "table.h"
#include "whatif.h"

#define SIM_MAX_ROUTERS (REPORT_MAX_POLICIES - 2)

enum break_even_param {
	BE_NONE,
	BE_CLOUD_BATCH,
	BE_CLOUD_UTIL,
	BE_LOCAL_IDLE,
	BE_LOCAL_QPD,
	BE_CLOUD_KWH,
	BE_LOCAL_KWH,
};

enum break_even_metric { BEM_ENERGY, BEM_COMPUTE, BEM_COST, BEM_CARBON };

int sim_break_even_metric_parse(const char *s, enum break_even_metric *m);

int sim_break_even_parse(const char *s, enum break_even_param *p);

struct sim_options {
	struct pool_options pool;
	enum oracle_rule oracle_rule;
	struct policy_spec router[SIM_MAX_ROUTERS];
	int nrouters;
	struct policy_params params;	/* fp, fn NaN = 1 - alpha */
	double calib_frac;
	uint64_t seed;
	int replicates;		/* Monte Carlo, >= 1 */
	int bootstrap;		/* 0 = no bootstrap */
	int model_draws;	/* model interval draws; 0 = none */
	const gsl_rng_type *rng_type;
	struct whatif whatif;
	const char *curves_file;	/* NULL: the installed one */
	const char *roofline_file;	/* NULL: the installed one */
	const char *arrivals_file;	/* set the cloud's batch and
					 * utilization from these arrivals */
	double arrival_rate;		/* requests/s; 0: the file's own */
	enum break_even_param break_even;
	double break_even_target;	/* the saving, 0 by default */
	enum break_even_metric break_even_metric;
	const char *break_even_policy;	/* NULL: oracle */
	/* A query shard (--shard K/N, K 0-based here): the table holds only
	 * its queries; heuristics that are fitted and break-even searches
	 * are refused, and the Monte Carlo draws are the shard's own. */
	int shard_k, shard_n;
};

struct sim {
	struct pool p;
	struct report r;
	struct policy pol[REPORT_MAX_POLICIES];
	int npol;
	uint8_t *oracle, *calib, *scored;
	struct account_vectors vec[REPORT_MAX_POLICIES];
	struct curves curves;
	struct roofline_table roofline;
	struct whatif w;	/* the setting in force: options, arrivals */
	char text[6][512];	/* settings shown in the report */
	char moved[8][512];	/* batch moves shown in the report */
	char moved_key[8][300];
	char idle_key[4][300];	/* idle powers shown in the report */
	char arrivals_text[512];
	/* What a shard's partial keeps, additive over query shards: the
	 * bootstrap's replicate sums, each random policy's Monte Carlo
	 * replicate totals, and each local member's correct answers on the
	 * scored queries (for the quality gap). */
	double *boot_sums;
	double *mc_totals[REPORT_MAX_POLICIES], mc_queries[REPORT_MAX_POLICIES];
	double weak_ok[POOL_MAX], weak_n;
};

/* Defaults: smallest oracle, detect 1, calibration 0.3, seed 1, 200 Monte
 * Carlo and 200 bootstrap replicates, mt19937. */
void sim_options_init(struct sim_options *o);

/* Checks, while a trace is read, the catalog values the configurations
 * named by options (--local, --cloud) will need: a configuration's first
 * record without flops or cost_usd needs the model's parameters or
 * prices. Once every named configuration has been met, the models that
 * lack them are one error and the reading stops (a pool by default is
 * checked when it is built). The trace reader's new_config hook. */
struct sim_watch {
	const struct catalog *cat;	/* loaded before the traces */
	const struct sim_options *o;
	int seen;			/* named configurations met */
	struct pool_lacking lack;
};
void sim_watch_init(struct sim_watch *w, const struct catalog *cat,
    const struct sim_options *o);
int sim_watch_config(void *ctx, const struct record *r,
    struct ipw_error *err);
/* Runs everything. Errors keep their codes: IPW_EX_USAGE for options that
 * do not fit the trace (unknown configuration, empty split, router
 * outside the pool), IPW_EX_DATAERR for data that lacks what is needed. */
int sim_run(struct sim *s, const struct table *t, const struct catalog *cat,
    const struct sim_options *o, struct ipw_error *err);
void sim_release(struct sim *s);
/* The best single local member's quality: the largest ok[k] / n. */
double sim_weak_quality(const double *ok, int nlocal, double n);

#endif

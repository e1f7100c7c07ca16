/* The sweep engine: a scenario's grid of simulate options (sweep_load),
 * every point of it evaluated, in full on a set of threads or by the
 * factorised fast path (sweep_run), and each point's projection
 * (sweep_project). ipwsim sweep is its options and output; nothing here
 * prints. */
#ifndef IPW_SWEEP_H
#define IPW_SWEEP_H

#include <stdint.h>

#include <cjson/cJSON.h>

#include "catalog.h"
#include "error.h"
#include "forecast.h"
#include "jsonfile.h"
#include "report.h"
#include "route.h"
#include "sim.h"
#include "table.h"

#define SWEEP_MAX_FIELDS 32
/* A grid of more than SWEEP_MAX_POINTS points runs only when the caller
 * says so (sweep --yes); none of more than SWEEP_MAX_POINTS_YES loads
 * (its rows alone would take gigabytes). */
#define SWEEP_MAX_POINTS 1000000L
#define SWEEP_MAX_POINTS_YES 10000000L
#define SWEEP_NMETRICS 21
#define SWEEP_PROV_METRIC 9	/* the first of the provenance shares */
#define SWEEP_MODEL_METRIC 19	/* the energy saving's model interval */
#define SWEEP_NPROJ 8

/* Each policy's metrics, in a point's cells; the projection's names. */
extern const char *const sweep_metric_names[SWEEP_NMETRICS];
extern const char *const sweep_proj_names[SWEEP_NPROJ];

struct sweep_field {
	const char *name;	/* the option, as in the scenario */
	int opt;		/* a simopts option; -1 - k: projection field k */
	int n;			/* values */
	char **text;		/* each value as option text */
};

/* A failure the run could not get past: what went wrong (err) and where
 * (at: the scenario file and the grid value's line and column, or the
 * point and its values). */
struct sweep_fail {
	struct ipw_error err;
	struct ipw_error at;
};

/* Told, under a lock, as points run in full: done of total. */
typedef void (*sweep_progress_fn)(void *ctx, long done, long total,
    int final);

struct sweep {
	/* the scenario, as sweep_load read it */
	const char *file;
	struct jsondoc doc;	/* kept for positions */
	cJSON *root;
	struct sweep_field f[SWEEP_MAX_FIELDS];
	int nf;
	const char *routers[SIM_MAX_ROUTERS];
	int nrouters;
	long npoints;
	int forecast;		/* the grid has projection fields */
	char **traces;		/* its "traces", resolved */
	int ntraces;
	struct forecast fc;	/* the projection's defaults */

	/* how to run it, set by the caller before sweep_check/sweep_run */
	int no_fast;		/* every point in full */
	int jobs;		/* threads for points run in full (1) */
	int threads;		/* threads for the fast path's sums (1) */
	long shard_k, shard_n;	/* run points p with p % n == k - 1 */
	size_t max_errors;	/* failures told before stopping (1) */
	sweep_progress_fn progress;
	void *progress_ctx;

	/* what the run found */
	struct sweep_fail *fails;	/* at most max_errors */
	size_t nfails, fails_cap;
	int fast;		/* points after the first by the fast path */
	double t_first, t_rest;	/* seconds: point 1, the others */
	int npol;		/* policies a point: 2 + routers */
	char polname[REPORT_MAX_POLICIES][64];
	double *cells;		/* npoints x npol x SWEEP_NMETRICS */
	/* per point, for the projection: the oracle's local energy and
	 * queries, its cloud energy and queries, cloud-only's energy and
	 * queries; electricity USD/kWh and g CO2e/kWh, cloud and local;
	 * token costs; what the uncovered cloud calls leave */
	double (*agg)[15];

	/* the fast path's state */
	struct forecast_order order;
	double se[REPORT_MAX_POLICIES][POOL_MAX + 1];
	double sl[REPORT_MAX_POLICIES][POOL_MAX + 1];
	struct prov_sums sprov[REPORT_MAX_POLICIES][POOL_MAX + 1];
	const struct table *t;
	const struct catalog *cat;
};

void sweep_init(struct sweep *w);
/* Reads the scenario: grid fields (simulate options or projection
 * fields), routers, traces (relative to the scenario). 0, or -1 with err
 * at the offending field's line and column (usage-coded; a file that
 * cannot be read or parsed has its own code). */
int sweep_load(struct sweep *w, const char *file, struct ipw_error *err);
/* Every value of every field through its option's own checks, before
 * anything is read or simulated: 0, or -1 with the bad values (up to
 * max_errors) in fails. */
int sweep_check(struct sweep *w);
/* Every point of the shard: in full (jobs threads), or point 1 in full
 * and the rest by the fast path where only energy accounting changes. 0,
 * or -1 with fails (each with the point it happened at). */
int sweep_run(struct sweep *w, const struct table *t,
    const struct catalog *cat);
/* The exit status of the first failure (IPW_EX_SOFTWARE when none was
 * recorded). */
int sweep_status(const struct sweep *w);
void sweep_release(struct sweep *w);

/* The points run: first, first + step, ... below npoints. */
long sweep_first(const struct sweep *w);
long sweep_step(const struct sweep *w);
/* The value indexes of point p; the last field varies fastest. */
void sweep_point_values(const struct sweep *w, long p, int *idx);
/* Point p's cells: npol x SWEEP_NMETRICS. */
const double *sweep_cells(const struct sweep *w, long p);
/* Point p's projection (SWEEP_NPROJ values, as sweep_proj_names). */
void sweep_project(const struct sweep *w, long p, double *out);
/* What partials of one sweep share: the scenario as parsed and the
 * trace's shape and configurations (not its bytes). */
uint64_t sweep_key(const struct sweep *w, const struct table *t);

#endif

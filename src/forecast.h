/* Projections of the oracle's energy saving over the years after the
 * trace (data/forecast.json): local energy per query falls by a factor a
 * year, and the share of queries no local model answers shrinks by a
 * factor a year, those queries moving from the cloud to the local pool. */
#ifndef IPW_FORECAST_H
#define IPW_FORECAST_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* the central trends, and the ends of the band with the lower and the
 * higher saving */
enum forecast_case { FORECAST_CENTRAL, FORECAST_LOW, FORECAST_HIGH };

struct forecast {
	double base_year;
	double local_factor[3];		/* by forecast_case, >= 1 */
	double uncovered_factor[3];	/* by forecast_case, in (0, 1] */
	double cloud_factor[3];		/* by forecast_case, >= 1 */
	double queries_per_day;		/* in the base year */
	double query_growth;		/* a year, a factor */
};

/* Reads path, or data/forecast.json when path is NULL. Errors name the
 * file and the field (IPW_EX_DATAERR) or the file (IPW_EX_NOINPUT). */
int forecast_load(struct forecast *f, const char *path,
    struct ipw_error *err);

/* The oracle's energy saving against cloud-only t years on, from the
 * measured oracle: e_local per locally answered query, e_cloud per query
 * it sends to the cloud, u0 the share it sends there, e_base per query of
 * cloud-only. Queries that become covered are charged e_local, at that
 * year's local efficiency. */
double forecast_saving(const struct forecast *f, enum forecast_case c,
    double e_local, double e_cloud, double u0, double e_base, double t);

/* The share no local model answers t years on: u0 x U^t, at most 1. */
double forecast_uncovered(const struct forecast *f, enum forecast_case c,
    double u0, double t);

/* The same saving when the cloud energy left is known per query (over
 * all queries, at today's cloud efficiency): cloud_left replaces
 * u x e_cloud. */
double forecast_saving_left(const struct forecast *f, enum forecast_case c,
    double e_local, double u, double cloud_left, double e_base, double t);

struct pool;
struct table;

/* Which of the oracle's cloud calls the capability trend covers first:
 * the easiest failures, those where the best local score comes closest
 * to the cloud's (the smallest margin: cloud score - best local score),
 * when every cell of the pool has a score (ipwsim synth writes the
 * model's probability of a correct answer; a judge's graded score
 * serves too). Without scores there is no order and every call counts
 * as the mean (by_margin 0). Holds the running sums, in that order, of
 * the cloud member's measured energy, latency and cost. */
struct forecast_order {
	size_t n;		/* the oracle's cloud calls */
	int by_margin;
	double *cum_e, *cum_l, *cum_c;	/* n + 1 each */
};

/* assign: the oracle's member per query (route.h); mask: the queries
 * scored (NULL: all). */
int forecast_order_build(struct forecast_order *fo, const struct pool *p,
    const uint8_t *assign, const uint8_t *mask, struct ipw_error *err);
void forecast_order_release(struct forecast_order *fo);
/* What the cloud calls left after the easiest share r (0..1) became
 * local cost: energy at a x measured energy + b x measured latency (the
 * cloud member's linear coefficients, route.h), and token cost. */
void forecast_order_left(const struct forecast_order *fo, double r,
    double a, double b, double *energy, double *cost);

#endif

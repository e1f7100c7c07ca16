/* Projections of the oracle's energy saving over the years after the
 * trace (data/forecast.json): local energy per query falls by a factor a
 * year, and the share of queries no local model answers shrinks by a
 * factor a year, those queries moving from the cloud to the local pool. */
#ifndef IPW_FORECAST_H
#define IPW_FORECAST_H

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

#endif

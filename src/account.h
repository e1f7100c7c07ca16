/* Accounting: what an assignment costs, per pool member and in total. */
#ifndef IPW_ACCOUNT_H
#define IPW_ACCOUNT_H

#include <stdint.h>

#include "route.h"

struct account_sums {
	uint64_t queries;
	uint64_t correct;
	double energy_j;
	double flops;
	double cost_usd;
	double latency_s;	/* over the queries that have a latency */
	uint64_t with_latency;
};

struct account {
	int nmembers;		/* pool->nlocal + 1; the last is the cloud */
	struct account_sums member[POOL_MAX + 1];
	struct account_sums total;
	uint64_t local_queries;
};

/* Sums the cells that assign picks; ROUTE_SKIP rows are left out. */
void account_run(const struct pool *p, const uint8_t *assign,
    struct account *a);
/* 1 - policy / baseline, for one of the sums; NaN when baseline is 0. */
double account_saving(double policy, double baseline);

#endif

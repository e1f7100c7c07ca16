#include "config.h"

#include <math.h>
#include <string.h>

#include "account.h"

static void
add_sums(struct account_sums *to, const struct account_sums *from)
{
	to->queries += from->queries;
	to->correct += from->correct;
	to->energy_j += from->energy_j;
	to->flops += from->flops;
	to->cost_usd += from->cost_usd;
	to->latency_s += from->latency_s;
	to->with_latency += from->with_latency;
}

void
account_run(const struct pool *p, const uint8_t *assign, struct account *a)
{
	memset(a, 0, sizeof(*a));
	a->nmembers = p->nlocal + 1;
	for (uint32_t q = 0; q < p->nq; q++) {
		uint8_t k = assign[q];
		const struct pool_member *m;
		struct account_sums *s;
		if (k == ROUTE_SKIP)
			continue;
		m = &p->m[k];
		s = &a->member[k];
		s->queries++;
		s->correct += m->c->correct[q];
		s->energy_j += m->c->energy[q];
		s->flops += pool_flops(m, q);
		s->cost_usd += pool_cost(m, q);
		if (m->c->latency != NULL && !isnan(m->c->latency[q])) {
			s->latency_s += m->c->latency[q];
			s->with_latency++;
		}
	}
	for (int k = 0; k < a->nmembers; k++) {
		add_sums(&a->total, &a->member[k]);
		if (k < p->nlocal)
			a->local_queries += a->member[k].queries;
	}
}

double
account_saving(double policy, double baseline)
{
	return baseline > 0 ? 1 - policy / baseline : NAN;
}

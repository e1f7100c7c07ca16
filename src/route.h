/* Routing: which configuration serves each query under a policy.
 *
 * A pool is the local configurations plus one cloud configuration. An
 * assignment gives, per query row, the pool slot that serves it (0 ..
 * nlocal-1 local, nlocal cloud) or ROUTE_SKIP for a query left out. */
#ifndef IPW_ROUTE_H
#define IPW_ROUTE_H

#include <math.h>
#include <stdint.h>

#include "catalog.h"
#include "error.h"
#include "prov.h"
#include "table.h"
#include "whatif.h"

/* Local configurations in a pool: a policy's attempts are a 64-bit mask
 * with one bit per local member and one for the cloud, so 63 at most. */
#define POOL_MAX 63
#define ROUTE_SKIP 255

enum oracle_rule {
	ORACLE_SMALLEST,	/* fewest total parameters (the paper's rule) */
	ORACLE_CHEAPEST_ENERGY,
	ORACLE_CHEAPEST_COST,
	ORACLE_CHEAPEST_COMPUTE,
};

enum flops_params { FLOPS_TOTAL, FLOPS_ACTIVE };

/* One pool member, with what the catalog adds to its cells. */
struct pool_member {
	uint32_t cfg;			/* table configuration */
	const struct table_config *c;
	const char *name;		/* "model@accelerator" */
	double flops_per_token;		/* 2 x params; NaN if unknown */
	double price_in, price_out;	/* USD per token charged; NaN if
					 * unknown */
	double cat_price_in, cat_price_out;	/* the catalog's */
	double params_b;		/* total parameters, for ranking */
	/* what-if: see whatif.h and pool_whatif() */
	int cloud;			/* the cloud member */
	double batch_from, batch_to;	/* measured and modelled batch */
	double batch_measured;		/* in the trace (1 if not given) */
	double batch_other;		/* a second measured value, or 0 */
	const struct curve *curve;	/* moved along it, or NULL */
	int stand_in;			/* the curve (or the length-aware
					 * model's fit) is another device's */
	enum moved_by { MOVED_NONE, MOVED_CURVE, MOVED_LENGTH_MODEL,
		MOVED_ROOFLINE } moved_by;	/* what moved its batch */
	/* the curve chosen for it, kept for the next what-if (a sweep's
	 * points): valid when looked up in found_in */
	const struct curves *found_in;
	const struct curve *found;
	int found_stand_in;
	char found_why[160];
	char how[768];			/* what moved it, for the report */
	double e_scale, l_scale;	/* energy and latency at batch_to */
	double e_fixed;			/* NaN, or every cell's measured
					 * energy (--cloud-energy-basis
					 * per-query: the mean) */
	int overhead;			/* pool_energy adds what follows */
	double idle_w, idle_factor;	/* idle W; cloud: (1 - u) / u */
	char idle_how[320];		/* where idle_w came from, for the
					 * report; "" when unused */
	double host, pue;
	enum local_mode mode;
	double on_s;			/* dedicated: on-seconds per query */
	double grid;			/* kg CO2e per J; NaN: not given */
	int tco;			/* pool_cost is pool_cost_tco */
	double util;			/* cloud fleet utilization */
	double usd_per_j;		/* electricity */
	double usd_per_s;		/* rent or device, per busy second */
	double usd_per_query;		/* a dedicated device's share */
};

struct pool {
	int nlocal;
	struct pool_member m[POOL_MAX + 1];	/* locals, then the cloud */
	uint8_t *skip;		/* per query: 1 = dropped (incomplete) */
	uint32_t nq, nkept, ndropped;
};

struct pool_options {
	const char *local[POOL_MAX];
	int nlocal;		/* 0: every configuration whose accelerator
				 * the catalog puts in the local tier */
	const char *cloud;	/* NULL: the one cloud-tier configuration */
	enum flops_params flops_params;
	int drop_incomplete;
	int allow_empty;	/* a query shard may hold no query */
	const struct whatif *whatif;	/* NULL: the paper's setting */
	const struct curves *curves;	/* for batch moves; may be NULL */
	const struct roofline_table *roofline;	/* the same, parametric */
};

/* A member's idle power, W, into *watts: given (a replica's; option
 * names where from), else its devices x the catalog's one-device idle_w;
 * how says which, with the catalog value's basis and citation. -1 when
 * neither is known. */
int pool_idle_power(const struct pool_member *m, const struct table *t,
    const struct catalog *cat, double given, const char *option,
    double *watts, char *how, size_t size);
/* Resolves names, catalog values and completeness. Usage errors (unknown
 * configuration) are IPW_EX_USAGE; a catalog value missing where a cell
 * needs it, or a query without a cloud record, IPW_EX_DATAERR. */
int pool_init(struct pool *p, const struct table *t, const struct catalog *cat,
    const struct pool_options *o, struct ipw_error *err);
void pool_release(struct pool *p);
/* A configuration by its name in the trace, or by any catalog names of
 * its model and accelerator ("Qwen/Qwen3-8B@Apple M4 Max"); -1 and a
 * usage error listing the trace's configurations when absent. */
/* Models lacking the catalog values their records need, for one error
 * that names them all. */
struct pool_lacking {
	int n;
	char list[400];
};
void pool_lacking_add(struct pool_lacking *l, const char *model,
    int in_catalog, const char *what);
/* IPW_EX_DATAERR naming every model of l; returns -1. */
int pool_lacking_error(const struct pool_lacking *l, struct ipw_error *err);
/* What records of model cm (NULL: not in the catalog) lacking flops or
 * cost_usd need from it and it lacks: "params_total_b" (or active),
 * "token prices", both joined by "and", or "" for nothing. */
void pool_catalog_needs(const struct catalog_model *cm, enum flops_params fp,
    int token_cost, int lacks_flops, int lacks_cost, char *what,
    size_t size);
/* Whether name ("model@accelerator", catalog aliases allowed) names the
 * configuration of model on accel. */
int pool_name_matches(const struct catalog *cat, const char *name,
    const char *model, const char *accel);
int pool_find_config(const struct table *t, const struct catalog *cat,
    const char *name, struct ipw_error *err);

double pool_energy_overhead(const struct pool_member *m, uint32_t q,
    double e);

/* Energy of cell (m, q) under the what-if setting, J (facility energy
 * when overheads are set). */
static inline double
pool_energy(const struct pool_member *m, uint32_t q)
{
	double e = (isnan(m->e_fixed) ? table_energy(m->c, q) : m->e_fixed) *
	    m->e_scale;

	return m->overhead ? pool_energy_overhead(m, q, e) : e;
}

/* Latency of cell (m, q) at the modelled batch, s; NaN if not measured. */
static inline double
pool_latency(const struct pool_member *m, uint32_t q)
{
	return m->c->latency != NULL ? m->c->latency[q] * m->l_scale : NAN;
}

/* When the energy of the member's cells is a x measured energy + b x
 * measured latency (the cloud unless its energy is one per query; a
 * local member in the measured mode), sets a and b and returns 0; else
 * -1. */
int pool_energy_linear(const struct pool_member *m, double *a, double *b);
/* Adds w x the energy of cell (m, q), as pool_energy charges it, to s by
 * source and scope: the cell's provenance for its energy as given, and
 * ipwsim's models' (modelled; idle in the accelerator's scope, host in
 * the system's, PUE in the wall's) for what they move or add. */
void pool_energy_provenance(const struct pool_member *m, uint32_t q, double w,
    struct prov_sums *s);

/* The same split over sums, for a member whose energy is linear
 * (pool_energy_linear returns 0): given is its cells' energy as the
 * trace gives it (charged with no what-if) by source and scope, latency
 * the latency of those runs; adds what it costs under the member's
 * what-if to out. */
void pool_provenance_linear(const struct pool_member *m,
    const struct prov_sums *given, double latency, struct prov_sums *out);

/* Applies a what-if setting to the pool's members (again, for a sweep or
 * a break-even search); on error the pool is unchanged. */
struct roofline_table;
int pool_whatif(struct pool *p, const struct table *t,
    const struct catalog *cat, const struct whatif *w,
    const struct curves *curves, const struct roofline_table *rt,
    struct ipw_error *err);

static inline double
pool_flops(const struct pool_member *m, uint32_t q)
{
	double f = m->c->flops ? m->c->flops[q] : NAN;

	return f == f ? f : m->flops_per_token *
	    ((double)table_tok_in(m->c, q) + table_tok_out(m->c, q));
}

double pool_cost_tco(const struct pool_member *m, uint32_t q);

static inline double
pool_cost(const struct pool_member *m, uint32_t q)
{
	double v = m->c->cost ? m->c->cost[q] : NAN;

	if (m->tco)
		return pool_cost_tco(m, q);

	return v == v ? v : m->price_in * table_tok_in(m->c, q) +
	    m->price_out * table_tok_out(m->c, q);
}

/* Local members by total parameters, ties (and unknown sizes, last) in
 * pool order. */
void pool_size_order(const struct pool *p, int *order);
/* Pool member named name (as shown, case ignored), or -1. */
int pool_member(const struct pool *p, const char *name);
/* The same for the first len bytes of name. */
int pool_member_n(const struct pool *p, const char *name, int len);

/* Fills assign[0..nq): everything to the cloud. */
void route_cloud_only(const struct pool *p, uint8_t *assign);
/* Fills assign: per query a correct local member by the rule, else the
 * cloud. Ties go to the member listed first. */
/* Whether member m can serve query q in the oracle (answered it
 * correctly), and the rule's value of it there (energy, cost or FLOPs;
 * smallest ranks by size instead). */
int route_oracle_usable(const struct pool_member *m, uint32_t q);
double route_oracle_key(const struct pool_member *m, enum oracle_rule rule,
    uint32_t q);
/* An error when the rule cannot rank the pool (--oracle smallest without
 * every local model's parameter count). */
int route_oracle_check(const struct pool *p, enum oracle_rule rule,
    struct ipw_error *err);
int route_oracle(const struct pool *p, enum oracle_rule rule, uint8_t *assign,
    struct ipw_error *err);
const char *route_oracle_name(enum oracle_rule r);
int route_oracle_parse(const char *s, enum oracle_rule *r);

#endif

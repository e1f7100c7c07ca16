#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lint.h"

static void
flag(struct lint_config *lc, enum lint_kind k, uint32_t q)
{
	if (lc->count[k]++ == 0)
		lc->example[k] = q;
}

/* Average power of one cell: power_w if given, else energy / latency. */
static double
cell_power(const struct table_config *c, uint32_t q)
{
	if (c->power != NULL && !isnan(c->power[q]))
		return c->power[q];
	if (c->latency != NULL && c->latency[q] > 0)
		return table_energy(c, q) / c->latency[q];
	return NAN;
}

/* The replica's power a record implies: its power_w, else its energy /
 * latency times its batch (batch_size queries share the replica for the
 * latency). Without a batch_size, energy / latency is a lower bound
 * (batch 1) and *bound is set. */
static double
replica_power(const struct table_config *c, uint32_t q, double p, int *bound)
{
	*bound = 0;
	if (c->power != NULL && !isnan(c->power[q]))
		return p;
	if (c->batch != NULL && c->batch[q] > 0)
		return p * c->batch[q];
	*bound = 1;
	return p;
}

static void
lint_cell(struct lint_config *lc, const struct table_config *c, uint32_t q,
    const struct catalog_accel *a)
{
	double p = cell_power(c, q), r;
	int bound;
	int prov = c->prov != NULL ? c->prov[q] : 0;

	lc->records++;
	lc->source[PROV_SRC(prov)]++;
	lc->scope[PROV_SCOPE(prov)]++;
	lc->correct += table_correct(c, q);
	lc->energy_sum += table_energy(c, q);
	lc->tokens_in += table_tok_in(c, q);
	lc->tokens_out += table_tok_out(c, q);
	if (table_energy(c, q) == 0 && table_tok_in(c, q) + (uint64_t)table_tok_out(c,
	    q) > 0)
		flag(lc, LINT_ZERO_ENERGY, q);
	if (isnan(p))
		return;
	lc->power_sum += p;
	lc->with_power++;
	r = replica_power(c, q, p, &bound);
	/* a lower bound above the TDP is above it at any batch; below the
	 * idle floor only a known batch (or power_w) tells */
	if (a != NULL && !isnan(lc->limit[LINT_POWER_ABOVE_TDP]) &&
	    r > lc->limit[LINT_POWER_ABOVE_TDP])
		flag(lc, LINT_POWER_ABOVE_TDP, q);
	if (a != NULL && !bound && !isnan(lc->limit[LINT_POWER_BELOW_IDLE]) &&
	    r < lc->limit[LINT_POWER_BELOW_IDLE])
		flag(lc, LINT_POWER_BELOW_IDLE, q);
	/* a zero power is the zero-energy warning's */
	if (a != NULL && !isnan(lc->limit[LINT_POWER_TINY]) && r > 0 &&
	    r < lc->limit[LINT_POWER_TINY])
		flag(lc, LINT_POWER_TINY, q);
}

static void
lint_config(struct lint *l, const struct table *t, const struct catalog *cat,
    uint32_t ci, uint32_t *tin, uint32_t *tout, int *first)
{
	const struct table_config *c = &t->cfg[ci];
	struct lint_config *lc = &l->cfg[ci];
	const struct catalog_accel *a = catalog_accel(cat,
	    table_str(t, c->accel));

	if (a != NULL) {
		/* "NAME x8" or accelerators 8: eight devices draw and idle
		 * eight times one */
		int n = table_config_devices(t, c);
		lc->limit[LINT_POWER_ABOVE_TDP] = n * a->tdp_w;
		lc->limit[LINT_POWER_BELOW_IDLE] = n * a->idle_w;
		lc->limit[LINT_POWER_TINY] = n * a->tdp_w / 1000;
	} else
		flag(lc, LINT_NOT_IN_CATALOG, 0);
	for (uint32_t q = 0; q < t->nq; q++) {
		if (!table_has(c, q))
			continue;
		lint_cell(lc, c, q, a);
		if (*first) {
			*tin = table_tok_in(c, q);
			*tout = table_tok_out(c, q);
			*first = 0;
		} else if (table_tok_in(c, q) != *tin || table_tok_out(c, q) !=
		    *tout)
			l->same_tokens = 0;
	}
	if (lc->records > 1 && lc->correct == lc->records)
		flag(lc, LINT_ALL_CORRECT, 0);
	if (lc->records > 1 && lc->correct == 0)
		flag(lc, LINT_ALL_WRONG, 0);
}

/* The scopes each tier's records are counted in; kept only when both
 * tiers have records and the sets differ. */
static void
tier_scopes(struct lint *l, const struct table *t, const struct catalog *cat)
{
	unsigned side[2] = { 0, 0 };

	for (uint32_t c = 0; c < t->nc; c++) {
		const struct catalog_accel *a = catalog_accel(cat,
		    table_str(t, t->cfg[c].accel));
		if (a == NULL)
			continue;
		for (int k = 0; k < PROV_SCOPES; k++)
			if (l->cfg[c].scope[k] > 0)
				side[a->tier == TIER_CLOUD] |= 1u << k;
	}
	if (side[0] != 0 && side[1] != 0 && side[0] != side[1]) {
		l->scope_local = side[0];
		l->scope_cloud = side[1];
	}
}

int
lint_run(struct lint *l, const struct table *t, const struct catalog *cat)
{
	uint32_t tin = 0, tout = 0;
	int first = 1;

	memset(l, 0, sizeof(*l));
	l->nq = t->nq;
	l->nc = t->nc;
	l->cfg = calloc(t->nc ? t->nc : 1, sizeof(*l->cfg));
	if (l->cfg == NULL)
		return -1;
	l->same_tokens = 1;
	for (uint32_t c = 0; c < t->nc; c++)
		lint_config(l, t, cat, c, &tin, &tout, &first);
	l->cells = table_cells(t);
	l->missing = (uint64_t)t->nq * t->nc - l->cells;
	l->same_tokens = l->same_tokens && l->cells > 1;
	tier_scopes(l, t, cat);
	for (uint32_t c = 0; c < t->nc; c++)
		for (int k = 0; k < LINT_KINDS; k++)
			l->nwarnings += l->cfg[c].count[k] > 0;
	l->nwarnings += l->same_tokens;
	l->nwarnings += l->scope_local != l->scope_cloud;
	return 0;
}

void
lint_release(struct lint *l)
{
	free(l->cfg);
	l->cfg = NULL;
}

void
lint_warning(const struct lint *l, const struct table *t, uint32_t c,
    enum lint_kind k, char *buf, size_t size)
{
	const struct lint_config *lc = &l->cfg[c];
	const char *q = table_query(t, lc->example[k]);
	char accel[RECORD_MAX_TEXT + 16];

	/* the replica: "N x ACCEL" when the records give accelerators */
	if (t->cfg[c].devices > 0)
		snprintf(accel, sizeof(accel), "%d x %s", t->cfg[c].devices,
		    table_str(t, t->cfg[c].accel));
	else
		snprintf(accel, sizeof(accel), "%s", table_str(t,
		    t->cfg[c].accel));

	switch (k) {
	case LINT_POWER_ABOVE_TDP: {
		double mean = lc->with_power > 0 ? lc->power_sum /
		    lc->with_power : NAN;
		/* the mW trap: a log in milliwatts read as watts is about a
		 * thousand times over any device's TDP */
		snprintf(buf, size, "%u record%s an average power above "
		    "the %g W TDP of %s (first: query \"%s\")%s", lc->count[k],
		    lc->count[k] == 1 ? " implies" : "s imply", lc->limit[k],
		    accel, q, mean > 100 * lc->limit[k] ? "; their mean is over "
		    "100 times the TDP: is the power in mW, or the energy in "
		    "mJ?" : "");
		break;
	}
	case LINT_POWER_BELOW_IDLE:
		snprintf(buf, size, "%u record%s an average power below "
		    "the %g W idle power of %s (first: query \"%s\"; power_w, "
		    "else energy_j x batch_size / latency_s)", lc->count[k],
		    lc->count[k] == 1 ? " implies" : "s imply", lc->limit[k],
		    accel, q);
		break;
	case LINT_POWER_TINY:
		snprintf(buf, size, "%u record%s an average power below "
		    "%g W, a thousandth of the %g W TDP of %s (first: query "
		    "\"%s\"): is the energy in kJ or Wh, or the power in kW?",
		    lc->count[k], lc->count[k] == 1 ? " implies" : "s imply",
		    lc->limit[k], lc->limit[LINT_POWER_ABOVE_TDP], accel, q);
		break;
	case LINT_ZERO_ENERGY:
		snprintf(buf, size, "%u record%s zero energy but tokens > 0 "
		    "(first: query \"%s\")", lc->count[k],
		    lc->count[k] == 1 ? " has" : "s have", q);
		break;
	case LINT_ALL_CORRECT:
		snprintf(buf, size, "every one of %u records is correct: is "
		    "the correctness column real?", lc->records);
		break;
	case LINT_ALL_WRONG:
		snprintf(buf, size, "every one of %u records is incorrect: is "
		    "the correctness column real?", lc->records);
		break;
	case LINT_NOT_IN_CATALOG:
		snprintf(buf, size, "accelerator \"%s\" is not in the catalog: "
		    "power not checked against TDP or idle", accel);
		break;
	default:
		snprintf(buf, size, "every record has the same token counts");
		break;
	}
}

/* "accelerator and unstated" for a set of scopes. */
static void
scope_words(unsigned set, char *buf, size_t size)
{
	size_t n = 0;
	int left = __builtin_popcount(set);

	buf[0] = '\0';
	for (int i = 0; i < PROV_SCOPES && n < size; i++) {
		int s = prov_order(1, i);	/* unstated last */
		if (!(set >> s & 1u))
			continue;
		left--;
		n += (size_t)snprintf(buf + n, size - n, "%s%s",
		    prov_scope_name(s), left == 0 ? "" : left == 1 ? " and " :
		    ", ");
	}
}

void
lint_scope_warning(const struct lint *l, char *buf, size_t size)
{
	char a[80], b[80];

	scope_words(l->scope_local, a, sizeof(a));
	scope_words(l->scope_cloud, b, sizeof(b));
	snprintf(buf, size, "the local tier's energy is counted at the %s "
	    "scope, the cloud tier's at the %s: a saving between them is "
	    "not like for like (state energy_scope in the records, or give "
	    "--energy-scope)", a, b);
}

const char *
lint_provenance(const struct lint_config *lc, int scope)
{
	const uint32_t *n = scope ? lc->scope : lc->source;

	for (int k = 0; k < prov_words(scope); k++)
		if (n[k] == lc->records)
			return prov_name(scope, k);
	return "mixed";
}

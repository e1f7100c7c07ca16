#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"

static const struct {
	const char *name;
	enum policy_kind kind;
	int arg;	/* 0 none, 1 optional, 2 required (a number), 3 CONFIG */
	double lo, hi;	/* range of the number */
} kinds[] = {
	{ "cloud-only", POL_CLOUD, 0, 0, 0 },
	{ "oracle", POL_ORACLE, 0, 0, 0 },
	{ "paper", POL_PAPER, 2, 0, 1 },
	{ "cascade", POL_CASCADE, 2, 0, 1 },
	{ "mixture", POL_MIXTURE, 2, 0, 1 },
	{ "domain", POL_DOMAIN, 1, 0, 1 },
	{ "length", POL_LENGTH, 1, 0, 4294967295.0 },
	{ "single", POL_SINGLE, 3, 0, 0 },
	{ "size-cascade", POL_SIZE_CASCADE, 0, 0, 0 },
	{ "random", POL_RANDOM, 2, 0, 1 },
	{ "budget", POL_BUDGET, 2, 0, 1 },
};

#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

/* The default accuracy a domain needs before domain: sends it local. */
#define DOMAIN_DEFAULT_T 0.8

static int
bad_spec(struct ipw_error *err, const char *s, const char *why)
{
	return ipw_error_set(err, IPW_EX_USAGE, "--router: \"%s\": %s", s, why);
}

int
policy_parse(const char *s, struct policy_spec *spec, struct ipw_error *err)
{
	const char *colon = strchr(s, ':');
	size_t n = colon ? (size_t)(colon - s) : strlen(s);
	char *end;

	memset(spec, 0, sizeof(*spec));
	spec->arg = NAN;
	snprintf(spec->text, sizeof(spec->text), "%s", s);
	for (size_t i = 0; i < NKINDS; i++) {
		if (strlen(kinds[i].name) != n || strncmp(kinds[i].name, s, n))
			continue;
		spec->kind = kinds[i].kind;
		if (colon == NULL)
			return kinds[i].arg == 2 || kinds[i].arg == 3 ?
			    bad_spec(err, s, "needs an argument after ':'") : 0;
		if (kinds[i].arg == 0)
			return bad_spec(err, s, "takes no argument");
		if (kinds[i].arg == 3) {
			snprintf(spec->config, sizeof(spec->config), "%s",
			    colon + 1);
			return 0;
		}
		errno = 0;
		spec->arg = strtod(colon + 1, &end);
		if (end == colon + 1 || *end != '\0' || errno != 0 ||
		    !(spec->arg >= kinds[i].lo && spec->arg <= kinds[i].hi)) {
			char why[96];
			snprintf(why, sizeof(why), "the argument must be a "
			    "number in [%g, %g]", kinds[i].lo, kinds[i].hi);
			return bad_spec(err, s, why);
		}
		return 0;
	}
	return bad_spec(err, s, "unknown router (paper, cascade, mixture, "
	    "domain, length, single, size-cascade, random or budget)");
}

int
policy_needs_fit(const struct policy_spec *spec)
{
	return (spec->kind == POL_DOMAIN) || spec->kind == POL_BUDGET ||
	    (spec->kind == POL_LENGTH && isnan(spec->arg));
}

/* ---- alternatives ------------------------------------------------------ */

static uint64_t
bit(int k)
{
	return (uint64_t)1 << k;
}

static int
one(struct alt *a, double p, uint64_t ran, int answer)
{
	a->p = p;
	a->ran = ran;
	a->answer = (uint8_t)answer;
	return 1;
}

/* A local attempt by member k: correct, or a failure that falls back to
 * the cloud when detected. Adds the alternatives with total weight w. */
static int
attempt(const struct policy *pol, uint32_t q, int k, double w,
    struct alt *a)
{
	const struct pool *p = pol->p;
	int cloud = p->nlocal;
	double d = pol->params.detect;
	int n = 0;

	if (!table_has(p->m[k].c, q))
		return one(a, w, bit(cloud), cloud);
	if (table_correct(p->m[k].c, q))
		return one(a, w, bit(k), k);
	if (d > 0)
		n += one(&a[n], w * d, bit(k) | bit(cloud), cloud);
	if (d < 1)
		n += one(&a[n], w * (1 - d), bit(k), k);
	return n;
}

/* The first local member, in the oracle's order, with a record for q:
 * the cascade router's pick when it wrongly says local. */
static int
first_measured(const struct policy *pol, uint32_t q)
{
	for (int i = 0; i < pol->p->nlocal; i++)
		if (table_has(pol->p->m[pol->order[i]].c, q))
			return pol->order[i];
	return -1;
}

static int
alts_cascade(const struct policy *pol, uint32_t q, struct alt *a)
{
	int cloud = pol->p->nlocal, o = pol->oracle[q], n = 0, k;
	double fp = pol->params.fp, fn = pol->params.fn, d;

	if (o != cloud) {
		if (1 - fn > 0)
			n += one(&a[n], 1 - fn, bit(o), o);
		if (fn > 0)
			n += one(&a[n], fn, bit(cloud), cloud);
		return n;
	}
	if (fp == 0)
		return one(a, 1, bit(cloud), cloud);
	d = pol->params.detect;
	if (!pol->params.attempt_smallest) {
		/* the model the router would pick: the oracle's mix of local
		 * picks, over the members measured on q */
		double w = 0;
		for (k = 0; k < cloud; k++)
			w += table_has(pol->p->m[k].c, q) ? pol->mix[k] : 0;
		for (k = 0; k < cloud && w > 0; k++) {
			double s = table_has(pol->p->m[k].c, q) ?
			    fp * pol->mix[k] / w : 0;
			if (s > 0 && d > 0)
				n += one(&a[n], s * d, bit(k) | bit(cloud),
				    cloud);
			if (s > 0 && d < 1)
				n += one(&a[n], s * (1 - d), bit(k), k);
		}
		if (w > 0) {
			if (fp < 1)
				n += one(&a[n], 1 - fp, bit(cloud), cloud);
			return n;
		}
	}
	/* the smallest measured local model (or no oracle pick at all) */
	k = first_measured(pol, q);
	if (k < 0)
		return one(a, 1, bit(cloud), cloud);
	if (d > 0)
		n += one(&a[n], fp * d, bit(k) | bit(cloud), cloud);
	if (d < 1)
		n += one(&a[n], fp * (1 - d), bit(k), k);
	if (fp < 1)
		n += one(&a[n], 1 - fp, bit(cloud), cloud);
	return n;
}

/* The share of the oracle's local picks each member has. */
static void
oracle_mix(struct policy *pol)
{
	double n = 0;

	for (uint32_t q = 0; q < pol->p->nq; q++)
		if (pol->oracle[q] < pol->p->nlocal) {
			pol->mix[pol->oracle[q]]++;
			n++;
		}
	for (int k = 0; k < pol->p->nlocal && n > 0; k++)
		pol->mix[k] /= n;
}

static int
alts_mixture(const struct policy *pol, uint32_t q, struct alt *a)
{
	const struct pool *p = pol->p;
	double alpha = pol->spec.arg;
	int n = 0, avail = 0;

	for (int k = 0; k <= p->nlocal; k++)
		avail += table_has(p->m[k].c, q);
	/* The random pick of the oracle's own route is the same route: one
	 * alternative with both shares. */
	n += one(&a[n], alpha + (1 - alpha) / avail, bit(pol->oracle[q]),
	    pol->oracle[q]);
	for (int k = 0; k <= p->nlocal && alpha < 1; k++)
		if (k != pol->oracle[q] && table_has(p->m[k].c, q))
			n += one(&a[n], (1 - alpha) / avail, bit(k), k);
	return n;
}

/* Try local members in size order, each attempt charged, until one is
 * correct; an undetected failure ends the chain with a wrong answer. */
static int
alts_size_cascade(const struct policy *pol, uint32_t q, struct alt *a)
{
	const struct pool *p = pol->p;
	double reach = 1, d = pol->params.detect;
	uint64_t ran = 0;
	int n = 0;

	for (int i = 0; i < p->nlocal && reach > 0; i++) {
		int k = pol->order[i];
		if (!table_has(p->m[k].c, q))
			continue;
		ran |= bit(k);
		if (table_correct(p->m[k].c, q))
			return n + one(&a[n], reach, ran, k);
		if (d < 1)
			n += one(&a[n], reach * (1 - d), ran, k);
		reach *= d;
	}
	if (reach > 0)
		n += one(&a[n], reach, ran | bit(p->nlocal), p->nlocal);
	return n;
}

static int
alts_random(const struct policy *pol, uint32_t q, struct alt *a)
{
	const struct pool *p = pol->p;
	double share = pol->spec.arg;
	int n = 0;

	for (int k = 0; k < p->nlocal && share > 0; k++)
		n += attempt(pol, q, k, share / p->nlocal, &a[n]);
	if (share < 1)
		n += one(&a[n], 1 - share, bit(p->nlocal), p->nlocal);
	return n;
}

static int
route_of_domain(const struct policy *pol, uint32_t q)
{
	uint32_t d = table_domain(pol->t, q);

	if (d == TABLE_NONE)
		return pol->no_domain;
	return d < pol->nby_domain ? pol->by_domain[d] : pol->p->nlocal;
}

int
policy_alts(const struct policy *pol, uint32_t q, struct alt *a)
{
	int cloud = pol->p->nlocal, k;

	switch (pol->spec.kind) {
	case POL_ORACLE:
		return one(a, 1, bit(pol->oracle[q]), pol->oracle[q]);
	case POL_PAPER:
		if (pol->oracle[q] == cloud || pol->spec.arg == 1)
			return one(a, 1, bit(pol->oracle[q]), pol->oracle[q]);
		if (pol->spec.arg == 0)
			return one(a, 1, bit(cloud), cloud);
		one(&a[0], pol->spec.arg, bit(pol->oracle[q]), pol->oracle[q]);
		return 1 + one(&a[1], 1 - pol->spec.arg, bit(cloud), cloud);
	case POL_CASCADE:
		return alts_cascade(pol, q, a);
	case POL_MIXTURE:
		return alts_mixture(pol, q, a);
	case POL_SIZE_CASCADE:
		return alts_size_cascade(pol, q, a);
	case POL_RANDOM:
		return alts_random(pol, q, a);
	case POL_DOMAIN:
		k = route_of_domain(pol, q);
		return k == cloud ? one(a, 1, bit(cloud), cloud) :
		    attempt(pol, q, k, 1, a);
	case POL_LENGTH:
		/* The prompt length is the query's: every scored query has a
		 * cloud record to read it from. */
		if (table_tok_in(pol->p->m[cloud].c, q) <= pol->threshold)
			return attempt(pol, q, pol->member, 1, a);
		return one(a, 1, bit(cloud), cloud);
	case POL_SINGLE:
		return attempt(pol, q, pol->member, 1, a);
	default:
		return one(a, 1, bit(cloud), cloud);
	}
}

/* ---- fitting ----------------------------------------------------------- */

/* Expected energy of sending q to local member k (with fall-back), and of
 * the cloud: what the length fit trades. */
static double
attempt_energy(const struct policy *pol, uint32_t q, int k)
{
	struct alt a[4];
	int n = attempt(pol, q, k, 1, a);
	double e = 0;

	for (int i = 0; i < n; i++)
		for (int m = 0; m <= pol->p->nlocal; m++)
			if (a[i].ran & bit(m))
				e += a[i].p * pool_energy(&pol->p->m[m], q);
	return e;
}

/* The local member most often correct on the calibration queries (a
 * missing record counts as wrong); ties go to the smaller. */
static int
best_single(const struct policy *pol, const uint8_t *calib)
{
	const struct pool *p = pol->p;
	int best = pol->order[0];
	uint64_t best_n = 0;

	for (int i = 0; i < p->nlocal; i++) {
		int k = pol->order[i];
		uint64_t n = 0;
		for (uint32_t q = 0; q < p->nq; q++)
			n += calib[q] && table_has(p->m[k].c, q) &&
			    table_correct(p->m[k].c, q);
		if (n > best_n) {
			best_n = n;
			best = k;
		}
	}
	return best;
}

struct by_len {
	uint32_t tokens;
	double gain;	/* cloud energy - expected local-attempt energy */
};

static int
cmp_len(const void *a, const void *b)
{
	const struct by_len *x = a, *y = b;

	return (x->tokens > y->tokens) - (x->tokens < y->tokens);
}

/* length: the prompt-length threshold that saves the most energy on the
 * calibration queries, for the best single local member. */
static int
fit_length(struct policy *pol, const uint8_t *calib, struct ipw_error *err)
{
	const struct pool *p = pol->p;
	const struct table_config *cloud = p->m[p->nlocal].c;
	struct by_len *v = malloc((p->nq ? p->nq : 1) * sizeof(*v));
	size_t n = 0;
	double sum = 0, best = 0;

	if (v == NULL)
		return ipw_error_oom(err);
	pol->member = best_single(pol, calib);
	for (uint32_t q = 0; q < p->nq; q++)
		if (calib[q] && !p->skip[q]) {
			v[n].tokens = table_tok_in(cloud, q);
			v[n++].gain = pool_energy(&p->m[p->nlocal], q) -
			    attempt_energy(pol, q, pol->member);
		}
	qsort(v, n, sizeof(*v), cmp_len);
	pol->threshold = -1;	/* nothing local unless it saves */
	for (size_t i = 0; i < n; i++) {
		sum += v[i].gain;
		if ((i + 1 == n || v[i + 1].tokens != v[i].tokens) && sum > best) {
			best = sum;
			pol->threshold = v[i].tokens;
		}
	}
	free(v);
	return 0;
}

struct domain_counts {
	uint32_t records[POOL_MAX], correct[POOL_MAX];
};

/* domain: per domain, the local member most accurate on the calibration
 * queries of that domain, if its accuracy reaches T. */
static int
fit_domain(struct policy *pol, const uint8_t *calib, struct ipw_error *err)
{
	const struct pool *p = pol->p;
	const struct table *t = pol->t;
	uint32_t nid = t->strings.n, ndom = 0, *idx;
	struct domain_counts *cnt;
	int any = 0;

	pol->threshold = isnan(pol->spec.arg) ? DOMAIN_DEFAULT_T : pol->spec.arg;
	for (uint32_t q = 0; q < p->nq && !any; q++)
		any = table_domain(t, q) != TABLE_NONE;
	if (!any) {
		ipw_error_set(err, IPW_EX_DATAERR, "--router %s needs the "
		    "domain field, which no record has", pol->spec.text);
		ipw_error_at(err, t->files[0], 0, 0);
		return -1;
	}
	idx = malloc((size_t)nid * sizeof(*idx) + 1);
	pol->by_domain = malloc(nid + 1);
	cnt = calloc((size_t)nid + 1, sizeof(*cnt));
	if (idx == NULL || pol->by_domain == NULL || cnt == NULL) {
		free(idx);
		free(cnt);
		return ipw_error_oom(err);
	}
	pol->nby_domain = nid;
	/* Compact index per domain id; slot nid collects "no domain". */
	for (uint32_t i = 0; i < nid; i++)
		idx[i] = UINT32_MAX;
	for (uint32_t q = 0; q < p->nq; q++) {
		uint32_t d = table_domain(t, q), g;
		if (!calib[q] || p->skip[q])
			continue;
		if (d == TABLE_NONE)
			g = nid;
		else {
			if (idx[d] == UINT32_MAX)
				idx[d] = ndom++;
			g = idx[d];
		}
		for (int k = 0; k < p->nlocal; k++)
			if (table_has(p->m[k].c, q)) {
				cnt[g].records[k]++;
				cnt[g].correct[k] += table_correct(p->m[k].c, q);
			}
	}
	for (uint32_t i = 0; i <= nid; i++) {
		const struct domain_counts *c;
		int best = p->nlocal;
		double best_acc = -1;
		if (i < nid && idx[i] == UINT32_MAX) {
			pol->by_domain[i] = (uint8_t)p->nlocal;
			continue;
		}
		c = &cnt[i < nid ? idx[i] : nid];
		for (int j = 0; j < p->nlocal; j++) {
			int k = pol->order[j];
			double acc = c->records[k] ? (double)c->correct[k] /
			    c->records[k] : -1;
			if (acc > best_acc) {
				best_acc = acc;
				best = k;
			}
		}
		pol->by_domain[i] = (uint8_t)(best_acc >= pol->threshold ?
		    best : p->nlocal);
	}
	pol->no_domain = pol->by_domain[nid];
	free(idx);
	free(cnt);
	return 0;
}

static int
resolve_single(struct policy *pol, struct ipw_error *err)
{
	int k = pool_member(pol->p, pol->spec.config);

	if (k < 0 || k == pol->p->nlocal) {
		char have[1024];
		size_t used = 0;
		for (int i = 0; i < pol->p->nlocal && used < sizeof(have); i++)
			used += (size_t)snprintf(have + used, sizeof(have) - used,
			    "%s%s", i ? ", " : "", pol->p->m[i].name);
		return ipw_error_set(err, IPW_EX_USAGE, "--router %s: not a "
		    "local configuration of the pool (%s)", pol->spec.text,
		    have);
	}
	pol->member = k;
	return 0;
}

static int
fit(struct policy *pol, const uint8_t *calib, struct ipw_error *err)
{
	const char *name = pol->spec.text;
	char buf[320];

	switch (pol->spec.kind) {
	case POL_DOMAIN:
		if (fit_domain(pol, calib, err) < 0)
			return -1;
		break;
	case POL_LENGTH:
		if (isnan(pol->spec.arg)) {
			if (fit_length(pol, calib, err) < 0)
				return -1;
			snprintf(buf, sizeof(buf), "length:%g@%s",
			    pol->threshold, pol->p->m[pol->member].name);
			name = buf;
		} else {
			pol->threshold = pol->spec.arg;
			pol->member = calib ? best_single(pol, calib) :
			    pol->order[0];
		}
		break;
	case POL_SINGLE:
		if (resolve_single(pol, err) < 0)
			return -1;
		break;
	case POL_BUDGET:
		/* its search accounts candidates: budget_policy_init */
		return ipw_error_set(err, IPW_EX_SOFTWARE, "%s: made by "
		    "budget_policy_init, not policy_init", pol->spec.text);
	default:
		break;
	}
	snprintf(pol->name, sizeof(pol->name), "%s", name);
	return 0;
}

/* Can some query take more than one route? */
static int
is_random(const struct policy_spec *s, const struct policy_params *pr)
{
	switch (s->kind) {
	case POL_PAPER:
	case POL_MIXTURE:
	case POL_RANDOM:
		return s->arg > 0 && s->arg < 1;
	case POL_CASCADE:
		return pr->fp > 0 || pr->fn > 0;
	case POL_CLOUD:
	case POL_ORACLE:
		return 0;
	default:
		return pr->detect > 0 && pr->detect < 1;
	}
}

int
policy_init(struct policy *pol, const struct policy_spec *spec,
    const struct policy_params *params, const struct pool *p,
    const struct table *t, const uint8_t *oracle, const uint8_t *calib,
    struct ipw_error *err)
{
	memset(pol, 0, sizeof(*pol));
	pol->spec = *spec;
	pol->params = *params;
	pol->p = p;
	pol->t = t;
	pol->oracle = oracle;
	pool_size_order(p, pol->order);
	if (spec->kind == POL_CASCADE) {
		if (isnan(pol->params.fp))
			pol->params.fp = 1 - spec->arg;
		if (isnan(pol->params.fn))
			pol->params.fn = 1 - spec->arg;
		oracle_mix(pol);
	}
	if (policy_needs_fit(spec) && calib == NULL)
		return ipw_error_set(err, IPW_EX_SOFTWARE, "%s needs a "
		    "calibration split", spec->text);
	if (fit(pol, calib, err) < 0) {
		policy_release(pol);
		return -1;
	}
	pol->random = is_random(&pol->spec, &pol->params);
	return 0;
}

void
policy_release(struct policy *pol)
{
	free(pol->by_domain);
	pol->by_domain = NULL;
}

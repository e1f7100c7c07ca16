#include "config.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "jsonfile.h"
#include "output.h"
#include "simpartial.h"
#include "stats.h"
#include "strtab.h"

/* The fields of struct account_sums, in the order a partial lists them. */
static const size_t sum_field[] = {
	offsetof(struct account_sums, queries),
	offsetof(struct account_sums, correct),
	offsetof(struct account_sums, energy_j),
	offsetof(struct account_sums, flops),
	offsetof(struct account_sums, cost_usd),
	offsetof(struct account_sums, latency_s),
	offsetof(struct account_sums, with_latency),
	offsetof(struct account_sums, cloud_calls),
	offsetof(struct account_sums, waste_energy_j),
	offsetof(struct account_sums, waste_flops),
	offsetof(struct account_sums, waste_cost_usd),
	offsetof(struct account_sums, carbon_kg),
	offsetof(struct account_sums, run_latency_s),
	offsetof(struct account_sums, prov.source[0]),
	offsetof(struct account_sums, prov.source[1]),
	offsetof(struct account_sums, prov.source[2]),
	offsetof(struct account_sums, prov.source[3]),
	offsetof(struct account_sums, prov.source[4]),
	offsetof(struct account_sums, prov.scope[0]),
	offsetof(struct account_sums, prov.scope[1]),
	offsetof(struct account_sums, prov.scope[2]),
	offsetof(struct account_sums, prov.scope[3]),
	offsetof(struct account_sums, prov.scope[4]),
};
_Static_assert(PROV_SOURCES == 5 && PROV_SCOPES == 5,
    "sum_field lists every provenance sum");
#define NSUM (sizeof(sum_field) / sizeof(sum_field[0]))

static double *
sum_at(struct account_sums *a, size_t i)
{
	return (double *)(void *)((char *)a + sum_field[i]);
}

/* ---- writing ------------------------------------------------------------ */

/* A number array; NaN is written as null. */
static cJSON *
numbers(const double *v, size_t n)
{
	cJSON *a = cJSON_CreateArray();

	for (size_t i = 0; i < n && a != NULL; i++)
		cJSON_AddItemToArray(a, isnan(v[i]) ? cJSON_CreateNull() :
		    cJSON_CreateNumber(v[i]));
	return a;
}

static cJSON *
sums_json(const struct account_sums *a)
{
	double v[NSUM];

	for (size_t i = 0; i < NSUM; i++)
		v[i] = *sum_at((struct account_sums *)a, i);
	return numbers(v, NSUM);
}

static cJSON *
account_json(const struct account *a)
{
	cJSON *o = cJSON_CreateObject(), *m = cJSON_CreateArray();
	cJSON *h = cJSON_CreateArray();

	for (int k = 0; k < a->nmembers; k++)
		cJSON_AddItemToArray(m, sums_json(&a->member[k]));
	cJSON_AddItemToObject(o, "members", m);
	cJSON_AddItemToObject(o, "total", sums_json(&a->total));
	cJSON_AddNumberToObject(o, "local_queries", a->local_queries);
	for (int b = 0; b < LAT_BINS; b++)	/* sparse: [bin, weight] */
		if (a->lat_hist[b] != 0) {
			double pair[2] = { b, a->lat_hist[b] };
			cJSON_AddItemToArray(h, numbers(pair, 2));
		}
	cJSON_AddItemToObject(o, "latency_histogram", h);
	return o;
}

/* What partials of one run share, as a hash: the version, the shard
 * count, the settings the report prints (pool, rng, seed, replicates,
 * what-if), the policies and the number of bootstrap replicates. */
static unsigned long long
run_key(const struct report *r, long n, int boot, int mc)
{
	char buf[64];
	uint64_t h = strtab_hash64(PACKAGE_VERSION);

	snprintf(buf, sizeof(buf), "%ld %d %d %d", n, boot, mc, r->npolicies);
	h = h * 31 + strtab_hash64(buf);
	for (int i = 0; i < r->nsettings; i++)
		h = (h * 31 + strtab_hash64(r->setting[i][0])) * 31 +
		    strtab_hash64(r->setting[i][1]);
	for (int i = 0; i < r->npolicies; i++)
		h = h * 31 + strtab_hash64(r->pol[i].name);
	for (int k = 0; k <= r->p->nlocal; k++)
		h = h * 31 + strtab_hash64(r->p->m[k].name);
	return (unsigned long long)h;
}

int
simpartial_write(const struct sim *s, const struct sim_options *o,
    long k, long n, FILE *fp)
{
	const struct report *r = &s->r;
	cJSON *root = cJSON_CreateObject(), *a, *pols;
	char key[32];
	int boot = s->boot_sums != NULL ? o->bootstrap : 0;
	char *text;

	snprintf(key, sizeof(key), "%016llx", run_key(r, n, boot,
	    o->replicates));
	cJSON_AddNumberToObject(root, "ipwsim_simulate_partial", 1);
	cJSON_AddStringToObject(root, "version", PACKAGE_VERSION);
	cJSON_AddStringToObject(root, "run", key);
	cJSON_AddNumberToObject(root, "shard", (double)k);
	cJSON_AddNumberToObject(root, "shards", (double)n);
	a = cJSON_AddArrayToObject(root, "members");
	for (int m = 0; m <= s->p.nlocal; m++)
		cJSON_AddItemToArray(a, cJSON_CreateString(s->p.m[m].name));
	cJSON_AddNumberToObject(root, "nlocal", s->p.nlocal);
	cJSON_AddNumberToObject(root, "queries", s->p.nq);
	cJSON_AddNumberToObject(root, "dropped", s->p.ndropped);
	a = cJSON_AddArrayToObject(root, "settings");
	for (int i = 0; i < r->nsettings; i++) {
		cJSON *pair = cJSON_CreateArray();
		cJSON_AddItemToArray(pair, cJSON_CreateString(r->setting[i][0]));
		cJSON_AddItemToArray(pair, cJSON_CreateString(r->setting[i][1]));
		cJSON_AddItemToArray(a, pair);
	}
	cJSON_AddNumberToObject(root, "scored_queries", s->weak_n);
	cJSON_AddItemToObject(root, "local_correct", numbers(s->weak_ok,
	    (size_t)s->p.nlocal));
	cJSON_AddNumberToObject(root, "bootstrap_replicates", boot);
	if (boot > 0)
		cJSON_AddItemToObject(root, "bootstrap_sums", numbers(
		    s->boot_sums, (size_t)boot * 3 * (size_t)(s->npol + 1)));
	cJSON_AddNumberToObject(root, "monte_carlo_replicates", o->replicates);
	pols = cJSON_AddArrayToObject(root, "policies");
	for (int i = 0; i < r->npolicies; i++) {
		cJSON *p = cJSON_CreateObject();
		cJSON_AddStringToObject(p, "name", r->pol[i].name);
		cJSON_AddBoolToObject(p, "random", r->pol[i].random);
		cJSON_AddItemToObject(p, "account", account_json(
		    &r->pol[i].acct));
		if (r->pol[i].random && s->mc_totals[i] != NULL) {
			cJSON_AddNumberToObject(p, "monte_carlo_queries",
			    s->mc_queries[i]);
			cJSON_AddItemToObject(p, "monte_carlo_totals", numbers(
			    s->mc_totals[i], (size_t)o->replicates *
			    STATS_MC_SUMS));
		}
		cJSON_AddItemToArray(pols, p);
	}
	/* one line: the magic must be the first bytes */
	text = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	if (text == NULL)
		return -1;
	fputs(text, fp);
	fputc('\n', fp);
	free(text);
	return 0;
}

/* ---- merging ------------------------------------------------------------- */

struct simpartial {
	struct pool pool;
	struct report r;
	char *names[REPORT_MAX_POLICIES], *members[POOL_MAX + 1];
	char *settings[16][2];
	double weak_ok[POOL_MAX], weak_n;
	int boot, mc;
	double *boot_sums;
	double *mc_totals[REPORT_MAX_POLICIES], mc_queries[REPORT_MAX_POLICIES];
	char run[32], version[64];
	long n;
	unsigned char *seen;
};

static int
bad(struct ipw_error *err, const char *file, const char *why)
{
	ipw_error_set(err, IPW_EX_DATAERR, "%s", why);
	ipw_error_at(err, file, 0, 0);
	return -1;
}

static const cJSON *
get(const cJSON *o, const char *k)
{
	return cJSON_GetObjectItemCaseSensitive(o, k);
}

static double
num(const cJSON *o, const char *k)
{
	const cJSON *v = get(o, k);

	return cJSON_IsNumber(v) ? v->valuedouble : NAN;
}

/* A count field: a whole number in [0, 1e9], else -1 (casting a NaN or
 * a huge number to an integer is undefined). */
static long
count(const cJSON *o, const char *k)
{
	double v = num(o, k);

	return v >= 0 && v <= 1e9 && v == floor(v) ? (long)v : -1;
}

/* Adds the array v (n numbers, null = NaN) into dst; -1 if the shape is
 * wrong. */
static int
add_numbers(double *dst, const cJSON *v, size_t n)
{
	size_t i = 0;
	const cJSON *x;

	if (!cJSON_IsArray(v) || (size_t)cJSON_GetArraySize(v) != n)
		return -1;
	cJSON_ArrayForEach(x, v) {
		if (cJSON_IsNull(x))
			dst[i] += NAN;
		else if (cJSON_IsNumber(x))
			dst[i] += x->valuedouble;
		else
			return -1;
		i++;
	}
	return 0;
}

static int
add_account(struct account *a, const cJSON *o, int nmembers)
{
	const cJSON *m = get(o, "members"), *x;
	double v[NSUM];
	int k = 0;

	if (!cJSON_IsArray(m) || cJSON_GetArraySize(m) != nmembers)
		return -1;
	a->nmembers = nmembers;
	cJSON_ArrayForEach(x, m) {
		memset(v, 0, sizeof(v));
		if (add_numbers(v, x, NSUM) < 0)
			return -1;
		for (size_t i = 0; i < NSUM; i++)
			*sum_at(&a->member[k], i) += v[i];
		k++;
	}
	memset(v, 0, sizeof(v));
	if (add_numbers(v, get(o, "total"), NSUM) < 0 ||
	    !cJSON_IsNumber(get(o, "local_queries")))
		return -1;
	for (size_t i = 0; i < NSUM; i++)
		*sum_at(&a->total, i) += v[i];
	a->local_queries += num(o, "local_queries");
	cJSON_ArrayForEach(x, get(o, "latency_histogram")) {
		double pair[2] = { 0, 0 };
		if (add_numbers(pair, x, 2) < 0 || !(pair[0] >= 0 &&
		    pair[0] < LAT_BINS))
			return -1;
		a->lat_hist[(int)pair[0]] += pair[1];
	}
	return 0;
}

static char *
dup(const cJSON *v)
{
	return cJSON_IsString(v) ? strdup(v->valuestring) : NULL;
}

/* The first partial: the run's shape. */
static int
take_shape(struct simpartial *g, const cJSON *root, const char *file,
    struct ipw_error *err)
{
	const cJSON *x, *pols = get(root, "policies");
	int i = 0;

	snprintf(g->run, sizeof(g->run), "%s", cJSON_IsString(get(root,
	    "run")) ? get(root, "run")->valuestring : "");
	snprintf(g->version, sizeof(g->version), "%s", cJSON_IsString(get(root,
	    "version")) ? get(root, "version")->valuestring : "");
	g->n = count(root, "shards");
	g->pool.nlocal = (int)count(root, "nlocal");
	g->boot = (int)count(root, "bootstrap_replicates");
	g->mc = (int)count(root, "monte_carlo_replicates");
	if (!(g->n >= 1 && g->n <= 1000000) || g->pool.nlocal < 1 ||
	    g->pool.nlocal > POOL_MAX || g->boot < 0 || g->mc < 1 ||
	    cJSON_GetArraySize(get(root, "members")) != g->pool.nlocal + 1 ||
	    !cJSON_IsArray(pols) || cJSON_GetArraySize(pols) < 2 ||
	    cJSON_GetArraySize(pols) > REPORT_MAX_POLICIES)
		return bad(err, file, "not a partial of ipwsim simulate "
		    "--shard (a field is missing or out of range)");
	if ((g->seen = calloc((size_t)g->n, 1)) == NULL)
		return ipw_error_oom(err);
	cJSON_ArrayForEach(x, get(root, "members")) {
		if ((g->members[i] = dup(x)) == NULL)
			return bad(err, file, "a member is not a name");
		g->pool.m[i].name = g->members[i];
		g->pool.m[i].cloud = i == g->pool.nlocal;
		i++;
	}
	i = 0;
	cJSON_ArrayForEach(x, get(root, "settings")) {
		if (i == 16)
			break;
		g->settings[i][0] = dup(cJSON_GetArrayItem(x, 0));
		g->settings[i][1] = dup(cJSON_GetArrayItem(x, 1));
		if (g->settings[i][0] == NULL || g->settings[i][1] == NULL)
			return bad(err, file, "a setting is not a pair of texts");
		g->r.setting[i][0] = g->settings[i][0];
		g->r.setting[i][1] = g->settings[i][1];
		i++;
	}
	g->r.nsettings = i;
	i = 0;
	cJSON_ArrayForEach(x, pols) {
		if ((g->names[i] = dup(get(x, "name"))) == NULL)
			return bad(err, file, "a policy has no name");
		g->r.pol[i].name = g->names[i];
		g->r.pol[i].random = cJSON_IsTrue(get(x, "random"));
		if (g->r.pol[i].random && (g->mc_totals[i] = calloc(
		    (size_t)g->mc * STATS_MC_SUMS, sizeof(double))) == NULL)
			return ipw_error_oom(err);
		i++;
	}
	g->r.npolicies = i;
	g->r.model.state = MODEL_NOT_DONE;
	snprintf(g->r.model.note, sizeof(g->r.model.note), "merged shards: "
	    "not computed (run on the whole trace)");
	if (g->boot > 0 && (g->boot_sums = calloc((size_t)g->boot * 3 *
	    (size_t)(i + 1), sizeof(double))) == NULL)
		return ipw_error_oom(err);
	g->r.p = &g->pool;
	return 0;
}

static int
add_partial(struct simpartial *g, const cJSON *root, const char *file,
    struct ipw_error *err)
{
	const cJSON *x;
	long k = count(root, "shard");
	int i = 0;
	char why[160];

	if (!cJSON_IsString(get(root, "run")) || strcmp(get(root,
	    "run")->valuestring, g->run) != 0 || !cJSON_IsString(get(root,
	    "version")) || strcmp(get(root, "version")->valuestring,
	    g->version) != 0 || count(root, "shards") != g->n) {
		snprintf(why, sizeof(why), "a partial of another run (other "
		    "options, pool, version %s or shard count) than the "
		    "first", cJSON_IsString(get(root, "version")) ?
		    get(root, "version")->valuestring : "unknown");
		return bad(err, file, why);
	}
	if (!(k >= 1 && k <= g->n))
		return bad(err, file, "its shard number is out of range");
	if (g->seen[k - 1]) {
		snprintf(why, sizeof(why), "shard %ld/%ld is given twice", k,
		    g->n);
		return bad(err, file, why);
	}
	g->seen[k - 1] = 1;
	if (count(root, "dropped") < 0 || count(root, "queries") < 0 ||
	    count(root, "dropped") > count(root, "queries"))
		return bad(err, file, "its query counts are not whole numbers "
		    "(or more are dropped than there are)");
	g->pool.ndropped += (uint32_t)count(root, "dropped");
	g->pool.nq += (uint32_t)count(root, "queries");
	g->weak_n += num(root, "scored_queries");
	if (add_numbers(g->weak_ok, get(root, "local_correct"),
	    (size_t)g->pool.nlocal) < 0 || (g->boot > 0 && add_numbers(
	    g->boot_sums, get(root, "bootstrap_sums"), (size_t)g->boot * 3 *
	    (size_t)(g->r.npolicies + 1)) < 0))
		return bad(err, file, "its sums do not have the run's shape");
	cJSON_ArrayForEach(x, get(root, "policies")) {
		if (i == g->r.npolicies || add_account(&g->r.pol[i].acct,
		    get(x, "account"), g->pool.nlocal + 1) < 0 ||
		    (g->r.pol[i].random && (add_numbers(g->mc_totals[i],
		    get(x, "monte_carlo_totals"), (size_t)g->mc *
		    STATS_MC_SUMS) < 0 || !cJSON_IsNumber(get(x,
		    "monte_carlo_queries")))))
			return bad(err, file, "a policy's sums do not have the "
			    "run's shape");
		if (g->r.pol[i].random)
			g->mc_queries[i] += num(x, "monte_carlo_queries");
		i++;
	}
	return 0;
}

/* Reads one partial file whole. */
static int
read_partial(const char *file, cJSON **root, struct ipw_error *err)
{
	if (jsonfile_read(file, root, err) < 0)
		return -1;
	if (!cJSON_IsNumber(get(*root, "ipwsim_simulate_partial"))) {
		cJSON_Delete(*root);
		*root = NULL;
		return bad(err, file, "not a partial of ipwsim simulate "
		    "--shard");
	}
	return 0;
}

static void
merged_release(struct simpartial *g)
{
	for (int i = 0; i < REPORT_MAX_POLICIES; i++) {
		free(g->names[i]);
		free(g->mc_totals[i]);
	}
	for (int i = 0; i <= POOL_MAX; i++)
		free(g->members[i]);
	for (int i = 0; i < 16; i++) {
		free(g->settings[i][0]);
		free(g->settings[i][1]);
	}
	free(g->boot_sums);
	free(g->seen);
}

/* The report from the merged sums, as sim_run makes it. */
static int
finish(struct simpartial *g, struct ipw_error *err)
{
	struct interval_set ci[REPORT_MAX_POLICIES];
	struct report *r = &g->r;

	for (int i = 0; i < r->npolicies; i++)
		if (r->pol[i].random && stats_mc_intervals(g->mc_totals[i],
		    g->mc_queries[i], &r->pol[0].acct, g->mc, &r->pol[i].mc) <
		    0)
			return ipw_error_oom(err);
	if (g->boot > 0) {
		if (stats_bootstrap_intervals(g->boot_sums, r->npolicies,
		    g->boot, ci) < 0)
			return ipw_error_oom(err);
		for (int i = 0; i < r->npolicies; i++)
			r->pol[i].boot = ci[i];
	}
	r->scored = r->pol[0].acct.total.queries;
	r->weak_quality = sim_weak_quality(g->weak_ok, g->pool.nlocal,
	    g->weak_n);
	return 0;
}

struct simpartial *
simpartial_merge(char **files, int nfiles, struct ipw_error *err)
{
	struct simpartial *g = calloc(1, sizeof(*g));
	int rc = 0;

	if (g == NULL) {
		ipw_error_oom(err);
		return NULL;
	}
	for (int i = 0; i < nfiles && rc == 0; i++) {
		cJSON *root = NULL;
		rc = read_partial(files[i], &root, err);
		if (rc == 0 && i == 0)
			rc = take_shape(g, root, files[i], err);
		if (rc == 0)
			rc = add_partial(g, root, files[i], err);
		cJSON_Delete(root);
	}
	for (long k = 0; rc == 0 && k < g->n; k++)
		if (!g->seen[k]) {
			rc = ipw_error_set(err, IPW_EX_DATAERR, "shard %ld/%ld "
			    "is missing: give every shard's partial once", k + 1,
			    g->n);
		}
	if (rc == 0)
		rc = finish(g, err);
	if (rc < 0) {
		simpartial_free(g);
		return NULL;
	}
	return g;
}

const struct report *
simpartial_report(const struct simpartial *g)
{
	return &g->r;
}

void
simpartial_free(struct simpartial *g)
{
	if (g == NULL)
		return;
	merged_release(g);
	free(g);
}

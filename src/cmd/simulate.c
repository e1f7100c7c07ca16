/* ipwsim simulate: cloud-only, the oracle, and realistic routers. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "account.h"
#include "cmds.h"
#include "policy.h"
#include "report.h"
#include "route.h"
#include "stats.h"

static const char usage[] =
"usage: ipwsim simulate [options] TRACE...\n"
"\n"
"Route every query of TRACE (files are concatenated; - is stdin) to the\n"
"cloud (the baseline), by the oracle (a correct local configuration, else\n"
"the cloud) and by each --router, and report energy, FLOPs, cost, latency,\n"
"local share, quality, wasted work and savings against the baseline, with\n"
"bootstrap and Monte Carlo intervals.\n"
"\n"
"Pool:\n"
"  --local CONFIG        a local configuration, model@accelerator (repeat);\n"
"                        default: every configuration on a local-tier\n"
"                        accelerator of the catalog\n"
"  --cloud CONFIG        the cloud configuration; default: the only one on a\n"
"                        cloud-tier accelerator\n"
"  --oracle RULE         smallest (default; fewest parameters), cheapest-energy,\n"
"                        cheapest-cost or cheapest-compute\n"
"  --flops-params WHICH  total (default) or active parameters in\n"
"                        FLOPs = 2 x params x (tokens_in + tokens_out)\n"
"  --drop-incomplete     leave out queries with no cloud record (else an error)\n"
"\n"
"Routers (repeat --router; see ipwsim-simulate(1) for the exact accounting):\n"
"  --router paper:A      a share A of the oracle's local routes happen\n"
"  --router cascade:A    local/cloud decision with accuracy A; a wrong local\n"
"                        try fails and falls back, both charged\n"
"  --router mixture:A    the oracle's route with probability A, else random\n"
"  --router domain[:T]   a domain goes local if its best local model's\n"
"                        calibration accuracy reaches T (0.8)\n"
"  --router length[:N]   local if tokens_in <= N (fitted when N is absent)\n"
"  --router single:CONFIG  everything to one local configuration\n"
"  --router size-cascade try local models smallest first, then the cloud\n"
"  --router random:P     a share P local, to a random local configuration\n"
"  --router budget:X     the heuristic saving most energy while keeping\n"
"                        quality >= X x the cloud's (on the calibration split)\n"
"  --router-fp R         cascade: P(local | no local model is correct)\n"
"  --router-fn R         cascade: P(cloud | a local model is correct)\n"
"  --detect D            share of failed local answers caught and re-run in\n"
"                        the cloud (1); the rest are returned, wrong\n"
"  --calib-frac F        share of queries heuristics are fitted on (0.3);\n"
"                        every policy is then scored on the other queries\n"
"  --seed N              seed of the split, Monte Carlo and bootstrap (1)\n"
"  --replicates N        Monte Carlo replicates of random routers (200)\n"
"  --bootstrap N         bootstrap replicates of the savings (200; 0 = none)\n"
"  --rng NAME            GSL generator (mt19937)\n"
"\n"
"Input:\n"
"  --input-format F      auto (default), jsonl, csv or harness\n"
"  --accelerator NAME    accelerator of harness records (overrides gpu_info)\n"
"  --score-threshold X   correct = score >= X when correct is absent (0.5)\n"
"  --catalog FILE        add catalog entries, or override fields (repeat)\n"
"  --max-errors N        report up to N bad records before stopping (1)\n"
"  --max-line BYTES      longest accepted line (1048576)\n"
"\n"
"Output:\n"
"  --format F            table (default), csv or json\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 bad data, 66 cannot open input,\n"
"70 internal error, 73 cannot create output, 74 I/O error.\n";

enum {
	OPT_LOCAL = OPT_FIRST_COMMAND_OWN,
	OPT_CLOUD,
	OPT_ORACLE,
	OPT_FLOPS_PARAMS,
	OPT_DROP_INCOMPLETE,
	OPT_ROUTER,
	OPT_ROUTER_FP,
	OPT_ROUTER_FN,
	OPT_DETECT,
	OPT_CALIB_FRAC,
	OPT_SEED,
	OPT_REPLICATES,
	OPT_BOOTSTRAP,
	OPT_RNG,
};

static const struct option longopts[] = {
	{ "local", required_argument, NULL, OPT_LOCAL },
	{ "cloud", required_argument, NULL, OPT_CLOUD },
	{ "oracle", required_argument, NULL, OPT_ORACLE },
	{ "flops-params", required_argument, NULL, OPT_FLOPS_PARAMS },
	{ "drop-incomplete", no_argument, NULL, OPT_DROP_INCOMPLETE },
	{ "router", required_argument, NULL, OPT_ROUTER },
	{ "router-fp", required_argument, NULL, OPT_ROUTER_FP },
	{ "router-fn", required_argument, NULL, OPT_ROUTER_FN },
	{ "detect", required_argument, NULL, OPT_DETECT },
	{ "calib-frac", required_argument, NULL, OPT_CALIB_FRAC },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "replicates", required_argument, NULL, OPT_REPLICATES },
	{ "bootstrap", required_argument, NULL, OPT_BOOTSTRAP },
	{ "rng", required_argument, NULL, OPT_RNG },
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

#define MAX_ROUTERS (REPORT_MAX_POLICIES - 2)

struct simulate {
	struct cli_common common;
	struct pool_options pool;
	enum oracle_rule oracle_rule;
	struct policy_spec router[MAX_ROUTERS];
	int nrouters;
	struct policy_params params;
	double calib_frac;
	size_t seed, replicates, bootstrap;
	const gsl_rng_type *rng_type;
	struct table t;
	struct catalog cat;
	struct pool p;
	struct report r;
	struct policy pol[REPORT_MAX_POLICIES];
	int npol;
	uint8_t *oracle, *calib, *scored;
	struct account_vectors vec[REPORT_MAX_POLICIES];
	char text[6][512];	/* settings shown in the report */
};

static int
rng_option(struct simulate *s, const char *arg)
{
	const gsl_rng_type **t;

	for (t = gsl_rng_types_setup(); *t != NULL; t++)
		if (strcmp((*t)->name, arg) == 0) {
			s->rng_type = *t;
			return 0;
		}
	return cli_usage(&cmd_simulate, "--rng: \"%s\" is not a GSL generator "
	    "(e.g. mt19937, ranlxd2, taus2)", arg);
}

static int
router_option(struct simulate *s, const char *arg)
{
	struct ipw_error err;

	if (s->nrouters == MAX_ROUTERS)
		return cli_usage(&cmd_simulate, "--router: at most %d",
		    MAX_ROUTERS);
	if (policy_parse(arg, &s->router[s->nrouters], &err) < 0)
		return cli_usage(&cmd_simulate, "%s", err.msg);
	s->nrouters++;
	return 0;
}

static int
number_option(const char *name, const char *arg, double lo, double hi,
    double *out)
{
	return cli_double(&cmd_simulate, name, arg, lo, hi, out) < 0 ?
	    IPW_EX_USAGE : 0;
}

static int
size_option(const char *name, const char *arg, size_t lo, size_t *out)
{
	return cli_size(&cmd_simulate, name, arg, lo, out) < 0 ?
	    IPW_EX_USAGE : 0;
}

static int
own_option(void *ctx, int opt, const char *arg)
{
	const struct cmd *cmd = &cmd_simulate;
	struct simulate *s = ctx;

	switch (opt) {
	case OPT_LOCAL:
		if (s->pool.nlocal == POOL_MAX)
			return cli_usage(cmd, "--local: at most %d", POOL_MAX);
		s->pool.local[s->pool.nlocal++] = arg;
		return 0;
	case OPT_CLOUD:
		s->pool.cloud = arg;
		return 0;
	case OPT_ORACLE:
		if (route_oracle_parse(arg, &s->oracle_rule) < 0)
			return cli_usage(cmd, "--oracle: \"%s\" is not smallest, "
			    "cheapest-energy, cheapest-cost or cheapest-compute",
			    arg);
		return 0;
	case OPT_FLOPS_PARAMS:
		if (strcmp(arg, "total") && strcmp(arg, "active"))
			return cli_usage(cmd, "--flops-params: \"%s\" is not "
			    "total or active", arg);
		s->pool.flops_params = strcmp(arg, "active") == 0 ?
		    FLOPS_ACTIVE : FLOPS_TOTAL;
		return 0;
	case OPT_DROP_INCOMPLETE:
		s->pool.drop_incomplete = 1;
		return 0;
	case OPT_ROUTER:
		return router_option(s, arg);
	case OPT_ROUTER_FP:
		return number_option("--router-fp", arg, 0, 1, &s->params.fp);
	case OPT_ROUTER_FN:
		return number_option("--router-fn", arg, 0, 1, &s->params.fn);
	case OPT_DETECT:
		return number_option("--detect", arg, 0, 1, &s->params.detect);
	case OPT_CALIB_FRAC:
		return number_option("--calib-frac", arg, 0, 1, &s->calib_frac);
	case OPT_SEED:
		return size_option("--seed", arg, 0, &s->seed);
	case OPT_REPLICATES:
		return size_option("--replicates", arg, 1, &s->replicates);
	case OPT_BOOTSTRAP:
		return size_option("--bootstrap", arg, 0, &s->bootstrap);
	case OPT_RNG:
		return rng_option(s, arg);
	default:
		return cli_usage(cmd, "unknown option");
	}
}

static int
write_report(void *ctx, FILE *fp)
{
	struct simulate *s = ctx;

	return report_write(&s->r, s->common.format, fp);
}

static uint64_t
hash_text(const char *str)
{
	uint64_t h = 1469598103934665603ull;

	for (; *str; str++) {
		h ^= (unsigned char)*str;
		h *= 1099511628211ull;
	}
	return h;
}

/* A generator for one purpose, seeded from --seed and a name, so that
 * adding or reordering routers leaves each one's draws unchanged. */
static gsl_rng *
rng_for(const struct simulate *s, const char *purpose)
{
	gsl_rng *r = gsl_rng_alloc(s->rng_type);

	if (r != NULL)
		gsl_rng_set(r, (unsigned long)(stats_mix(s->seed ^
		    hash_text(purpose)) & 0xffffffffu));
	return r;
}

/* Splits the queries when a heuristic needs fitting; fills calib and
 * scored. Usage error when a side is empty. */
static int
split(struct simulate *s)
{
	int need = 0;
	uint32_t ncalib = 0, nscored = 0;
	gsl_rng *r;

	for (int i = 0; i < s->nrouters; i++)
		need |= policy_needs_fit(&s->router[i]);
	s->calib = calloc(s->t.nq + 1, 1);
	s->scored = malloc(s->t.nq + 1);
	if (s->calib == NULL || s->scored == NULL)
		return IPW_EX_SOFTWARE;
	memset(s->scored, 1, s->t.nq + 1);
	if (!need)
		return 0;
	if ((r = rng_for(s, "calibration split")) == NULL)
		return IPW_EX_SOFTWARE;
	for (uint32_t q = 0; q < s->t.nq; q++) {
		if (s->p.skip[q])
			continue;
		s->calib[q] = gsl_rng_uniform(r) < s->calib_frac;
		s->scored[q] = !s->calib[q];
		ncalib += s->calib[q];
		nscored += s->scored[q];
	}
	gsl_rng_free(r);
	if (ncalib == 0 || nscored == 0)
		return cli_usage(&cmd_simulate, "--calib-frac %g leaves no "
		    "queries to %s", s->calib_frac, ncalib == 0 ? "fit the "
		    "heuristics on" : "score the policies on");
	snprintf(s->text[3], sizeof(s->text[3]), "heuristics fitted on %u "
	    "queries (--calib-frac %g), every policy scored on the other %u",
	    ncalib, s->calib_frac, nscored);
	return 0;
}

static int
add_policy(struct simulate *s, const struct policy_spec *spec)
{
	struct ipw_error err;
	struct policy *pol = &s->pol[s->npol];

	if (policy_init(pol, spec, &s->params, &s->p, &s->t, s->oracle,
	    s->calib, &err) < 0)
		return err.code == IPW_EX_USAGE ?
		    cli_usage(&cmd_simulate, "%s", err.msg) :
		    cli_fail(&cmd_simulate, &err);
	s->r.pol[s->npol].name = pol->name;
	s->r.pol[s->npol].random = pol->random;
	s->npol++;
	return 0;
}

static int
vectors(struct simulate *s, int i)
{
	struct account_vectors *v = &s->vec[i];
	size_t n = s->t.nq + 1;

	v->energy = malloc(n * sizeof(float));
	v->flops = malloc(n * sizeof(float));
	v->cost = malloc(n * sizeof(float));
	return v->energy && v->flops && v->cost ? 0 : -1;
}

/* The best single local member's quality on the scored queries, for the
 * quality gap recovered. */
static double
weak_quality(const struct simulate *s)
{
	double best = 0, n = 0;

	for (uint32_t q = 0; q < s->t.nq; q++)
		n += s->scored[q] && !s->p.skip[q];
	for (int k = 0; k < s->p.nlocal; k++) {
		double ok = 0;
		for (uint32_t q = 0; q < s->t.nq; q++)
			ok += s->scored[q] && !s->p.skip[q] &&
			    table_has(s->p.m[k].c, q) &&
			    s->p.m[k].c->correct[q];
		if (n > 0 && ok / n > best)
			best = ok / n;
	}
	return best;
}

static int
evaluate(struct simulate *s)
{
	struct ipw_error err;
	int boot = s->bootstrap > 0;

	for (int i = 0; i < s->npol; i++) {
		struct report_policy *rp = &s->r.pol[i];
		if (boot && vectors(s, i) < 0)
			return IPW_EX_SOFTWARE;
		account_policy(&s->pol[i], s->scored, &rp->acct,
		    boot ? &s->vec[i] : NULL, &err);
		if (rp->random) {
			gsl_rng *r = rng_for(s, s->pol[i].spec.text);
			if (r == NULL || stats_monte_carlo(&s->pol[i], s->scored,
			    &s->r.pol[0].acct, r, (int)s->replicates, &rp->mc,
			    &err) < 0) {
				gsl_rng_free(r);
				return IPW_EX_SOFTWARE;
			}
			gsl_rng_free(r);
		}
	}
	if (boot) {
		struct interval_set ci[REPORT_MAX_POLICIES];
		if (stats_bootstrap(&s->t, s->scored, s->p.skip, &s->vec[0],
		    s->vec, s->npol, (int)s->bootstrap, s->seed, ci, &err) < 0)
			return IPW_EX_SOFTWARE;
		for (int i = 0; i < s->npol; i++)
			s->r.pol[i].boot = ci[i];
	}
	s->r.scored = s->r.pol[0].acct.total.queries;
	s->r.weak_quality = weak_quality(s);
	return 0;
}

static void
describe(struct simulate *s)
{
	size_t used = 0;

	for (int i = 0; i < s->p.nlocal && used < sizeof(s->text[0]); i++)
		used += (size_t)snprintf(s->text[0] + used,
		    sizeof(s->text[0]) - used, "%s%s", i ? ", " : "",
		    s->p.m[i].name);
	snprintf(s->text[1], sizeof(s->text[1]), "%s, seed %zu; Monte Carlo "
	    "%zu replicates; bootstrap %zu replicates", s->rng_type->name,
	    s->seed, s->replicates, s->bootstrap);
	snprintf(s->text[2], sizeof(s->text[2]), "detect %g; cascade "
	    "false-local %s, false-cloud %s", s->params.detect,
	    isnan(s->params.fp) ? "1 - A" : "set", isnan(s->params.fn) ?
	    "1 - A" : "set");
	if (!isnan(s->params.fp) || !isnan(s->params.fn))
		snprintf(s->text[2], sizeof(s->text[2]), "detect %g; cascade "
		    "false-local %g, false-cloud %g", s->params.detect,
		    s->params.fp, s->params.fn);
#define SET(k, v) (s->r.setting[s->r.nsettings][0] = (k), \
	s->r.setting[s->r.nsettings++][1] = (v))
	SET("cloud", s->p.m[s->p.nlocal].name);
	SET("local", s->text[0]);
	SET("oracle", route_oracle_name(s->oracle_rule));
	SET("flops_params", s->pool.flops_params == FLOPS_ACTIVE ? "active" :
	    "total");
	if (s->nrouters > 0)
		SET("routers", s->text[2]);
	if (s->text[3][0] != '\0')
		SET("split", s->text[3]);
	SET("rng", s->text[1]);
#undef SET
}

static int
simulate(struct simulate *s)
{
	struct ipw_error err;
	struct policy_spec spec;
	int rc;

	if (pool_init(&s->p, &s->t, &s->cat, &s->pool, &err) < 0)
		return err.code == IPW_EX_USAGE ?
		    cli_usage(&cmd_simulate, "%s", err.msg) :
		    cli_fail(&cmd_simulate, &err);
	s->oracle = malloc(s->t.nq + 1);
	if (s->oracle == NULL)
		return IPW_EX_SOFTWARE;
	if (route_oracle(&s->p, s->oracle_rule, s->oracle, &err) < 0)
		return cli_fail(&cmd_simulate, &err);
	if ((rc = split(s)) != 0)
		return rc;
	s->r.t = &s->t;
	s->r.p = &s->p;
	policy_parse("cloud-only", &spec, &err);
	if ((rc = add_policy(s, &spec)) != 0)
		return rc;
	policy_parse("oracle", &spec, &err);
	if ((rc = add_policy(s, &spec)) != 0)
		return rc;
	for (int i = 0; i < s->nrouters; i++)
		if ((rc = add_policy(s, &s->router[i])) != 0)
			return rc;
	s->r.npolicies = s->npol;
	if ((rc = evaluate(s)) != 0)
		return rc;
	if (s->p.ndropped > 0)
		fprintf(stderr, "ipwsim: simulate: dropped %u of %u queries "
		    "with no record for the cloud configuration\n",
		    s->p.ndropped, s->p.nq);
	describe(s);
	return cli_write_output(&s->common, write_report, s);
}

static void
release(struct simulate *s)
{
	for (int i = 0; i < s->npol; i++) {
		policy_release(&s->pol[i]);
		free(s->vec[i].energy);
		free(s->vec[i].flops);
		free(s->vec[i].cost);
	}
	free(s->oracle);
	free(s->calib);
	free(s->scored);
	pool_release(&s->p);
	catalog_release(&s->cat);
	table_release(&s->t);
	free(s);
}

static int
run(int argc, char **argv)
{
	struct simulate *s = calloc(1, sizeof(*s));
	int rc, done;

	if (s == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&s->common, &cmd_simulate);
	s->params.fp = s->params.fn = NAN;
	s->params.detect = 1;
	s->calib_frac = 0.3;
	s->seed = 1;
	s->replicates = 200;
	s->bootstrap = 200;
	s->rng_type = gsl_rng_mt19937;
	table_init(&s->t);
	catalog_init(&s->cat);
	rc = cli_start(&s->common, argc, argv, longopts, own_option, s,
	    &s->cat, &s->t, &done);
	if (!done)
		rc = simulate(s);
	release(s);
	return rc;
}

const struct cmd cmd_simulate = {
	"simulate",
	"route queries to the cloud, by the oracle and by routers; savings",
	usage,
	run,
};

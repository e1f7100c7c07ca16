/* ipwsim simulate: cloud-only, the oracle, and realistic routers. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "cmds.h"
#include "sim.h"

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
"What-if (defaults: the paper's setting, see ipwsim-simulate(1)):\n"
"  --preset NAME         a what-if setting from data/presets (or a file):\n"
"                        paper = cloud batch 16, local batch 1,\n"
"                        utilization 1, no host overhead, PUE 1, local\n"
"                        energy as measured, token prices\n"
"  --cloud-batch B       move cloud energy and latency to batch B along a\n"
"                        measured curve (data/curves); --local-batch B too\n"
"  --batch CONFIG=B      batch size of one configuration (repeat)\n"
"  --curves FILE         batch curves to use instead of the installed ones\n"
"  --batch-model M       measured (default: along the curves) or\n"
"                        parametric (the fitted model of ipwsim fit)\n"
"  --roofline FILE       fitted parameters instead of the installed ones\n"
"  --cloud-utilization U busy share of the cloud fleet, (0,1]; idle\n"
"                        accelerators' power is charged to the queries\n"
"  --cloud-idle-w W      idle power of a cloud replica (else the catalog's)\n"
"  --cloud-host-overhead H  host energy as a share of accelerator energy\n"
"  --cloud-pue P         --local-pue P: facility overhead, >= 1\n"
"  --local-mode M        measured (default), marginal (energy above idle)\n"
"                        or dedicated (idle time over the on-hours charged)\n"
"  --local-idle-w W      idle power of a local device (else the catalog's)\n"
"  --local-queries-per-day Q  --local-on-hours H (24): dedicated devices\n"
"  --arrivals FILE       set the cloud's batch size and utilization from\n"
"                        request arrivals (vidur CSV) served by one replica\n"
"  --arrival-rate R      requests per second (default: the file's own)\n"
"  --cloud-grid G        --local-grid G: g CO2e per kWh, for carbon\n"
"  --cost MODE           tokens (default: the trace's cost, else token\n"
"                        prices) or tco (electricity and hardware):\n"
"  --cloud-kwh-usd P     --local-kwh-usd P: electricity, USD per kWh\n"
"  --cloud-rent-usd-per-hour R  a cloud replica's rent\n"
"  --local-device-usd D  --local-lifetime-years Y: a local device's price\n"
"  --break-even PARAM    solve for cloud-batch, cloud-utilization,\n"
"                        local-idle-w, local-queries-per-day, cloud-kwh-usd\n"
"                        or local-kwh-usd where the policy's saving falls\n"
"                        to the target\n"
"  --break-even-metric M energy (default), compute, cost or carbon\n"
"  --break-even-target S saving to solve for (0)\n"
"  --break-even-policy P the policy (oracle)\n"
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
	OPT_PRESET,
	OPT_CLOUD_BATCH,
	OPT_LOCAL_BATCH,
	OPT_CURVES,
	OPT_CLOUD_UTIL,
	OPT_CLOUD_IDLE,
	OPT_CLOUD_HOST,
	OPT_CLOUD_PUE,
	OPT_LOCAL_PUE,
	OPT_LOCAL_MODE,
	OPT_LOCAL_IDLE,
	OPT_LOCAL_QPD,
	OPT_LOCAL_ON_HOURS,
	OPT_CLOUD_GRID,
	OPT_LOCAL_GRID,
	OPT_BREAK_EVEN,
	OPT_BREAK_EVEN_TARGET,
	OPT_BREAK_EVEN_POLICY,
	OPT_BREAK_EVEN_METRIC,
	OPT_COST,
	OPT_CLOUD_KWH,
	OPT_LOCAL_KWH,
	OPT_CLOUD_RENT,
	OPT_LOCAL_DEVICE,
	OPT_LOCAL_LIFETIME,
	OPT_BATCH_MODEL,
	OPT_ROOFLINE,
	OPT_ARRIVALS,
	OPT_ARRIVAL_RATE,
	OPT_BATCH,
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
	{ "preset", required_argument, NULL, OPT_PRESET },
	{ "cloud-batch", required_argument, NULL, OPT_CLOUD_BATCH },
	{ "local-batch", required_argument, NULL, OPT_LOCAL_BATCH },
	{ "curves", required_argument, NULL, OPT_CURVES },
	{ "cloud-utilization", required_argument, NULL, OPT_CLOUD_UTIL },
	{ "cloud-idle-w", required_argument, NULL, OPT_CLOUD_IDLE },
	{ "cloud-host-overhead", required_argument, NULL, OPT_CLOUD_HOST },
	{ "cloud-pue", required_argument, NULL, OPT_CLOUD_PUE },
	{ "local-pue", required_argument, NULL, OPT_LOCAL_PUE },
	{ "local-mode", required_argument, NULL, OPT_LOCAL_MODE },
	{ "local-idle-w", required_argument, NULL, OPT_LOCAL_IDLE },
	{ "local-queries-per-day", required_argument, NULL, OPT_LOCAL_QPD },
	{ "local-on-hours", required_argument, NULL, OPT_LOCAL_ON_HOURS },
	{ "cloud-grid", required_argument, NULL, OPT_CLOUD_GRID },
	{ "local-grid", required_argument, NULL, OPT_LOCAL_GRID },
	{ "break-even", required_argument, NULL, OPT_BREAK_EVEN },
	{ "break-even-target", required_argument, NULL, OPT_BREAK_EVEN_TARGET },
	{ "break-even-policy", required_argument, NULL, OPT_BREAK_EVEN_POLICY },
	{ "break-even-metric", required_argument, NULL, OPT_BREAK_EVEN_METRIC },
	{ "cost", required_argument, NULL, OPT_COST },
	{ "cloud-kwh-usd", required_argument, NULL, OPT_CLOUD_KWH },
	{ "local-kwh-usd", required_argument, NULL, OPT_LOCAL_KWH },
	{ "cloud-rent-usd-per-hour", required_argument, NULL, OPT_CLOUD_RENT },
	{ "local-device-usd", required_argument, NULL, OPT_LOCAL_DEVICE },
	{ "local-lifetime-years", required_argument, NULL, OPT_LOCAL_LIFETIME },
	{ "batch-model", required_argument, NULL, OPT_BATCH_MODEL },
	{ "roofline", required_argument, NULL, OPT_ROOFLINE },
	{ "arrivals", required_argument, NULL, OPT_ARRIVALS },
	{ "arrival-rate", required_argument, NULL, OPT_ARRIVAL_RATE },
	{ "batch", required_argument, NULL, OPT_BATCH },
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

struct simulate {
	struct cli_common common;
	struct sim_options o;
	size_t seed, replicates, bootstrap;
	struct table t;
	struct catalog cat;
	struct sim sim;
};

static int
rng_option(struct simulate *s, const char *arg)
{
	const gsl_rng_type **t;

	for (t = gsl_rng_types_setup(); *t != NULL; t++)
		if (strcmp((*t)->name, arg) == 0) {
			s->o.rng_type = *t;
			return 0;
		}
	return cli_usage(&cmd_simulate, "--rng: \"%s\" is not a GSL generator "
	    "(e.g. mt19937, ranlxd2, taus2)", arg);
}

static int
router_option(struct simulate *s, const char *arg)
{
	struct ipw_error err;

	if (s->o.nrouters == SIM_MAX_ROUTERS)
		return cli_usage(&cmd_simulate, "--router: at most %d",
		    SIM_MAX_ROUTERS);
	if (policy_parse(arg, &s->o.router[s->o.nrouters], &err) < 0)
		return cli_usage(&cmd_simulate, "%s", err.msg);
	s->o.nrouters++;
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

/* The paper's setting: cloud at batch 16 and local at batch 1 (PAPER.md,
 * section 4.3), everything else as measured. */
/* A preset from data/presets (or a file): every value has a source. A
 * preset that cannot be read is a usage error when it does not exist. */
static int
preset_option(struct simulate *s, const char *arg)
{
	struct ipw_error err;

	if (whatif_preset(&s->o.whatif, arg, &err) == 0)
		return 0;
	if (err.code == IPW_EX_NOINPUT)
		return cli_usage(&cmd_simulate, "--preset: no preset \"%s\" "
		    "(the installed ones are in presets/ of the data "
		    "directory; paper)", arg);
	return cli_fail(&cmd_simulate, &err);
}

static int cost_option(struct simulate *s, int opt, const char *arg);

/* --batch model@accelerator=B; the last '=' splits, the name may hold
 * none. The name is kept in place: argv outlives the run. */
static int
batch_option(struct simulate *s, const char *arg)
{
	struct whatif *w = &s->o.whatif;
	char *eq = strrchr(arg, '=');

	if (eq == NULL || eq == arg)
		return cli_usage(&cmd_simulate, "--batch: \"%s\" is not "
		    "CONFIG=B", arg);
	if (w->nbatch == WHATIF_MAX_BATCH)
		return cli_usage(&cmd_simulate, "--batch: at most %d",
		    WHATIF_MAX_BATCH);
	if (number_option("--batch", eq + 1, 1, 1e6,
	    &w->batch_value[w->nbatch]) != 0)
		return IPW_EX_USAGE;
	*eq = '\0';
	w->batch_config[w->nbatch++] = arg;
	return 0;
}

static int
whatif_option(struct simulate *s, int opt, const char *arg)
{
	struct whatif *w = &s->o.whatif;
	const double big = 1e12;

	switch (opt) {
	case OPT_PRESET:
		return preset_option(s, arg);
	case OPT_CLOUD_BATCH:
		return number_option("--cloud-batch", arg, 1, 1e6,
		    &w->cloud_batch);
	case OPT_LOCAL_BATCH:
		return number_option("--local-batch", arg, 1, 1e6,
		    &w->local_batch);
	case OPT_CURVES:
		s->o.curves_file = arg;
		return 0;
	case OPT_CLOUD_UTIL:
		if (number_option("--cloud-utilization", arg, 0, 1,
		    &w->cloud_util) != 0)
			return IPW_EX_USAGE;
		return w->cloud_util > 0 ? 0 : cli_usage(&cmd_simulate,
		    "--cloud-utilization: must be above 0");
	case OPT_CLOUD_IDLE:
		return number_option("--cloud-idle-w", arg, 0, big,
		    &w->cloud_idle_w);
	case OPT_CLOUD_HOST:
		return number_option("--cloud-host-overhead", arg, 0, big,
		    &w->cloud_host);
	case OPT_CLOUD_PUE:
		return number_option("--cloud-pue", arg, 1, 10, &w->cloud_pue);
	case OPT_LOCAL_PUE:
		return number_option("--local-pue", arg, 1, 10, &w->local_pue);
	case OPT_LOCAL_MODE:
		return whatif_local_mode_parse(arg, &w->local_mode) == 0 ? 0 :
		    cli_usage(&cmd_simulate, "--local-mode: \"%s\" is not "
		    "measured, marginal or dedicated", arg);
	case OPT_LOCAL_IDLE:
		return number_option("--local-idle-w", arg, 0, big,
		    &w->local_idle_w);
	case OPT_LOCAL_QPD:
		if (number_option("--local-queries-per-day", arg, 0, big,
		    &w->local_qpd) != 0)
			return IPW_EX_USAGE;
		return w->local_qpd > 0 ? 0 : cli_usage(&cmd_simulate,
		    "--local-queries-per-day: must be above 0");
	case OPT_LOCAL_ON_HOURS:
		return number_option("--local-on-hours", arg, 0, 24,
		    &w->local_on_hours);
	case OPT_CLOUD_GRID:
		return number_option("--cloud-grid", arg, 0, big,
		    &w->cloud_grid);
	case OPT_LOCAL_GRID:
		return number_option("--local-grid", arg, 0, big,
		    &w->local_grid);
	case OPT_BREAK_EVEN:
		return sim_break_even_parse(arg, &s->o.break_even) == 0 ? 0 :
		    cli_usage(&cmd_simulate, "--break-even: \"%s\" is not "
		    "cloud-batch, cloud-utilization, local-idle-w, "
		    "local-queries-per-day, cloud-kwh-usd or local-kwh-usd",
		    arg);
	case OPT_BREAK_EVEN_TARGET:
		return number_option("--break-even-target", arg, -1, 1,
		    &s->o.break_even_target);
	case OPT_BREAK_EVEN_POLICY:
		s->o.break_even_policy = arg;
		return 0;
	default:
		return cost_option(s, opt, arg);
	}
}

static int
cost_option(struct simulate *s, int opt, const char *arg)
{
	struct whatif *w = &s->o.whatif;
	const double big = 1e12;

	switch (opt) {
	case OPT_BREAK_EVEN_METRIC:
		return sim_break_even_metric_parse(arg,
		    &s->o.break_even_metric) == 0 ? 0 : cli_usage(&cmd_simulate,
		    "--break-even-metric: \"%s\" is not energy, compute, cost "
		    "or carbon", arg);
	case OPT_COST:
		if (strcmp(arg, "tokens") && strcmp(arg, "tco"))
			return cli_usage(&cmd_simulate, "--cost: \"%s\" is not "
			    "tokens or tco", arg);
		w->cost = strcmp(arg, "tco") == 0 ? COST_TCO : COST_TOKENS;
		return 0;
	case OPT_CLOUD_KWH:
		return number_option("--cloud-kwh-usd", arg, 0, big,
		    &w->cloud_kwh_usd);
	case OPT_LOCAL_KWH:
		return number_option("--local-kwh-usd", arg, 0, big,
		    &w->local_kwh_usd);
	case OPT_CLOUD_RENT:
		return number_option("--cloud-rent-usd-per-hour", arg, 0, big,
		    &w->cloud_rent_usd_h);
	case OPT_LOCAL_DEVICE:
		return number_option("--local-device-usd", arg, 0, big,
		    &w->local_device_usd);
	case OPT_LOCAL_LIFETIME:
		if (number_option("--local-lifetime-years", arg, 0, 100,
		    &w->local_lifetime_years) != 0)
			return IPW_EX_USAGE;
		return w->local_lifetime_years > 0 ? 0 : cli_usage(
		    &cmd_simulate, "--local-lifetime-years: must be above 0");
	case OPT_BATCH_MODEL:
		if (strcmp(arg, "measured") && strcmp(arg, "parametric"))
			return cli_usage(&cmd_simulate, "--batch-model: \"%s\" "
			    "is not measured or parametric", arg);
		w->batch_parametric = strcmp(arg, "parametric") == 0;
		return 0;
	case OPT_ROOFLINE:
		s->o.roofline_file = arg;
		return 0;
	case OPT_ARRIVALS:
		s->o.arrivals_file = arg;
		return 0;
	case OPT_BATCH:
		return batch_option(s, arg);
	case OPT_ARRIVAL_RATE:
		if (number_option("--arrival-rate", arg, 0, big,
		    &s->o.arrival_rate) != 0)
			return IPW_EX_USAGE;
		return s->o.arrival_rate > 0 ? 0 : cli_usage(&cmd_simulate,
		    "--arrival-rate: must be above 0");
	default:
		return cli_usage(&cmd_simulate, "unknown option");
	}
}

static int
own_option(void *ctx, int opt, const char *arg)
{
	const struct cmd *cmd = &cmd_simulate;
	struct simulate *s = ctx;

	switch (opt) {
	case OPT_LOCAL:
		if (s->o.pool.nlocal == POOL_MAX)
			return cli_usage(cmd, "--local: at most %d", POOL_MAX);
		s->o.pool.local[s->o.pool.nlocal++] = arg;
		return 0;
	case OPT_CLOUD:
		s->o.pool.cloud = arg;
		return 0;
	case OPT_ORACLE:
		if (route_oracle_parse(arg, &s->o.oracle_rule) < 0)
			return cli_usage(cmd, "--oracle: \"%s\" is not smallest, "
			    "cheapest-energy, cheapest-cost or cheapest-compute",
			    arg);
		return 0;
	case OPT_FLOPS_PARAMS:
		if (strcmp(arg, "total") && strcmp(arg, "active"))
			return cli_usage(cmd, "--flops-params: \"%s\" is not "
			    "total or active", arg);
		s->o.pool.flops_params = strcmp(arg, "active") == 0 ?
		    FLOPS_ACTIVE : FLOPS_TOTAL;
		return 0;
	case OPT_DROP_INCOMPLETE:
		s->o.pool.drop_incomplete = 1;
		return 0;
	case OPT_ROUTER:
		return router_option(s, arg);
	case OPT_ROUTER_FP:
		return number_option("--router-fp", arg, 0, 1, &s->o.params.fp);
	case OPT_ROUTER_FN:
		return number_option("--router-fn", arg, 0, 1, &s->o.params.fn);
	case OPT_DETECT:
		return number_option("--detect", arg, 0, 1, &s->o.params.detect);
	case OPT_CALIB_FRAC:
		return number_option("--calib-frac", arg, 0, 1, &s->o.calib_frac);
	case OPT_SEED:
		return size_option("--seed", arg, 0, &s->seed);
	case OPT_REPLICATES:
		return size_option("--replicates", arg, 1, &s->replicates);
	case OPT_BOOTSTRAP:
		return size_option("--bootstrap", arg, 0, &s->bootstrap);
	case OPT_RNG:
		return rng_option(s, arg);
	default:
		return whatif_option(s, opt, arg);
	}
}

static int
write_report(void *ctx, FILE *fp)
{
	struct simulate *s = ctx;

	return report_write(&s->sim.r, s->common.format, fp);
}

static int
simulate(struct simulate *s)
{
	struct ipw_error err;

	s->o.seed = s->seed;
	s->o.replicates = (int)s->replicates;
	s->o.bootstrap = (int)s->bootstrap;
	if (sim_run(&s->sim, &s->t, &s->cat, &s->o, &err) < 0)
		return err.code == IPW_EX_USAGE ?
		    cli_usage(&cmd_simulate, "%s", err.msg) :
		    cli_fail(&cmd_simulate, &err);
	if (s->sim.p.ndropped > 0)
		fprintf(stderr, "ipwsim: simulate: dropped %u of %u queries "
		    "with no record for the cloud configuration\n",
		    s->sim.p.ndropped, s->sim.p.nq);
	return cli_write_output(&s->common, write_report, s);
}

static int
run(int argc, char **argv)
{
	struct simulate *s = calloc(1, sizeof(*s));
	int rc, done;

	if (s == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&s->common, &cmd_simulate);
	sim_options_init(&s->o);
	s->seed = s->o.seed;
	s->replicates = (size_t)s->o.replicates;
	s->bootstrap = (size_t)s->o.bootstrap;
	table_init(&s->t);
	catalog_init(&s->cat);
	rc = cli_start(&s->common, argc, argv, longopts, own_option, s,
	    &s->cat, &s->t, &done);
	if (!done)
		rc = simulate(s);
	sim_release(&s->sim);
	catalog_release(&s->cat);
	table_release(&s->t);
	free(s);
	return rc;
}

const struct cmd cmd_simulate = {
	"simulate",
	"route queries to the cloud, by the oracle and by routers; savings",
	usage,
	run,
};

/* The options of ipwsim simulate that other commands (curve) share: the
 * pool, the routers, the what-if setting and the randomness. */
#ifndef IPW_SIMOPTS_H
#define IPW_SIMOPTS_H

#include "cli.h"
#include "sim.h"

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
	OPT_MODEL_DRAWS,
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
	OPT_MEASURED_BATCH,
	OPT_CLOUD_CHARGE,
	OPT_CLOUD_BASIS,
	OPT_CLOUD_MEASURED_ON,
	OPT_TOKEN_PRICING,
	OPT_CASCADE_ATTEMPT,
};

/* The first option number a command sharing these may use. */
#define SIMOPTS_NEXT (OPT_CASCADE_ATTEMPT + 1)

/* getopt_long entries; put them in a command's table. */
#define SIMOPTS_LONGOPTS \
	{ "local", required_argument, NULL, OPT_LOCAL }, \
	{ "cloud", required_argument, NULL, OPT_CLOUD }, \
	{ "oracle", required_argument, NULL, OPT_ORACLE }, \
	{ "flops-params", required_argument, NULL, OPT_FLOPS_PARAMS }, \
	{ "drop-incomplete", no_argument, NULL, OPT_DROP_INCOMPLETE }, \
	{ "router", required_argument, NULL, OPT_ROUTER }, \
	{ "router-fp", required_argument, NULL, OPT_ROUTER_FP }, \
	{ "router-fn", required_argument, NULL, OPT_ROUTER_FN }, \
	{ "detect", required_argument, NULL, OPT_DETECT }, \
	{ "calib-frac", required_argument, NULL, OPT_CALIB_FRAC }, \
	{ "seed", required_argument, NULL, OPT_SEED }, \
	{ "replicates", required_argument, NULL, OPT_REPLICATES }, \
	{ "bootstrap", required_argument, NULL, OPT_BOOTSTRAP }, \
	{ "model-draws", required_argument, NULL, OPT_MODEL_DRAWS }, \
	{ "rng", required_argument, NULL, OPT_RNG }, \
	{ "preset", required_argument, NULL, OPT_PRESET }, \
	{ "cloud-batch", required_argument, NULL, OPT_CLOUD_BATCH }, \
	{ "local-batch", required_argument, NULL, OPT_LOCAL_BATCH }, \
	{ "curves", required_argument, NULL, OPT_CURVES }, \
	{ "cloud-utilization", required_argument, NULL, OPT_CLOUD_UTIL }, \
	{ "cloud-idle-w", required_argument, NULL, OPT_CLOUD_IDLE }, \
	{ "cloud-host-overhead", required_argument, NULL, OPT_CLOUD_HOST }, \
	{ "cloud-pue", required_argument, NULL, OPT_CLOUD_PUE }, \
	{ "local-pue", required_argument, NULL, OPT_LOCAL_PUE }, \
	{ "local-mode", required_argument, NULL, OPT_LOCAL_MODE }, \
	{ "local-idle-w", required_argument, NULL, OPT_LOCAL_IDLE }, \
	{ "local-queries-per-day", required_argument, NULL, OPT_LOCAL_QPD }, \
	{ "local-on-hours", required_argument, NULL, OPT_LOCAL_ON_HOURS }, \
	{ "cloud-grid", required_argument, NULL, OPT_CLOUD_GRID }, \
	{ "local-grid", required_argument, NULL, OPT_LOCAL_GRID }, \
	{ "break-even", required_argument, NULL, OPT_BREAK_EVEN }, \
	{ "break-even-target", required_argument, NULL, OPT_BREAK_EVEN_TARGET }, \
	{ "break-even-policy", required_argument, NULL, OPT_BREAK_EVEN_POLICY }, \
	{ "break-even-metric", required_argument, NULL, OPT_BREAK_EVEN_METRIC }, \
	{ "cost", required_argument, NULL, OPT_COST }, \
	{ "cloud-kwh-usd", required_argument, NULL, OPT_CLOUD_KWH }, \
	{ "local-kwh-usd", required_argument, NULL, OPT_LOCAL_KWH }, \
	{ "cloud-rent-usd-per-hour", required_argument, NULL, OPT_CLOUD_RENT }, \
	{ "local-device-usd", required_argument, NULL, OPT_LOCAL_DEVICE }, \
	{ "local-lifetime-years", required_argument, NULL, OPT_LOCAL_LIFETIME }, \
	{ "batch-model", required_argument, NULL, OPT_BATCH_MODEL }, \
	{ "roofline", required_argument, NULL, OPT_ROOFLINE }, \
	{ "arrivals", required_argument, NULL, OPT_ARRIVALS }, \
	{ "arrival-rate", required_argument, NULL, OPT_ARRIVAL_RATE }, \
	{ "batch", required_argument, NULL, OPT_BATCH }, \
	{ "measured-batch", required_argument, NULL, OPT_MEASURED_BATCH }, \
	{ "cloud-charge", required_argument, NULL, OPT_CLOUD_CHARGE }, \
	{ "cloud-energy-basis", required_argument, NULL, OPT_CLOUD_BASIS }, \
	{ "cloud-measured-on", required_argument, NULL, OPT_CLOUD_MEASURED_ON }, \
	{ "token-pricing", required_argument, NULL, OPT_TOKEN_PRICING }, \
	{ "cascade-attempt", required_argument, NULL, OPT_CASCADE_ATTEMPT }

/* The usage text of these options. */
#define SIMOPTS_USAGE \
"Pool:\n"\
"  --local CONFIG        a local configuration, model@accelerator (repeat,\n"\
"                        at most 63);\n"\
"                        default: every configuration on a local-tier\n"\
"                        accelerator of the catalog\n"\
"  --cloud CONFIG        the cloud configuration; default: the only one on a\n"\
"                        cloud-tier accelerator\n"\
"  --oracle RULE         smallest (default; fewest parameters), cheapest-energy,\n"\
"                        cheapest-cost or cheapest-compute\n"\
"  --flops-params WHICH  total (default) or active parameters in\n"\
"                        FLOPs = 2 x params x (tokens_in + tokens_out)\n"\
"  --drop-incomplete     leave out queries with no cloud record (else an error)\n"\
"\n"\
"Routers (repeat --router; see ipwsim-simulate(1) for the exact accounting):\n"\
"  --router paper:A      a share A of the oracle's local routes happen\n"\
"  --router cascade:A    local/cloud decision with accuracy A; a wrong local\n"\
"                        try fails and falls back, both charged\n"\
"  --router mixture:A    the oracle's route with probability A, else random\n"\
"  --router domain[:T]   a domain goes local if its best local model's\n"\
"                        calibration accuracy reaches T (0.8)\n"\
"  --router length[:N]   local if tokens_in <= N (fitted when N is absent)\n"\
"  --router single:CONFIG  everything to one local configuration\n"\
"  --router size-cascade try local models smallest first, then the cloud\n"\
"  --router random:P     a share P local, to a random local configuration\n"\
"  --router budget:X     the heuristic saving most energy while keeping\n"\
"                        quality >= X x the cloud's (on the calibration split)\n"\
"  --router-fp R         cascade: P(local | no local model is correct)\n"\
"  --router-fn R         cascade: P(cloud | a local model is correct)\n"\
"  --cascade-attempt W   cascade: a false local decision tries the model\n"\
"                        the router would pick, mix (default: the oracle's\n"\
"                        mix of local picks) or smallest\n"\
"  --detect D            share of failed local answers caught and re-run in\n"\
"                        the cloud (1); the rest are returned, wrong\n"\
"  --calib-frac F        share of queries heuristics are fitted on (0.3);\n"\
"                        every policy is then scored on the other queries\n"\
"  --seed N              seed of the split, Monte Carlo and bootstrap (1)\n"\
"  --replicates N        Monte Carlo replicates of random routers (200)\n"\
"  --bootstrap N         bootstrap replicates of the savings (200; 0 = none)\n"\
"  --model-draws N       draws of each modelled energy from its validated\n"\
"                        error, for the model interval (200; 0 = none;\n"\
"                        at most 100000)\n"\
"  --rng NAME            GSL generator (mt19937)\n"\
"\n"\
"What-if (defaults: the paper's setting, see ipwsim-simulate(1)):\n"\
"  --preset NAME         a what-if setting from data/presets (or a file):\n"\
"                        paper = cloud batch 16, local batch 1,\n"\
"                        utilization 1, no host overhead, PUE 1, local\n"\
"                        energy as measured, token prices\n"\
"  --cloud-batch B       move cloud energy and latency to batch B along a\n"\
"                        measured curve (data/curves); --local-batch B too\n"\
"  --batch CONFIG=B      batch size of one configuration (repeat)\n"\
"  --measured-batch CONFIG=B  the batch CONFIG was measured at, for\n"\
"                        records without batch_size (repeat); local=B or\n"\
"                        cloud=B: every configuration of that side\n"\
"  --curves FILE         batch curves to use instead of the installed ones\n"\
"  --batch-model M       measured (default: along the curves),\n"\
"                        parametric (the length-aware model of ipwsim fit)\n"\
"                        or roofline (the older decode-step model)\n"\
"  --roofline FILE       roofline parameters instead of the installed ones\n"\
"  --cloud-utilization U busy share of the cloud fleet, (0,1]; idle\n"\
"                        accelerators' power is charged to the queries\n"\
"  --cloud-idle-w W      idle power of a cloud replica (else the catalog's)\n"\
"  --cloud-host-overhead H  host energy as a share of accelerator energy\n"\
"  --cloud-pue P         --local-pue P: facility overhead, >= 1\n"\
"  --local-mode M        measured (default), marginal (energy above idle)\n"\
"                        or dedicated (idle time over the on-hours charged)\n"\
"  --local-idle-w W      idle power of a local device (else the catalog's)\n"\
"  --local-queries-per-day Q  --local-on-hours H (24): dedicated devices\n"\
"  --arrivals FILE       set the cloud's batch size and utilization from\n"\
"                        request arrivals (vidur CSV) served by one replica\n"\
"  --arrival-rate R      requests per second (default: the file's own)\n"\
"  --cloud-grid G        --local-grid G: g CO2e per kWh, for carbon\n"\
"  --cost MODE           tokens (default: the trace's cost, else token\n"\
"                        prices) or tco (electricity and hardware):\n"\
"  --cloud-kwh-usd P     --local-kwh-usd P: electricity, USD per kWh\n"\
"  --cloud-rent-usd-per-hour R  a cloud replica's rent\n"\
"  --local-device-usd D  --local-lifetime-years Y: a local device's price\n"\
"  --break-even PARAM    solve for cloud-batch, cloud-utilization,\n"\
"                        local-idle-w, local-queries-per-day, cloud-kwh-usd\n"\
"                        or local-kwh-usd where the policy's saving falls\n"\
"                        to the target\n"\
"  --break-even-metric M energy (default), compute, cost or carbon\n"\
"  --break-even-target S saving to solve for (0)\n"\
"  --break-even-policy P the policy (oracle)\n"\
"\n"\
"Accounting hypotheses (how the paper may have charged; see\n"\
"ipwsim-simulate(1) and docs/reproduction.md):\n"\
"  --cloud-charge C      share (default: a query's share of a batch step)\n"\
"                        or step (the whole step: share x cloud batch)\n"\
"  --cloud-energy-basis B  measured (default: each query's own energy) or\n"\
"                        per-query (every cloud query the mean energy)\n"\
"  --cloud-measured-on A the cloud's records were measured on accelerator\n"\
"                        A: energy x (bandwidth_A / bandwidth) x (TDP /\n"\
"                        TDP_A), latency x bandwidth_A / bandwidth\n"\
"  --token-pricing P     both (default), output (output tokens only) or\n"\
"                        output-rate (every token at the output price)\n"\
"\n"

struct simopts {
	const struct cmd *cmd;	/* for simopts_option's messages */
	struct ipw_error *err;	/* simopts_set's, while it runs */
	struct sim_options o;
	size_t seed, replicates, bootstrap, model_draws;
};

void simopts_init(struct simopts *s, const struct cmd *cmd);
/* Handles one of these options: 0; -1 with err filled (usage-coded, or
 * a preset's own code when it cannot be read); 1 when opt is not one of
 * them. Prints nothing; arg is kept (pointed at, never changed) and must
 * outlive the options. */
int simopts_set(struct simopts *s, int opt, const char *arg,
    struct ipw_error *err);
/* The same for a command: 0, an exit status after the message (a usage
 * error with the --help hint), or -1 when opt is not one of them. */
int simopts_option(struct simopts *s, int opt, const char *arg);
/* Copies the counts into the sim options; call before sim_run. */
void simopts_finish(struct simopts *s);

#endif

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "simopts.h"

static int bad(struct simopts *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A usage error in s->err; returns -1. */
static int
bad(struct simopts *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ipw_error_vset(s->err, IPW_EX_USAGE, fmt, ap);
	va_end(ap);
	return -1;
}

static int
rng_option(struct simopts *s, const char *arg)
{
	const gsl_rng_type **t;

	for (t = gsl_rng_types_setup(); *t != NULL; t++)
		if (strcmp((*t)->name, arg) == 0) {
			s->o.rng_type = *t;
			return 0;
		}
	return bad(s, "--rng: \"%s\" is not a GSL generator "
	    "(e.g. mt19937, ranlxd2, taus2)", arg);
}

static int
router_option(struct simopts *s, const char *arg)
{
	struct ipw_error err;

	if (s->o.nrouters == SIM_MAX_ROUTERS)
		return bad(s, "--router: at most %d",
		    SIM_MAX_ROUTERS);
	if (policy_parse(arg, &s->o.router[s->o.nrouters], &err) < 0)
		return bad(s, "%s", err.msg);
	s->o.nrouters++;
	return 0;
}

static int
number_option(struct simopts *s, const char *name, const char *arg,
    double lo, double hi, double *out)
{
	return opt_double(name, arg, lo, hi, out, s->err);
}

static int
size_option(struct simopts *s, const char *name, const char *arg, size_t lo,
    size_t *out)
{
	return opt_size(name, arg, lo, out, s->err);
}

/* The paper's setting: cloud at batch 16 and local at batch 1 (PAPER.md,
 * section 4.3), everything else as measured. */
/* A preset from data/presets (or a file): every value has a source. A
 * preset that cannot be read is a usage error when it does not exist. */
static int
preset_option(struct simopts *s, const char *arg)
{
	struct ipw_error err;

	if (whatif_preset(&s->o.whatif, arg, &err) == 0)
		return 0;
	if (err.code == IPW_EX_NOINPUT)
		return bad(s, "--preset: no preset \"%s\" "
		    "(the installed ones are in presets/ of the data "
		    "directory; paper)", arg);
	*s->err = err;
	return -1;
}

static int cost_option(struct simopts *s, int opt, const char *arg);

/* --batch and --measured-batch model@accelerator=B; the last '='
 * splits, the name may hold none. The name is kept as its place in arg
 * and its length: arg is left whole (a sweep applies the same text at
 * every point) and outlives the run. */
static int
batch_option(struct simopts *s, const char *opt, const char *arg,
    const char **config, int *len, double *value, int *n)
{
	const char *eq = strrchr(arg, '=');

	if (eq == NULL || eq == arg)
		return bad(s, "%s: \"%s\" is not CONFIG=B", opt, arg);
	if (*n == WHATIF_MAX_BATCH)
		return bad(s, "%s: at most %d", opt, WHATIF_MAX_BATCH);
	if (number_option(s, opt, eq + 1, 1, 1e6, &value[*n]) != 0)
		return -1;
	config[*n] = arg;
	len[(*n)++] = (int)(eq - arg);
	return 0;
}

static int
whatif_option(struct simopts *s, int opt, const char *arg)
{
	struct whatif *w = &s->o.whatif;
	const double big = 1e12;

	switch (opt) {
	case OPT_PRESET:
		return preset_option(s, arg);
	case OPT_CLOUD_BATCH:
		return number_option(s, "--cloud-batch", arg, 1, 1e6,
		    &w->cloud_batch);
	case OPT_LOCAL_BATCH:
		return number_option(s, "--local-batch", arg, 1, 1e6,
		    &w->local_batch);
	case OPT_CURVES:
		s->o.curves_file = arg;
		return 0;
	case OPT_CLOUD_UTIL:
		if (number_option(s, "--cloud-utilization", arg, 0, 1,
		    &w->cloud_util) != 0)
			return -1;
		return w->cloud_util > 0 ? 0 : bad(s,
		    "--cloud-utilization: must be above 0");
	case OPT_CLOUD_IDLE:
		return number_option(s, "--cloud-idle-w", arg, 0, big,
		    &w->cloud_idle_w);
	case OPT_CLOUD_HOST:
		return number_option(s, "--cloud-host-overhead", arg, 0, big,
		    &w->cloud_host);
	case OPT_CLOUD_PUE:
		return number_option(s, "--cloud-pue", arg, 1, 10, &w->cloud_pue);
	case OPT_LOCAL_PUE:
		return number_option(s, "--local-pue", arg, 1, 10, &w->local_pue);
	case OPT_LOCAL_MODE:
		return whatif_local_mode_parse(arg, &w->local_mode) == 0 ? 0 :
		    bad(s, "--local-mode: \"%s\" is not "
		    "measured, marginal or dedicated", arg);
	case OPT_LOCAL_IDLE:
		return number_option(s, "--local-idle-w", arg, 0, big,
		    &w->local_idle_w);
	case OPT_LOCAL_QPD:
		if (number_option(s, "--local-queries-per-day", arg, 0, big,
		    &w->local_qpd) != 0)
			return -1;
		return w->local_qpd > 0 ? 0 : bad(s,
		    "--local-queries-per-day: must be above 0");
	case OPT_LOCAL_ON_HOURS:
		return number_option(s, "--local-on-hours", arg, 0, 24,
		    &w->local_on_hours);
	case OPT_CLOUD_GRID:
		return number_option(s, "--cloud-grid", arg, 0, big,
		    &w->cloud_grid);
	case OPT_LOCAL_GRID:
		return number_option(s, "--local-grid", arg, 0, big,
		    &w->local_grid);
	case OPT_BREAK_EVEN:
		return sim_break_even_parse(arg, &s->o.break_even) == 0 ? 0 :
		    bad(s, "--break-even: \"%s\" is not "
		    "cloud-batch, cloud-utilization, local-idle-w, "
		    "local-queries-per-day, cloud-kwh-usd or local-kwh-usd",
		    arg);
	case OPT_BREAK_EVEN_TARGET:
		return number_option(s, "--break-even-target", arg, -1, 1,
		    &s->o.break_even_target);
	case OPT_BREAK_EVEN_POLICY:
		s->o.break_even_policy = arg;
		return 0;
	default:
		return cost_option(s, opt, arg);
	}
}

static int
cost_option(struct simopts *s, int opt, const char *arg)
{
	struct whatif *w = &s->o.whatif;
	const double big = 1e12;

	switch (opt) {
	case OPT_BREAK_EVEN_METRIC:
		return sim_break_even_metric_parse(arg,
		    &s->o.break_even_metric) == 0 ? 0 : bad(s,
		    "--break-even-metric: \"%s\" is not energy, compute, cost "
		    "or carbon", arg);
	case OPT_COST:
		if (strcmp(arg, "tokens") && strcmp(arg, "tco"))
			return bad(s, "--cost: \"%s\" is not "
			    "tokens or tco", arg);
		w->cost = strcmp(arg, "tco") == 0 ? COST_TCO : COST_TOKENS;
		return 0;
	case OPT_CLOUD_KWH:
		return number_option(s, "--cloud-kwh-usd", arg, 0, big,
		    &w->cloud_kwh_usd);
	case OPT_LOCAL_KWH:
		return number_option(s, "--local-kwh-usd", arg, 0, big,
		    &w->local_kwh_usd);
	case OPT_CLOUD_RENT:
		return number_option(s, "--cloud-rent-usd-per-hour", arg, 0, big,
		    &w->cloud_rent_usd_h);
	case OPT_LOCAL_DEVICE:
		return number_option(s, "--local-device-usd", arg, 0, big,
		    &w->local_device_usd);
	case OPT_LOCAL_LIFETIME:
		if (number_option(s, "--local-lifetime-years", arg, 0, 100,
		    &w->local_lifetime_years) != 0)
			return -1;
		return w->local_lifetime_years > 0 ? 0 : bad(s,
		    "--local-lifetime-years: must be above 0");
	case OPT_BATCH_MODEL:
		if (strcmp(arg, "measured") && strcmp(arg, "parametric") &&
		    strcmp(arg, "roofline"))
			return bad(s, "--batch-model: \"%s\" "
			    "is not measured, parametric or roofline", arg);
		w->batch_model = strcmp(arg, "parametric") == 0 ?
		    BATCH_LENGTH_MODEL : strcmp(arg, "roofline") == 0 ?
		    BATCH_ROOFLINE : BATCH_MEASURED;
		return 0;
	case OPT_ROOFLINE:
		s->o.roofline_file = arg;
		return 0;
	case OPT_ARRIVALS:
		s->o.arrivals_file = arg;
		return 0;
	case OPT_BATCH:
		return batch_option(s, "--batch", arg, w->batch_config,
		    w->batch_len, w->batch_value, &w->nbatch);
	case OPT_MEASURED_BATCH:
		if (strncmp(arg, "local=", 6) == 0 || strncmp(arg, "cloud=",
		    6) == 0)
			return number_option(s, "--measured-batch", arg + 6, 1,
			    1e6, arg[0] == 'l' ? &w->local_measured_batch :
			    &w->cloud_measured_batch);
		return batch_option(s, "--measured-batch", arg,
		    w->measured_config, w->measured_len, w->measured_value,
		    &w->nmeasured);
	case OPT_CLOUD_CHARGE:
		return whatif_cloud_charge_parse(arg, &w->cloud_charge) == 0 ?
		    0 : bad(s, "--cloud-charge: \"%s\" is not "
		    "share or step", arg);
	case OPT_CLOUD_BASIS:
		return whatif_basis_parse(arg, &w->cloud_basis) == 0 ? 0 :
		    bad(s, "--cloud-energy-basis: \"%s\" is not "
		    "measured or per-query", arg);
	case OPT_CLOUD_MEASURED_ON:
		w->cloud_measured_on = arg;
		return 0;
	case OPT_TOKEN_PRICING:
		return whatif_pricing_parse(arg, &w->pricing) == 0 ? 0 :
		    bad(s, "--token-pricing: \"%s\" is not both, "
		    "output or output-rate", arg);
	case OPT_ARRIVAL_RATE:
		if (number_option(s, "--arrival-rate", arg, 0, big,
		    &s->o.arrival_rate) != 0)
			return -1;
		return s->o.arrival_rate > 0 ? 0 : bad(s,
		    "--arrival-rate: must be above 0");
	default:
		return 1;	/* not one of these */
	}
}

int
simopts_set(struct simopts *s, int opt, const char *arg,
    struct ipw_error *err)
{
	s->err = err;
	switch (opt) {
	case OPT_LOCAL:
		if (s->o.pool.nlocal == POOL_MAX)
			return bad(s, "--local: at most %d", POOL_MAX);
		s->o.pool.local[s->o.pool.nlocal++] = arg;
		return 0;
	case OPT_CLOUD:
		s->o.pool.cloud = arg;
		return 0;
	case OPT_ORACLE:
		if (route_oracle_parse(arg, &s->o.oracle_rule) < 0)
			return bad(s, "--oracle: \"%s\" is not smallest, "
			    "cheapest-energy, cheapest-cost or cheapest-compute",
			    arg);
		return 0;
	case OPT_FLOPS_PARAMS:
		if (strcmp(arg, "total") && strcmp(arg, "active"))
			return bad(s, "--flops-params: \"%s\" is not "
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
		return number_option(s, "--router-fp", arg, 0, 1, &s->o.params.fp);
	case OPT_ROUTER_FN:
		return number_option(s, "--router-fn", arg, 0, 1, &s->o.params.fn);
	case OPT_CASCADE_ATTEMPT:
		if (strcmp(arg, "mix") && strcmp(arg, "smallest"))
			return bad(s, "--cascade-attempt: \"%s\" is not "
			    "mix or smallest", arg);
		s->o.params.attempt_smallest = strcmp(arg, "smallest") == 0;
		return 0;
	case OPT_DETECT:
		return number_option(s, "--detect", arg, 0, 1, &s->o.params.detect);
	case OPT_CALIB_FRAC:
		return number_option(s, "--calib-frac", arg, 0, 1, &s->o.calib_frac);
	case OPT_SEED:
		return size_option(s, "--seed", arg, 0, &s->seed);
	case OPT_REPLICATES:
		return size_option(s, "--replicates", arg, 1, &s->replicates);
	case OPT_BOOTSTRAP:
		return size_option(s, "--bootstrap", arg, 0, &s->bootstrap);
	case OPT_MODEL_DRAWS:
		if (size_option(s, "--model-draws", arg, 0, &s->model_draws))
			return -1;
		if (s->model_draws > 100000)
			return bad(s, "--model-draws: \"%s\" is more "
			    "than 100000", arg);
		return 0;
	case OPT_RNG:
		return rng_option(s, arg);
	default:
		return whatif_option(s, opt, arg);
	}
}


int
simopts_option(struct simopts *s, int opt, const char *arg)
{
	struct ipw_error err;
	int rc = simopts_set(s, opt, arg, &err);

	return rc > 0 ? -1 : rc < 0 ? cli_error(s->cmd, &err) : 0;
}

void
simopts_init(struct simopts *s, const struct cmd *cmd)
{
	memset(s, 0, sizeof(*s));
	s->cmd = cmd;
	sim_options_init(&s->o);
	s->seed = s->o.seed;
	s->replicates = (size_t)s->o.replicates;
	s->bootstrap = (size_t)s->o.bootstrap;
	s->model_draws = (size_t)s->o.model_draws;
}

void
simopts_finish(struct simopts *s)
{
	s->o.seed = s->seed;
	s->o.replicates = (int)s->replicates;
	s->o.bootstrap = (int)s->bootstrap;
	s->o.model_draws = (int)s->model_draws;
}

/* ipwsim simulate: cloud-only vs oracle routing on a trace. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "cmds.h"
#include "report.h"
#include "route.h"

static const char usage[] =
"usage: ipwsim simulate [options] TRACE...\n"
"\n"
"Route every query of TRACE (files are concatenated; - is stdin) to the\n"
"cloud (the baseline) and by the oracle (a correct local configuration,\n"
"else the cloud), and report energy, FLOPs, cost, local share, quality and\n"
"savings against the baseline.\n"
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
};

static const struct option longopts[] = {
	{ "local", required_argument, NULL, OPT_LOCAL },
	{ "cloud", required_argument, NULL, OPT_CLOUD },
	{ "oracle", required_argument, NULL, OPT_ORACLE },
	{ "flops-params", required_argument, NULL, OPT_FLOPS_PARAMS },
	{ "drop-incomplete", no_argument, NULL, OPT_DROP_INCOMPLETE },
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

struct simulate {
	struct cli_common common;
	struct pool_options pool;
	enum oracle_rule oracle;
	struct table t;
	struct catalog cat;
	struct pool p;
	struct report r;
	uint8_t *assign;
};

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
		if (route_oracle_parse(arg, &s->oracle) < 0)
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

static void
describe(struct simulate *s, char *pool_text, size_t size)
{
	size_t used = 0;

	for (int i = 0; i < s->p.nlocal && used < size; i++)
		used += (size_t)snprintf(pool_text + used, size - used, "%s%s",
		    i ? ", " : "", s->p.m[i].name);
	s->r.setting[0][0] = "cloud";
	s->r.setting[0][1] = s->p.m[s->p.nlocal].name;
	s->r.setting[1][0] = "local";
	s->r.setting[1][1] = pool_text;
	s->r.setting[2][0] = "oracle";
	s->r.setting[2][1] = route_oracle_name(s->oracle);
	s->r.setting[3][0] = "flops_params";
	s->r.setting[3][1] = s->pool.flops_params == FLOPS_ACTIVE ? "active" :
	    "total";
	s->r.nsettings = 4;
}

static int
simulate(struct simulate *s)
{
	struct ipw_error err;
	char pool_text[4096];

	if (pool_init(&s->p, &s->t, &s->cat, &s->pool, &err) < 0)
		return err.code == IPW_EX_USAGE ?
		    cli_usage(&cmd_simulate, "%s", err.msg) :
		    cli_fail(&cmd_simulate, &err);
	s->assign = malloc(s->t.nq ? s->t.nq : 1);
	if (s->assign == NULL)
		return cli_fail(&cmd_simulate, &(struct ipw_error){
		    .code = IPW_EX_SOFTWARE, .msg = "out of memory" });
	s->r.t = &s->t;
	s->r.p = &s->p;
	route_cloud_only(&s->p, s->assign);
	account_run(&s->p, s->assign, &s->r.acct[0]);
	s->r.name[0] = "cloud-only";
	if (route_oracle(&s->p, s->oracle, s->assign, &err) < 0)
		return cli_fail(&cmd_simulate, &err);
	account_run(&s->p, s->assign, &s->r.acct[1]);
	s->r.name[1] = "oracle";
	s->r.npolicies = 2;
	if (s->p.ndropped > 0)
		fprintf(stderr, "ipwsim: simulate: dropped %u of %u queries "
		    "with no record for the cloud configuration\n",
		    s->p.ndropped, s->p.nq);
	describe(s, pool_text, sizeof(pool_text));
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
	table_init(&s->t);
	catalog_init(&s->cat);
	rc = cli_start(&s->common, argc, argv, longopts, own_option, s,
	    &s->cat, &s->t, &done);
	if (!done)
		rc = simulate(s);
	free(s->assign);
	pool_release(&s->p);
	catalog_release(&s->cat);
	table_release(&s->t);
	free(s);
	return rc;
}

const struct cmd cmd_simulate = {
	"simulate",
	"route queries to the cloud or by the oracle and report savings",
	usage,
	run,
};

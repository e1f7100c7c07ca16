/* ipwsim simulate: cloud-only, the oracle, and realistic routers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "simopts.h"
#include "simpartial.h"

static const char usage[] =
"usage: ipwsim simulate [options] TRACE...\n"
"\n"
"Route every query of TRACE (files are concatenated; - is stdin) to the\n"
"cloud (the baseline), by the oracle (a correct local configuration, else\n"
"the cloud) and by each --router, and report energy, FLOPs, cost, latency,\n"
"local share, quality, wasted work and savings against the baseline, with\n"
"bootstrap and Monte Carlo intervals.\n"
"\n"
SIMOPTS_USAGE
"Past one machine:\n"
"  --shard K/N           only the queries of part K of N (by a hash of the\n"
"                        query id) and write a partial result, whatever\n"
"                        --format says; ipwsim merge adds the N partials up\n"
"                        to the unsharded report (docs/cluster.md)\n"
"\n"
"  --html FILE           also write the report as one self-contained HTML\n"
"                        page (headline savings, settings, tables,\n"
"                        stand-ins and assumptions, provenance), atomically\n"
"\n"
"Input:\n"
CLI_INPUT_USAGE
"\n"
CLI_OUTPUT_USAGE;

enum { OPT_SHARD = SIMOPTS_NEXT, OPT_HTML };

static const struct option longopts[] = {
	{ "shard", required_argument, NULL, OPT_SHARD },
	{ "html", required_argument, NULL, OPT_HTML },
	SIMOPTS_LONGOPTS,
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

struct simulate {
	struct cli_common common;
	struct simopts so;
	struct table t;
	struct catalog cat;
	struct sim sim;
	struct sim_watch watch;	/* catalog needs, checked while reading */
	long shard_k, shard_n;	/* --shard K/N; n 0 when not sharded */
	const char *html;	/* --html FILE */
};

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct simulate *s = ctx;
	int rc;

	if (opt == OPT_HTML) {
		s->html = arg;
		return 0;
	}
	if (opt == OPT_SHARD) {
		if (cli_shard(&cmd_simulate, arg, &s->shard_k, &s->shard_n) < 0)
			return IPW_EX_USAGE;
		s->common.trace.shard_k = (uint32_t)(s->shard_k - 1);
		s->common.trace.shard_n = (uint32_t)s->shard_n;
		s->so.o.shard_k = (int)(s->shard_k - 1);
		s->so.o.shard_n = (int)s->shard_n;
		return 0;
	}
	rc = simopts_option(&s->so, opt, arg);
	return rc >= 0 ? rc : cli_usage(&cmd_simulate, "unknown option");
}

static int
write_report(void *ctx, FILE *fp)
{
	struct simulate *s = ctx;

	if (s->shard_n > 0)
		return simpartial_write(&s->sim, &s->so.o, s->shard_k,
		    s->shard_n, fp);
	return report_write(&s->sim.r, s->common.format, fp);
}

static int
write_html(void *ctx, FILE *fp)
{
	const struct simulate *s = ctx;

	return report_write_html(&s->sim.r, fp);
}

static int
simulate(struct simulate *s)
{
	struct ipw_error err;
	int rc;

	if (s->html != NULL && s->shard_n > 0)
		return cli_usage(&cmd_simulate, "--html: a shard writes a "
		    "partial result, not a report (merge the partials first)");
	simopts_finish(&s->so);
	if (sim_run(&s->sim, &s->t, &s->cat, &s->so.o, &err) < 0)
		return cli_error(&cmd_simulate, &err);
	if (s->sim.p.ndropped > 0 && cli_show_notes(&s->common))
		fprintf(stderr, "ipwsim: simulate: dropped %u of %u queries "
		    "with no record for the cloud configuration\n",
		    s->sim.p.ndropped, s->sim.p.nq);
	if ((rc = cli_write_output(&s->common, write_report, s)) != 0)
		return rc;
	return s->html != NULL ? cli_write_file(&cmd_simulate, s->html,
	    write_html, s) : 0;
}

static int
run(int argc, char **argv)
{
	struct simulate *s = calloc(1, sizeof(*s));
	int rc, done;

	if (s == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&s->common, &cmd_simulate);
	simopts_init(&s->so, &cmd_simulate);
	table_init(&s->t);
	catalog_init(&s->cat);
	sim_watch_init(&s->watch, &s->cat, &s->so.o);
	s->common.trace.new_config = sim_watch_config;
	s->common.trace.new_config_ctx = &s->watch;
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

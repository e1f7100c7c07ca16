/* ipwsim sweep: the cross product of a scenario's grid of simulate
 * options, one simulation and one CSV row a point. The engine is
 * sweep.c; this is its options and output. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "output.h"
#include "sweep.h"
#include "sweepfile.h"

static const char usage[] =
"usage: ipwsim sweep SCENARIO.json [options] [TRACE...]\n"
"\n"
"Simulate the traces once for every point of the scenario's grid, the cross\n"
"product of its fields, and write one row a point: the point's\n"
"parameters, then for cloud-only, the oracle and each router its quality,\n"
"energy, FLOPs, cost, local share and savings (see ipwsim-sweep(1)).\n"
"\n"
"SCENARIO.json:\n"
"  {\"grid\": {\"cloud-batch\": [8, 16, 64], \"cloud-utilization\": 0.5},\n"
"   \"routers\": [\"paper:0.8\", \"cascade:0.8\"]}\n"
"  grid fields are the options of ipwsim simulate, without the dashes;\n"
"  a value or a list of values to sweep; routers are in every row;\n"
"  \"traces\": [files] are read (relative to the scenario) before TRACE...\n"
"\n"
"Options:\n"
"  --yes                 run grids of more than 1,000,000 points (at\n"
"                        most 10,000,000)\n"
"  --no-fast             simulate every point in full even where only\n"
"                        energy accounting changes\n"
"  --timing              print the time of each phase on stderr\n"
"  --jobs N              threads for points simulated in full (1)\n"
"  --shard K/N           run only points K, K + N, K + 2N, ... and write a\n"
"                        partial CSV for ipwsim merge\n"
"  --layout L            wide (default: one row a point, a column per\n"
"                        policy and metric) or long (one row per point,\n"
"                        policy and metric: point, the parameters, policy,\n"
"                        metric, value), what pandas, R and gnuplot take\n"
"  --format F            csv (default; table is csv too) or json\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
CLI_INPUT_USAGE
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage (also a bad scenario field or value),\n"
"65 bad data, 66 cannot open input, 70 internal error, 73 cannot create\n"
"output, 74 I/O error.\n";

enum { OPT_YES = OPT_FIRST_COMMAND_OWN, OPT_NO_FAST, OPT_TIMING, OPT_SHARD,
	OPT_JOBS, OPT_LAYOUT };

static const struct option longopts[] = {
	{ "yes", no_argument, NULL, OPT_YES },
	{ "no-fast", no_argument, NULL, OPT_NO_FAST },
	{ "timing", no_argument, NULL, OPT_TIMING },
	{ "shard", required_argument, NULL, OPT_SHARD },
	{ "jobs", required_argument, NULL, OPT_JOBS },
	{ "layout", required_argument, NULL, OPT_LAYOUT },
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

/* The command's state: its options, the engine's, the trace. */
struct cmdsweep {
	struct cli_common common;
	int yes, timing;
	int long_layout;	/* --layout long */
	struct sweep w;
	double t0, last;	/* the progress line's clock */
	struct table t;
	struct catalog cat;
};

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct cmdsweep *c = ctx;

	if (opt == OPT_JOBS)
		return cli_whole(&cmd_sweep, "--jobs", arg, 1, 64, &c->w.jobs) <
		    0 ? IPW_EX_USAGE : 0;
	if (opt == OPT_LAYOUT) {
		if (strcmp(arg, "wide") && strcmp(arg, "long"))
			return cli_usage(&cmd_sweep, "--layout: \"%s\" is not "
			    "wide or long", arg);
		c->long_layout = strcmp(arg, "long") == 0;
		return 0;
	}
	if (opt == OPT_SHARD)
		return cli_shard(&cmd_sweep, arg, &c->w.shard_k, &c->w.shard_n) <
		    0 ? IPW_EX_USAGE : 0;
	if (opt == OPT_YES || opt == OPT_NO_FAST || opt == OPT_TIMING) {
		*(opt == OPT_YES ? &c->yes : opt == OPT_NO_FAST ? &c->w.no_fast :
		    &c->timing) = 1;
		return 0;
	}
	return cli_usage(&cmd_sweep, "unknown option");
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The progress line on stderr when it is a terminal or --progress: a
 * terminal's line is redrawn, a log gets whole lines (the engine holds
 * its lock). */
static void
progress(void *ctx, long done, long total, int final)
{
	struct cmdsweep *c = ctx;
	double t = now(), rate;
	int tty = isatty(2);

	if (!cli_show_progress(&c->common) ||
	    (!final && t - c->last < (tty ? 0.5 : 5)))
		return;
	c->last = t;
	rate = t > c->t0 ? done / (t - c->t0) : 0;
	fprintf(stderr, "%sipwsim: sweep: %ld of %ld points, %.2f/s, %.0f s "
	    "left%s", tty ? "\r" : "", done, total, rate, rate > 0 ?
	    (total - done) / rate : 0.0, tty && !final ? "   " : "\n");
}

/* A scenario error: usage-coded ones with their place and the --help
 * hint, others (the file cannot be read) as they are. */
static int
scenario_fail(const struct ipw_error *err)
{
	if (err->code != IPW_EX_USAGE)
		return cli_fail(&cmd_sweep, err);
	if (err->line > 0)
		return cli_usage(&cmd_sweep, "%s:%ld:%ld: %s", err->file,
		    err->line, err->col, err->msg);
	return cli_usage(&cmd_sweep, "%s: %s", err->file, err->msg);
}

/* The engine's failures, each what went wrong and then where; the first
 * one's exit status. */
static int
say_fails(const struct sweep *w)
{
	for (size_t i = 0; i < w->nfails; i++) {
		cli_error(&cmd_sweep, &w->fails[i].err);
		if (w->fails[i].at.msg[0] != '\0')
			ipw_error_print(stderr, cmd_sweep.name, &w->fails[i].at);
	}
	return sweep_status(w);
}

/* ---- output -------------------------------------------------------------- */

/* One value of a field of point p (idx its values). */
static void
params(FILE *fp, const struct sweep *w, const int *idx)
{
	for (int i = 0; i < w->nf; i++) {
		fputc(',', fp);
		out_csv_text(fp, w->f[i].text[idx[i]]);
	}
}

/* The header's first columns: point and the fields. */
static void
head_params(FILE *fp, const struct sweep *w)
{
	fputs("point", fp);
	for (int i = 0; i < w->nf; i++) {
		fputc(',', fp);
		out_csv_text(fp, w->f[i].name);
	}
}

/* One row: the point, its parameters, then the rest. */
static void
long_row(FILE *fp, const struct sweep *w, long p, const int *idx,
    const char *policy, const char *metric, double v)
{
	fprintf(fp, "%ld", p + 1);
	params(fp, w, idx);
	fputc(',', fp);
	out_csv_text(fp, policy);
	fputc(',', fp);
	out_csv_text(fp, metric);
	out_csv_num(fp, v);
	fputc('\n', fp);
}

/* --layout long: one row per point, policy and metric; the projections
 * as policy "projection". */
static int
write_long(const struct sweep *w, FILE *fp)
{
	int idx[SWEEP_MAX_FIELDS];

	head_params(fp, w);
	fputs(",policy,metric,value\n", fp);
	for (long p = sweep_first(w); p < w->npoints; p += sweep_step(w)) {
		const double *c = sweep_cells(w, p);
		sweep_point_values(w, p, idx);
		for (int i = 0; i < w->npol; i++)
			for (int m = 0; m < SWEEP_NMETRICS; m++)
				long_row(fp, w, p, idx, w->polname[i],
				    sweep_metric_names[m],
				    c[i * SWEEP_NMETRICS + m]);
		if (w->forecast) {
			double pr[SWEEP_NPROJ];
			sweep_project(w, p, pr);
			for (int k = 0; k < SWEEP_NPROJ; k++)
				long_row(fp, w, p, idx, "projection",
				    sweep_proj_names[k], pr[k]);
		}
	}
	return 0;
}

static int
write_csv(void *ctx, FILE *fp)
{
	const struct cmdsweep *cs = ctx;
	const struct sweep *w = &cs->w;
	int idx[SWEEP_MAX_FIELDS];

	if (cs->long_layout)
		return write_long(w, fp);
	if (w->shard_n > 0)
		fprintf(fp, SWEEP_PARTIAL_FMT, PACKAGE_VERSION,
		    (unsigned long long)sweep_key(w, &cs->t), w->shard_k,
		    w->shard_n, w->npoints);
	head_params(fp, w);
	for (int i = 0; i < w->npol; i++)
		for (int m = 0; m < SWEEP_NMETRICS; m++) {
			char col[128];
			snprintf(col, sizeof(col), "%s.%s", w->polname[i],
			    sweep_metric_names[m]);
			fputc(',', fp);
			out_csv_text(fp, col);
		}
	for (int k = 0; k < SWEEP_NPROJ && w->forecast; k++) {
		fputc(',', fp);
		out_csv_text(fp, sweep_proj_names[k]);
	}
	fputc('\n', fp);
	for (long p = sweep_first(w); p < w->npoints; p += sweep_step(w)) {
		const double *c = sweep_cells(w, p);
		sweep_point_values(w, p, idx);
		fprintf(fp, "%ld", p + 1);
		params(fp, w, idx);
		for (int j = 0; j < w->npol * SWEEP_NMETRICS; j++)
			out_csv_num(fp, c[j]);
		if (w->forecast) {
			double pr[SWEEP_NPROJ];
			sweep_project(w, p, pr);
			for (int k = 0; k < SWEEP_NPROJ; k++)
				out_csv_num(fp, pr[k]);
		}
		fputc('\n', fp);
	}
	return 0;
}

static int
write_json(void *ctx, FILE *fp)
{
	const struct sweep *w = &((const struct cmdsweep *)ctx)->w;
	cJSON *root = cJSON_CreateObject(), *pts;
	int idx[SWEEP_MAX_FIELDS];

	cJSON_AddStringToObject(root, "scenario", w->file);
	pts = cJSON_AddArrayToObject(root, "points");
	for (long p = sweep_first(w); p < w->npoints; p += sweep_step(w)) {
		const double *c = sweep_cells(w, p);
		cJSON *o = cJSON_CreateObject(), *par, *pol;
		sweep_point_values(w, p, idx);
		cJSON_AddNumberToObject(o, "point", (double)(p + 1));
		par = cJSON_AddObjectToObject(o, "parameters");
		for (int i = 0; i < w->nf; i++)
			cJSON_AddStringToObject(par, w->f[i].name,
			    w->f[i].text[idx[i]]);
		pol = cJSON_AddObjectToObject(o, "policies");
		for (int i = 0; i < w->npol; i++) {
			cJSON *m = cJSON_AddObjectToObject(pol, w->polname[i]);
			for (int k = 0; k < SWEEP_NMETRICS; k++)
				cJSON_AddNumberToObject(m, sweep_metric_names[k],
				    c[i * SWEEP_NMETRICS + k]);
		}
		if (w->forecast) {
			double pr[SWEEP_NPROJ];
			cJSON *fo = cJSON_AddObjectToObject(o, "projection");
			sweep_project(w, p, pr);
			for (int k = 0; k < SWEEP_NPROJ; k++)
				cJSON_AddNumberToObject(fo, sweep_proj_names[k],
				    pr[k]);
		}
		cJSON_AddItemToArray(pts, o);
	}
	return out_json_doc(fp, root, "sweep");
}

static const struct cli_writers writers = { write_csv, write_csv,
	write_json };

/* ---- running ------------------------------------------------------------- */

/* The engine over the loaded traces, then --timing's line. */
static int
run_sweep(struct cmdsweep *c, double t_read)
{
	struct sweep *w = &c->w;
	long own = (w->npoints - sweep_first(w) + sweep_step(w) - 1) /
	    sweep_step(w);

	w->max_errors = c->common.max_errors;
	w->threads = c->common.trace.threads;
	w->progress = progress;
	w->progress_ctx = c;
	c->t0 = c->last = now();
	if (sweep_run(w, &c->t, &c->cat) < 0)
		return say_fails(w);
	if (c->timing)
		fprintf(stderr, "ipwsim: sweep: read %.3f s; point 1 %.3f s; "
		    "%ld more %s %.3f s (%.3g points/s)\n", t_read, w->t_first,
		    own - 1, w->fast ? "by the fast path" : "in full",
		    w->t_rest, w->t_rest > 0 ? (own - 1) / w->t_rest : 0.0);
	return 0;
}

/* cli_start's steps, with the grid checked after the options and before
 * the traces are read; then the sweep and its report. */
static int
run_scenario(struct cmdsweep *c, int n, char **args)
{
	struct sweep *w = &c->w;
	double t = now();
	int rc = cli_parse(&c->common, n, args, longopts, own_option, c, 2);

	if (rc == 0 && c->common.help)
		return cli_help(&cmd_sweep);
	if (rc == 0 && optind == n)
		rc = cli_usage(&cmd_sweep, "no trace given");
	else if (rc == 0 && w->shard_n > 0 && c->long_layout)
		rc = cli_usage(&cmd_sweep, "--shard writes the wide partial CSV "
		    "that ipwsim merge reads; leave out --layout long");
	else if (rc == 0 && w->shard_n > 0 && c->common.format == REPORT_JSON)
		rc = cli_usage(&cmd_sweep, "--shard writes CSV; leave out "
		    "--format json");
	else if (rc == 0 && w->npoints > SWEEP_MAX_POINTS && !c->yes)
		rc = cli_usage(&cmd_sweep, "%s: the grid has %ld points, over "
		    "1,000,000; add --yes to run it", w->file, w->npoints);
	if (rc != 0)
		return rc;
	cli_watch_warnings(&c->common);
	w->max_errors = c->common.max_errors;
	if (sweep_check(w) < 0)
		return say_fails(w);
	if ((rc = cli_load_catalog(&c->common, &c->cat)) != 0 ||
	    (rc = cli_load_traces(&c->common, args + optind, n - optind,
	    &c->t)) != 0)
		return rc;
	if ((rc = run_sweep(c, now() - t)) != 0)
		return rc;
	return cli_write_report(&c->common, &writers, c);
}

static int
run(int argc, char **argv)
{
	struct cmdsweep *c = calloc(1, sizeof(*c));
	struct ipw_error err;
	char **args = NULL;
	int rc = 0, done = 0, n = 0;

	if (c == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&c->common, &cmd_sweep);
	c->common.format = REPORT_CSV;
	sweep_init(&c->w);
	table_init(&c->t);
	catalog_init(&c->cat);
	if (argc >= 2 && argv[1][0] != '-') {
		c->w.file = argv[1];
		argv[1] = argv[0];
		argc--;
		argv++;
	}
	if (c->w.file == NULL && argc >= 2 && strcmp(argv[1], "-h") &&
	    strcmp(argv[1], "--help"))
		rc = cli_usage(&cmd_sweep, "the scenario comes first: ipwsim "
		    "sweep SCENARIO.json [options] TRACE...");
	else if (c->w.file == NULL) {
		rc = cli_start(&c->common, argc, argv, longopts, own_option, c,
		    &c->cat, &c->t, &done);
		if (!done)
			rc = cli_usage(&cmd_sweep, "no scenario given");
	} else if (sweep_load(&c->w, c->w.file, &err) < 0)
		rc = scenario_fail(&err);
	else if ((args = malloc((size_t)(argc + c->w.ntraces + 1) *
	    sizeof(*args))) == NULL)
		rc = IPW_EX_SOFTWARE;
	else {
		/* the scenario's traces, then the command line's */
		args[n++] = argv[0];
		for (int i = 0; i < c->w.ntraces; i++)
			args[n++] = c->w.traces[i];
		for (int i = 1; i < argc; i++)
			args[n++] = argv[i];
		args[n] = NULL;
		rc = run_scenario(c, n, args);
	}
	free(args);
	sweep_release(&c->w);
	catalog_release(&c->cat);
	table_release(&c->t);
	free(c);
	return rc;
}

const struct cmd cmd_sweep = {
	"sweep",
	"simulate every point of a scenario's grid of options; one row each",
	usage,
	run,
};

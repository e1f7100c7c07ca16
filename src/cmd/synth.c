/* ipwsim synth: a synthetic trace calibrated to the paper's published
 * per-model, per-dataset and per-domain numbers. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "output.h"
#include "synth.h"
#include "tracewrite.h"

static const char usage[] =
"usage: ipwsim synth [options]\n"
"\n"
"Generate a synthetic trace calibrated to what the Intelligence-per-Watt\n"
"paper publishes per model, dataset and domain (accuracy, Table 4\n"
"solvability, best-of-local coverage), never to its routing savings.\n"
"Each query has a latent difficulty, each model an ability per dataset;\n"
"a model is correct with probability logistic(ability - difficulty), the\n"
"parameters fitted (GSL) to the calibration's targets. Tokens, energy\n"
"and latency come from per-token constants whose sources the calibration\n"
"gives. See ipwsim-synth(1) and data/calibration/README.md.\n"
"\n"
"Options:\n"
"  --calibration FILE    targets and constants\n"
"                        (data/calibration/ipw-2511.07885.json)\n"
"  --queries N           number of queries (100000)\n"
"  --mix M               dataset mix: sizes (the calibration's sizes,\n"
"                        default), equal, or NAME=W,NAME=W,...\n"
"  --seed S              random seed (1); the same seed gives the same bytes\n"
"  --configs C           default (the calibration's default set), all, or\n"
"                        MODEL@ACCELERATOR,...\n"
"  --report FILE         write each target, its fit and realised value (CSV)\n"
"  --format F            jsonl (default) or csv\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  --quiet               no summary line on stderr\n"
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 bad calibration, 66 cannot open it,\n"
"70 the fit failed, 73 cannot create output, 74 I/O error.\n";

enum {
	OPT_CALIBRATION = OPT_FIRST_COMMAND_OWN,
	OPT_QUERIES,
	OPT_MIX,
	OPT_SEED,
	OPT_CONFIGS,
	OPT_REPORT,
	OPT_OUT_FORMAT,
};

static const struct option longopts[] = {
	{ "calibration", required_argument, NULL, OPT_CALIBRATION },
	{ "queries", required_argument, NULL, OPT_QUERIES },
	{ "mix", required_argument, NULL, OPT_MIX },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "configs", required_argument, NULL, OPT_CONFIGS },
	{ "report", required_argument, NULL, OPT_REPORT },
	{ "format", required_argument, NULL, OPT_OUT_FORMAT },
	{ "output", required_argument, NULL, 'o' },
	{ "quiet", no_argument, NULL, OPT_QUIET },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

struct synth_cmd {
	struct cli_common common;
	const char *calibration, *mix, *configs, *report;
	double queries, seed;
	int csv;
	struct synth_calib cal;
	struct synth_fit fit;
	struct synth_gen gen;
	struct synth_tally tally;
	char id[32];
};

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct synth_cmd *k = ctx;

	switch (opt) {
	case OPT_CALIBRATION: k->calibration = arg; return 0;
	case OPT_MIX: k->mix = arg; return 0;
	case OPT_CONFIGS: k->configs = arg; return 0;
	case OPT_REPORT: k->report = arg; return 0;
	case OPT_QUERIES:
		if (cli_double(&cmd_synth, "--queries", arg, 1, 1e12,
		    &k->queries) < 0)
			return IPW_EX_USAGE;
		return k->queries != floor(k->queries) ? cli_usage(&cmd_synth,
		    "--queries: not a whole number: \"%s\"", arg) : 0;
	case OPT_SEED:
		if (cli_double(&cmd_synth, "--seed", arg, 0, 4294967295.0,
		    &k->seed) < 0)
			return IPW_EX_USAGE;
		return k->seed != floor(k->seed) ? cli_usage(&cmd_synth,
		    "--seed: not a whole number: \"%s\"", arg) : 0;
	case OPT_OUT_FORMAT:
		if (strcmp(arg, "jsonl") && strcmp(arg, "csv"))
			return cli_usage(&cmd_synth, "--format: \"%s\" is not "
			    "jsonl or csv", arg);
		k->csv = strcmp(arg, "csv") == 0;
		return 0;
	default: return cli_usage(&cmd_synth, "unknown option");
	}
}

/* --mix: sizes | equal | NAME=W,... */
static int
parse_mix(struct synth_cmd *k)
{
	const struct synth_calib *c = &k->cal;
	double total = 0;
	char buf[512], *save = NULL;

	if (k->mix == NULL || strcmp(k->mix, "sizes") == 0)
		return 0;
	for (int d = 0; d < c->nds; d++)
		k->gen.mix[d] = strcmp(k->mix, "equal") == 0 ? 1.0 / c->nds : 0;
	if (strcmp(k->mix, "equal") == 0)
		return 0;
	snprintf(buf, sizeof(buf), "%s", k->mix);
	for (char *p = strtok_r(buf, ",", &save); p != NULL;
	    p = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(p, '='), *end;
		int d = -1;
		double w;
		for (int i = 0; eq != NULL && i < c->nds; i++)
			if (strlen(c->ds[i].name) == (size_t)(eq - p) &&
			    strncmp(c->ds[i].name, p, (size_t)(eq - p)) == 0)
				d = i;
		if (d < 0)
			return cli_usage(&cmd_synth, "--mix: \"%s\" is not "
			    "DATASET=WEIGHT with a dataset of the calibration",
			    p);
		w = strtod(eq + 1, &end);
		if (end == eq + 1 || *end != '\0' || !(w >= 0) || !isfinite(w))
			return cli_usage(&cmd_synth, "--mix: the weight in "
			    "\"%s\" is not a number >= 0", p);
		k->gen.mix[d] = w;
		total += w;
	}
	if (!(total > 0))
		return cli_usage(&cmd_synth, "--mix: the weights sum to 0");
	for (int d = 0; d < c->nds; d++)
		k->gen.mix[d] /= total;
	return 0;
}

/* --configs: default | all | MODEL@ACCELERATOR,... */
static int
parse_configs(struct synth_cmd *k)
{
	const struct synth_calib *c = &k->cal;
	char buf[2048], *save = NULL;

	if (k->configs == NULL || strcmp(k->configs, "default") == 0)
		return 0;
	for (int i = 0; i < c->nc; i++)
		k->gen.use[i] = strcmp(k->configs, "all") == 0;
	if (strcmp(k->configs, "all") == 0)
		return 0;
	snprintf(buf, sizeof(buf), "%s", k->configs);
	for (char *p = strtok_r(buf, ",", &save); p != NULL;
	    p = strtok_r(NULL, ",", &save)) {
		char *atp = strchr(p, '@');
		int found = 0;
		if (atp != NULL) {
			*atp = '\0';
			for (int i = 0; i < c->nc; i++)
				if (!strcmp(c->m[c->c[i].model].name, p) &&
				    !strcmp(c->c[i].accel, atp + 1))
					k->gen.use[i] = found = 1;
			*atp = '@';
		}
		if (!found)
			return cli_usage(&cmd_synth, "--configs: \"%s\" is not "
			    "MODEL@ACCELERATOR of the calibration's "
			    "configurations", p);
	}
	return 0;
}

struct writing {
	struct synth_cmd *k;
	FILE *fp;
};

static int
emit(void *ctx, const struct synth_row *r)
{
	struct writing *w = ctx;
	struct synth_cmd *k = w->k;
	const struct synth_calib *c = &k->cal;
	const struct synth_config *s = &c->c[r->config];
	const struct synth_dataset *d = &c->ds[r->dataset];
	struct trace_row t = {
		.query_id = k->id, .model = c->m[s->model].name,
		.accelerator = s->accel, .correct = r->correct,
		.score = NAN, .ttft_s = NAN, .power_w = NAN,
		.p_correct = r->p_correct,
		.energy_j = r->energy_j, .latency_s = r->latency_s,
		.tokens_in = r->tokens_in, .tokens_out = r->tokens_out,
		.flops = NAN, .cost_usd = NAN, .batch_size = s->batch,
		.accelerators = isnan(s->devices) ? 0 : s->devices,
		.domain = r->domain >= 0 ? d->dom[r->domain] : NULL,
		.dataset = d->name,
		/* drawn from the paper's per-model means, which its
		 * harness measured on the accelerator alone */
		.energy_source = "modelled", .energy_scope = "accelerator",
	};

	synth_query_id(k->id, sizeof(k->id), r->query);
	return tracewrite_row(w->fp, k->csv, &t) < 0 || ferror(w->fp) ? -1 : 0;
}

static int
write_trace(void *ctx, FILE *fp)
{
	struct synth_cmd *k = ctx;
	struct writing w = { k, fp };

	tracewrite_header(fp, k->csv);
	return synth_generate(&k->cal, &k->fit, &k->gen, emit, &w,
	    &k->tally) == 0 ? 0 : -1;
}

static int
write_report(void *ctx, FILE *fp)
{
	struct synth_cmd *k = ctx;
	const struct synth_calib *c = &k->cal;

	fputs("kind,model,dataset,domain,target,fitted,expected,realised,"
	    "queries,se,within,source\n", fp);
	for (int i = 0; i < c->nt; i++) {
		const struct synth_target *t = &c->tg[i];
		double n, v = synth_realised(c, &k->tally, i, &n);
		fputs(synth_kind_name(t->kind), fp);
		fputc(',', fp);
		if (t->model >= 0)
			out_csv_text(fp, c->m[t->model].name);
		fputc(',', fp);
		if (t->dataset >= 0)
			out_csv_text(fp, c->ds[t->dataset].name);
		fputc(',', fp);
		if (t->domain >= 0)
			out_csv_text(fp, c->ds[t->dataset].dom[t->domain]);
		out_csv_num(fp, t->value);
		fprintf(fp, ",%s", t->fit ? "yes" : "no");
		out_csv_num(fp, k->fit.expected[i]);
		out_csv_num(fp, v);
		fprintf(fp, ",%.0f", n);
		out_csv_num(fp, n > 0 ? sqrt(v * (1 - v) / n) : NAN);
		fprintf(fp, ",%s,", fabs(v - t->value) <= c->tolerance ?
		    "yes" : "no");
		out_csv_text(fp, t->source);
		fputc('\n', fp);
		if (t->kind != SYNTH_BEST_OF_LOCAL)
			continue;
		/* what the written trace gives, when a local-set model's
		 * configuration is not written */
		v = synth_realised_written(c, &k->tally, i, &n);
		fputs("best_of_local_written,,,", fp);
		out_csv_num(fp, t->value);
		fputs(",no,", fp);
		out_csv_num(fp, v);
		fprintf(fp, ",%.0f", n);
		out_csv_num(fp, n > 0 ? sqrt(v * (1 - v) / n) : NAN);
		fprintf(fp, ",%s,", fabs(v - t->value) <= c->tolerance ?
		    "yes" : "no");
		out_csv_text(fp, "the same, over the local models of the "
		    "configurations written only");
		fputc('\n', fp);
	}
	return 0;
}

/* One line on stderr: what was made and how close the fit came. */
static void
summary(const struct synth_cmd *k)
{
	const struct synth_calib *c = &k->cal;
	int used = 0, fitted = 0, close = 0, real = 0;

	for (int i = 0; i < c->nc; i++)
		used += k->gen.use[i];
	for (int i = 0; i < c->nt; i++) {
		double n, v = synth_realised(c, &k->tally, i, &n);
		if (!c->tg[i].fit)
			continue;
		fitted++;
		close += fabs(k->fit.expected[i] - c->tg[i].value) <=
		    c->tolerance;
		real += fabs(v - c->tg[i].value) <= c->tolerance;
	}
	if (!cli_show_notes(&k->common))
		return;
	fprintf(stderr, "ipwsim: synth: %.0f queries x %d configurations, "
	    "seed %.0f; %d fitted targets: %d within %g in expectation, %d "
	    "realised\n", k->queries, used, k->seed, fitted, close,
	    c->tolerance, real);
	for (int i = 0; i < c->nt; i++) {
		double n, fit = synth_realised(c, &k->tally, i, &n);
		double w = synth_realised_written(c, &k->tally, i, &n);
		if (c->tg[i].kind == SYNTH_BEST_OF_LOCAL && fabs(w - fit) > 1e-12)
			fprintf(stderr, "ipwsim: synth: best-of-local %.1f%% "
			    "over the fit's local models, %.1f%% over the "
			    "local configurations written (--configs all "
			    "writes every one)\n", fit * 100, w * 100);
	}
}

static int
run(int argc, char **argv)
{
	struct synth_cmd *k = calloc(1, sizeof(*k));
	struct ipw_error err;
	struct catalog cat;
	struct outfile rep;
	int rc, done;

	if (k == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&k->common, &cmd_synth);
	catalog_init(&cat);
	k->queries = 100000;
	k->seed = 1;
	rc = cli_start(&k->common, argc, argv, longopts, own_option, k, &cat,
	    NULL, &done);
	if (!done) {
		if (synth_load(&k->cal, k->calibration, &err) < 0)
			rc = cli_fail(&cmd_synth, &err);
		else {
			synth_gen_init(&k->gen, &k->cal);
			k->gen.queries = (uint64_t)k->queries;
			k->gen.seed = (unsigned long)k->seed;
			if ((rc = parse_mix(k)) == 0 &&
			    (rc = parse_configs(k)) == 0 &&
			    synth_fit(&k->cal, &k->fit, &err) < 0)
				rc = cli_fail(&cmd_synth, &err);
		}
		if (rc == 0 && k->report != NULL && outfile_open(&rep,
		    k->report, &err) < 0)
			rc = cli_fail(&cmd_synth, &err);
		else if (rc == 0) {
			rc = cli_write_output(&k->common, write_trace, k);
			if (k->report != NULL && rc == 0) {
				write_report(k, rep.fp);
				if (outfile_commit(&rep, &err) < 0)
					rc = cli_fail(&cmd_synth, &err);
			} else if (k->report != NULL)
				outfile_abort(&rep);
			if (rc == 0)
				summary(k);
		}
		synth_release(&k->cal);
	}
	catalog_release(&cat);
	free(k);
	return rc;
}

const struct cmd cmd_synth = {
	"synth",
	"generate a synthetic trace calibrated to the paper's published numbers",
	usage,
	run,
};

/* ipwsim fit: fit the parametric batch model to measured curves. */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "output.h"
#include "roofline.h"

static const char usage[] =
"usage: ipwsim fit [options]\n"
"\n"
"Fit the parametric decode-step model (bandwidth and compute efficiency,\n"
"step overhead, power floor and rise; see ipwsim-fit(1)) to the measured\n"
"batch curves, one fit per accelerator, and write the fitted parameters\n"
"with the relative error of energy per token on the points fitted.\n"
"\n"
"Options:\n"
"  --curves FILE         curves to fit (default: the installed\n"
"                        curves/mlenergy-v3.csv, one vLLM generation)\n"
"  --validate            also fit each accelerator once per model without\n"
"                        that model and report the error of predicting it,\n"
"                        per accelerator and model class (dense / MoE)\n"
"  --catalog FILE        add catalog entries, or override fields (repeat)\n"
"  --format F            table (default), csv or json (the parameter file\n"
"                        that ipwsim simulate reads)\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 bad curve file, 66 cannot open it,\n"
"70 a fit did not converge (nothing written), 73 cannot create output,\n"
"74 I/O error.\n";

enum { OPT_CURVES = OPT_FIRST_COMMAND_OWN, OPT_VALIDATE };

static const struct option longopts[] = {
	{ "curves", required_argument, NULL, OPT_CURVES },
	{ "validate", no_argument, NULL, OPT_VALIDATE },
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

#define MAX_ACCELS 16

/* Held-out errors per accelerator and model class. */
struct validation {
	char accel[64];
	int moe;
	double median, max;
	int models, points;
};

struct fit_cmd {
	struct cli_common common;
	const char *curves_file;
	int validate;
	struct catalog cat;
	struct curves cs;
	struct roofline_fit fit[MAX_ACCELS];
	int nfit;
	struct validation val[2 * MAX_ACCELS];
	int nval;
};

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct fit_cmd *k = ctx;

	if (opt == OPT_CURVES)
		k->curves_file = arg;
	else if (opt == OPT_VALIDATE)
		k->validate = 1;
	else
		return cli_usage(&cmd_fit, "unknown option");
	return 0;
}

static int
is_moe(const struct catalog *cat, const char *model)
{
	const struct catalog_model *m = catalog_model(cat, model);

	return m != NULL && m->experts > 0;
}

/* Leave-one-model-out on one accelerator, for one model class. */
static int
validate(struct fit_cmd *k, const char *accel, int moe, struct ipw_error *err)
{
	struct validation *v = &k->val[k->nval];
	size_t n = 0, cap = 4096;
	double *e = malloc(cap * sizeof(*e));
	const char *done[64];
	int ndone = 0;

	if (e == NULL)
		return ipw_error_oom(err);
	memset(v, 0, sizeof(*v));
	snprintf(v->accel, sizeof(v->accel), "%s", accel);
	v->moe = moe;
	for (int i = 0; i < k->cs.n; i++) {
		const struct curve *c = &k->cs.c[i];
		struct roofline_fit f;
		int seen = 0;
		if (catalog_accel(&k->cat, c->accel) !=
		    catalog_accel(&k->cat, accel) || is_moe(&k->cat,
		    c->model) != moe)
			continue;
		for (int j = 0; j < ndone; j++)
			seen |= strcmp(done[j], c->model) == 0;
		if (seen || ndone == 64)
			continue;
		done[ndone++] = c->model;
		if (roofline_fit(&k->cs, &k->cat, accel, c->model, &f, err) < 0 ||
		    roofline_errors(&k->cs, &k->cat, accel, c->model, &f.p, e,
		    &n, cap) < 0) {
			free(e);
			return -1;
		}
		v->models++;
	}
	v->points = (int)n;
	roofline_summary(e, n, &v->median, &v->max);
	free(e);
	if (v->models > 0)
		k->nval++;
	return 0;
}

static int
run_fits(struct fit_cmd *k, struct ipw_error *err)
{
	for (int i = 0; i < k->cs.n; i++) {
		const char *accel = k->cs.c[i].accel;
		int j;
		for (j = 0; j < k->nfit; j++)
			if (strcmp(k->fit[j].accel, accel) == 0)
				break;
		if (j < k->nfit || k->nfit == MAX_ACCELS)
			continue;
		if (roofline_fit(&k->cs, &k->cat, accel, NULL,
		    &k->fit[k->nfit], err) < 0)
			return -1;
		k->nfit++;
		if (k->validate && (validate(k, accel, 0, err) < 0 ||
		    validate(k, accel, 1, err) < 0))
			return -1;
	}
	return 0;
}

static int
write_table(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;
	fprintf(fp, "fitted on %s\n\n%-16s %7s %7s %9s %7s %8s %7s %9s %9s\n",
	    k->cs.file, "accelerator", "eta_bw", "eta_c", "t0_s", "floor",
	    "B_p", "points", "med_err", "max_err");
	for (int i = 0; i < k->nfit; i++) {
		const struct roofline_fit *f = &k->fit[i];
		fprintf(fp, "%-16s %7.3f %7.3f %9.3g %7.3f %8.3g %7d", f->accel,
		    f->p.eta_bw, f->p.eta_c, f->p.t0, f->p.floor, f->p.bp,
		    f->npoints);
		out_pct(fp, 9, f->median_err);
		out_pct(fp, 9, f->max_err);
		fputc('\n', fp);
	}
	if (k->nval == 0)
		return 0;
	fprintf(fp, "\nheld out (each model predicted by a fit without it):\n"
	    "%-16s %-6s %7s %7s %9s %9s\n", "accelerator", "class", "models",
	    "points", "med_err", "max_err");
	for (int i = 0; i < k->nval; i++) {
		const struct validation *v = &k->val[i];
		fprintf(fp, "%-16s %-6s %7d %7d", v->accel, v->moe ? "MoE" :
		    "dense", v->models, v->points);
		out_pct(fp, 9, v->median);
		out_pct(fp, 9, v->max);
		fputc('\n', fp);
	}
	return 0;
}

static int
write_csv(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;
	fputs("kind,accelerator,class,eta_bw,eta_c,t0_s,floor,batch_scale,"
	    "models,points,median_rel_err,max_rel_err\n", fp);
	for (int i = 0; i < k->nfit; i++) {
		const struct roofline_fit *f = &k->fit[i];
		fprintf(fp, "fit,%s,all", f->accel);
		out_csv_num(fp, f->p.eta_bw);
		out_csv_num(fp, f->p.eta_c);
		out_csv_num(fp, f->p.t0);
		out_csv_num(fp, f->p.floor);
		out_csv_num(fp, f->p.bp);
		fprintf(fp, ",,%d", f->npoints);
		out_csv_num(fp, f->median_err);
		out_csv_num(fp, f->max_err);
		fputc('\n', fp);
	}
	for (int i = 0; i < k->nval; i++) {
		const struct validation *v = &k->val[i];
		fprintf(fp, "held-out,%s,%s,,,,,,%d,%d", v->accel, v->moe ?
		    "MoE" : "dense", v->models, v->points);
		out_csv_num(fp, v->median);
		out_csv_num(fp, v->max);
		fputc('\n', fp);
	}
	return 0;
}

static int
write_json(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;
	cJSON *root = cJSON_CreateObject(), *a;

	cJSON_AddStringToObject(root, "schema", "ipwsim-roofline/1");
	cJSON_AddStringToObject(root, "source", "ipwsim fit on the curves "
	    "named below; see roofline.h / ipwsim-fit(1) for the model");
	cJSON_AddStringToObject(root, "curves", k->cs.file);
	a = cJSON_AddArrayToObject(root, "accelerators");
	for (int i = 0; i < k->nfit; i++) {
		const struct roofline_fit *f = &k->fit[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "name", f->accel);
		cJSON_AddNumberToObject(o, "eta_bw", f->p.eta_bw);
		cJSON_AddNumberToObject(o, "eta_compute", f->p.eta_c);
		cJSON_AddNumberToObject(o, "step_overhead_s", f->p.t0);
		cJSON_AddNumberToObject(o, "power_floor_share", f->p.floor);
		cJSON_AddNumberToObject(o, "power_batch_scale", f->p.bp);
		cJSON_AddNumberToObject(o, "points", f->npoints);
		cJSON_AddNumberToObject(o, "median_rel_err_energy",
		    f->median_err);
		cJSON_AddNumberToObject(o, "max_rel_err_energy", f->max_err);
		cJSON_AddItemToArray(a, o);
	}
	return out_json(fp, root);
}

static const struct cli_writers writers = { write_table, write_csv,
	write_json };

/* By default the ML.ENERGY v3 curves only: one software generation (vLLM
 * 0.11); v2's older vLLM would pull the efficiencies of a joint fit. */
static int
load_curves(struct fit_cmd *k, struct ipw_error *err)
{
	char dir[PATH_MAX], path[PATH_MAX + 32];

	if (k->curves_file != NULL)
		return curves_load(&k->cs, k->curves_file, err);
	if (catalog_datadir(dir, sizeof(dir), err) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/curves/mlenergy-v3.csv", dir);
	return curves_load(&k->cs, path, err);
}

static int
run(int argc, char **argv)
{
	struct fit_cmd *k = calloc(1, sizeof(*k));
	struct ipw_error err;
	int rc, done;

	if (k == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&k->common, &cmd_fit);
	rc = cli_start(&k->common, argc, argv, longopts, own_option, k,
	    &k->cat, NULL, &done);
	if (!done) {
		if (load_curves(k, &err) < 0 ||
		    run_fits(k, &err) < 0)
			rc = cli_fail(&cmd_fit, &err);
		else
			rc = cli_write_report(&k->common, &writers, k);
	}
	curves_release(&k->cs);
	catalog_release(&k->cat);
	free(k);
	return rc;
}

const struct cmd cmd_fit = {
	"fit",
	"fit the parametric batch model to measured curves",
	usage,
	run,
};

/* ipwsim fit: fit the length-aware batch model to measurements, validate
 * it on what it was not fitted to, predict rows; --roofline: the older
 * decode-step model simulate reads. */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "lmvalid.h"
#include "mledata.h"
#include "output.h"
#include "report.h"
#include "roofline.h"

static const char usage[] =
"usage: ipwsim fit [options]\n"
"\n"
"Fit the length-aware batch model (inter-token latency, power and energy\n"
"per output token against batch size, prompt and output length,\n"
"precision and devices; see ipwsim-fit(1)) to ML.ENERGY-format\n"
"measurements, one fit per accelerator, and write its parameters; or\n"
"validate it on measurements each fit did not see; or predict rows.\n"
"\n"
"Options:\n"
"  --data FILE           measurements to fit (repeat; default the\n"
"                        installed measurements/mlenergy-v3-chat.csv,\n"
"                        measurements/mlenergy-v3-gpqa.csv,\n"
"                        measurements/mlenergy-v2-chat-a100.csv and\n"
"                        measurements/llm-inference-bench-mi300x.csv)\n"
"  --validate            report the error of every fold (fitted,\n"
"                        cross-task, model-out, accel-out, curve-batch,\n"
"                        curve-task) per accelerator and class, and the\n"
"                        coverage of the 90% interval\n"
"  --by-family           the same per model family (implies --validate):\n"
"                        its median, lowest and highest predicted /\n"
"                        measured energy per token and its coverage\n"
"  --predict FILE        read rows with ML.ENERGY's columns (its v3 or v2\n"
"                        tables') and write them back as CSV with the\n"
"                        predicted energy per token, its 90% interval,\n"
"                        ITL, power and source (a row it cannot predict,\n"
"                        an empty cell it needs too: why, in pred_note;\n"
"                        an extrapolation, in batch or in memory, too)\n"
"  --score               with --predict: on stderr, the predictions' error\n"
"                        against the measurements the rows carry, per\n"
"                        accelerator, class and path, with the targets\n"
"  --no-priors           fit without the weak priors on the dense decode\n"
"                        and prefill shares of peak FLOPS (0.7, 0.9)\n"
"  --prompt-len N        mean prompt tokens assumed where a row gives no\n"
"                        avg_input_len (0 to 1e6; default 1000)\n"
"  --roofline            fit the older decode-step model instead (the\n"
"                        roofline model simulate can use, shipped as\n"
"                        data/curves/roofline.json)\n"
"  --curves FILE         the roofline fit's curves (implies --roofline;\n"
"                        default the installed curves/mlenergy-v3.csv)\n"
"  --catalog FILE        add catalog entries, or override fields (repeat)\n"
"  --format F            table (default), csv or json (--predict: csv)\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 bad measurement, curve or predict file,\n"
"66 cannot open it, 70 no accelerator could be fitted (nothing written;\n"
"one that cannot be while others are is reported as not fitted),\n"
"73 cannot create output, 74 I/O error.\n";

enum { OPT_CURVES = OPT_FIRST_COMMAND_OWN, OPT_VALIDATE, OPT_DATA,
	OPT_PREDICT, OPT_PROMPT_LEN, OPT_ROOFLINE, OPT_BY_FAMILY, OPT_SCORE,
	OPT_NO_PRIORS };

static const struct option longopts[] = {
	{ "curves", required_argument, NULL, OPT_CURVES },
	{ "validate", no_argument, NULL, OPT_VALIDATE },
	{ "data", required_argument, NULL, OPT_DATA },
	{ "predict", required_argument, NULL, OPT_PREDICT },
	{ "prompt-len", required_argument, NULL, OPT_PROMPT_LEN },
	{ "roofline", no_argument, NULL, OPT_ROOFLINE },
	{ "by-family", no_argument, NULL, OPT_BY_FAMILY },
	{ "score", no_argument, NULL, OPT_SCORE },
	{ "no-priors", no_argument, NULL, OPT_NO_PRIORS },
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

#define MAX_DATA 16

struct fit_cmd {
	struct cli_common common;
	const char *curves_file;
	int validate, roofline, by_family, score, no_priors;
	const char *data[MAX_DATA];
	int ndata;
	const char *predict;
	double prompt_len;
	struct mle_set train, rows;
	struct lm_point *q;
	struct lmv v;
	/* the validation's rows: group and fold with points, summarised */
	struct val_row {
		int accel, moe, fold;
		struct lmv_summary sm;
	} *vrow;
	int nvrow;
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

	if (opt == OPT_CURVES) {
		k->curves_file = arg;
		k->roofline = 1;
	} else if (opt == OPT_VALIDATE)
		k->validate = 1;
	else if (opt == OPT_BY_FAMILY)
		k->validate = k->by_family = 1;
	else if (opt == OPT_ROOFLINE)
		k->roofline = 1;
	else if (opt == OPT_NO_PRIORS)
		k->no_priors = 1;
	else if (opt == OPT_SCORE)
		k->score = 1;
	else if (opt == OPT_PREDICT)
		k->predict = arg;
	else if (opt == OPT_DATA) {
		if (k->ndata == MAX_DATA)
			return cli_usage(&cmd_fit, "--data: at most %d files",
			    MAX_DATA);
		k->data[k->ndata++] = arg;
	} else if (opt == OPT_PROMPT_LEN)
		return cli_double(&cmd_fit, "--prompt-len", arg, 0, 1e6,
		    &k->prompt_len) < 0 ? IPW_EX_USAGE : 0;
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


/* ---- the length-aware model ------------------------------------------ */


static int
load_data(struct fit_cmd *k, struct ipw_error *err)
{
	int nfit = 0;

	mle_init(&k->train, k->prompt_len);
	if (k->ndata == 0 && mle_read_shipped(&k->train, &k->cat, err) < 0)
		return -1;
	for (int i = 0; i < k->ndata; i++)
		if (mle_read(&k->train, k->data[i], &k->cat, 1, err) < 0)
			return -1;
	if ((k->q = mle_points(&k->train)) == NULL)
		return ipw_error_oom(err);
	if (k->predict != NULL) {
		mle_init(&k->rows, k->prompt_len);
		if (mle_read(&k->rows, k->predict, &k->cat, 0, err) < 0)
			return -1;
	}
	if (lmv_run(&k->v, k->q, k->train.n, k->train.naccel, k->no_priors ?
	    NULL : lm_prior, err) < 0)
		return -1;
	for (int a = 0; a < k->train.naccel; a++)
		nfit += k->v.fitted[a];
	if (nfit == 0)
		return ipw_error_set(err, IPW_EX_SOFTWARE, "the batch model "
		    "could not be fitted on any accelerator's points (%zu "
		    "points on %d accelerator%s; a fit needs %d measured "
		    "values, and one that does not converge is not kept)",
		    k->train.n, k->train.naccel, k->train.naccel == 1 ? "" :
		    "s", 2 * LM_NPARAMS);
	if (!k->validate)
		return 0;
	k->vrow = malloc((size_t)(k->train.naccel * 2 * LMV_NFOLDS + 1) *
	    sizeof(*k->vrow));
	if (k->vrow == NULL)
		return ipw_error_oom(err);
	for (int a = 0; a < k->train.naccel; a++)
		for (int moe = 0; moe < 2; moe++)
			for (int f = 0; f < LMV_NFOLDS; f++) {
				struct val_row *r = &k->vrow[k->nvrow];
				lmv_summarise(&k->v, f, a, moe, &r->sm);
				r->accel = a;
				r->moe = moe;
				r->fold = f;
				k->nvrow += r->sm.points > 0;
			}
	return 0;
}

static size_t
accel_points(const struct fit_cmd *k, int a)
{
	size_t n = 0;

	for (size_t i = 0; i < k->train.n; i++)
		n += k->q[i].accel == a;
	return n;
}

/* "eta_compute_dense 0.7, eta_prefill 0.9": the fits' priors. */
static void
priors_text(char *buf, size_t size)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int i = 0; i < LM_NPARAMS && used < size; i++)
		if (lm_prior[i] > 0)
			used += (size_t)snprintf(buf + used, size - used, "%s%s "
			    "%g", used ? ", " : "", lm_param_name[i],
			    lm_prior[i]);
}

static int
lm_write_table(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;
	char pri[160];

	priors_text(pri, sizeof(pri));
	fprintf(fp, "length-aware batch model fitted on %s (%zu points; a "
	    "prompt of %g tokens assumed where a row gives no "
	    "avg_input_len; %s%s)\n", k->train.file, k->train.n,
	    k->prompt_len, k->no_priors ? "no priors" : "weak priors: ",
	    k->no_priors ? "" : pri);
	for (int a = 0; a < k->train.naccel; a++) {
		struct lmv_summary sm;
		fprintf(fp, "\n%s (%zu points)\n", k->train.accel[a],
		    accel_points(k, a));
		if (!k->v.fitted[a]) {
			fprintf(fp, "  not fitted: too few points (a fit "
			    "needs %d measured values) or no convergence; "
			    "--predict gives its rows the nearest fitted "
			    "accelerator's parameters, named as a stand-in\n",
			    2 * LM_NPARAMS);
			continue;
		}
		if (k->v.power_from[a] >= 0)
			fprintf(fp, "  no power measured: the time terms fitted "
			    "to its latencies, %s, %s and %s from %s's fit\n",
			    lm_param_name[LM_PHI], lm_param_name[LM_A_M],
			    lm_param_name[LM_A_C],
			    k->train.accel[k->v.power_from[a]]);
		for (int i = 0; i < LM_NPARAMS; i++)
			fprintf(fp, "  %-36s %10.4g  %s\n", lm_param_name[i],
			    k->v.fit[a].v[i], lm_param_unit[i]);
		for (int moe = 0; moe < 2; moe++) {
			lmv_summarise(&k->v, LMV_FITTED, a, moe, &sm);
			if (sm.points == 0)
				continue;
			fprintf(fp, "  fitted %-5s %4zu points: energy per "
			    "token median", moe ? "MoE" : "dense", sm.points);
			out_pct(fp, 6, sm.med_e);
			fputs(", worst", fp);
			out_pct(fp, 6, sm.max_e);
			fputs("; ITL median", fp);
			out_pct(fp, 6, sm.med_t);
			fputc('\n', fp);
		}
	}
	return 0;
}

/* One row of the validation: 1 when it meets the targets. */
static int
meets(const struct lmv_summary *s, int fold)
{
	int ok = s->med_e < 0.15 && s->max_e < 0.60;

	if (lmv_interval_fold(fold))
		ok = ok && s->coverage >= 0.85 && s->coverage <= 0.95;
	return ok;
}

static int
val_write_table(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;

	int pooled = 0;

	fprintf(fp, "length-aware batch model on %s (%zu points)\n"
	    "relative error of energy per token and ITL (a static batch's: its "
	    "latency per output token)\non the points each fold's fit did "
	    "not see; cover90: share of the points inside "
	    "the 90%% interval (the folds predictions take it from);\ntarget: "
	    "median < 15%%, worst < 60%%, cover90 85-95%%\n\n%-16s %-5s %-17s %6s %7s %7s %7s %7s "
	    "%7s %6s\n", k->train.file, k->train.n, "accelerator", "class",
	    "fold", "points", "med_e", "max_e", "med_itl", "max_itl",
	    "cover90", "target");
	for (int i = 0; i < k->nvrow; i++) {
		const struct val_row *r = &k->vrow[i];
		fprintf(fp, "%-16s %-5s %-17s %6zu", k->train.accel[r->accel],
		    r->moe ? "MoE" : "dense", lmv_fold_name[r->fold],
		    r->sm.points);
		out_pct(fp, 8, r->sm.med_e);
		out_pct(fp, 8, r->sm.max_e);
		out_pct(fp, 8, r->sm.med_t);
		out_pct(fp, 8, r->sm.max_t);
		if (lmv_interval_fold(r->fold)) {
			int wide = r->sm.scope > lmv_first_scope(r->fold);
			out_pct(fp, 7 + !wide, r->sm.coverage);
			if (wide)
				fputc('*', fp);
			pooled |= wide;
		} else
			fprintf(fp, "%8s", "");
		fprintf(fp, " %6s\n", r->fold == LMV_FITTED ? "" :
		    isnan(r->sm.med_e) ? "-" : meets(&r->sm, r->fold) ? "met" :
		    "missed");
	}
	if (pooled)
		fprintf(fp, "\n*: fewer than %d families besides the one held "
		    "out where this fold's intervals are calibrated first (the "
		    "group for the curve folds, the class on every accelerator "
		    "for the others): a wider scope was taken (docs/models.md)"
		    "\n", LMV_MIN_FAMILIES);
	return 0;
}

static int
val_write_csv(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;

	fputs("accelerator,class,fold,points,median_rel_err_energy,"
	    "max_rel_err_energy,median_rel_err_itl,max_rel_err_itl,"
	    "coverage_90,interval_scope\n", fp);
	for (int i = 0; i < k->nvrow; i++) {
		const struct val_row *r = &k->vrow[i];
		out_csv_text(fp, k->train.accel[r->accel]);
		fprintf(fp, ",%s,%s,%zu", r->moe ? "MoE" : "dense",
		    lmv_fold_name[r->fold], r->sm.points);
		out_csv_num(fp, r->sm.med_e);
		out_csv_num(fp, r->sm.max_e);
		out_csv_num(fp, r->sm.med_t);
		out_csv_num(fp, r->sm.max_t);
		out_csv_num(fp, r->sm.coverage);
		fprintf(fp, ",%s\n", r->sm.scope >= 0 ?
		    lmv_scope_name[r->sm.scope] : "");
	}
	return 0;
}

static const char *family_name(const struct fit_cmd *k, int family);

typedef void family_fn(const struct fit_cmd *, const struct val_row *,
    const char *, const struct lmv_family_summary *, void *);

/* Calls f on every family of validation row r, with its summary. */
static void
row_families(const struct fit_cmd *k, const struct val_row *r, family_fn f,
    void *arg)
{
	int fam[256], nf = lmv_cell_families(&k->v, r->fold, r->accel, r->moe,
	    fam, 256);

	for (int g = 0; g < nf; g++) {
		struct lmv_family_summary s;
		lmv_family_summarise(&k->v, r->fold, r->accel, r->moe, fam[g],
		    &s);
		f(k, r, family_name(k, fam[g]), &s, arg);
	}
}

/* --by-family's JSON: one family of a validation row into the array. */
static void
json_family(const struct fit_cmd *k, const struct val_row *r,
    const char *name, const struct lmv_family_summary *s, void *arg)
{
	cJSON *f;

	(void)k;
	if (arg == NULL || (f = cJSON_CreateObject()) == NULL)
		return;		/* out of memory: the family is left out */
	cJSON_AddStringToObject(f, "family", name);
	cJSON_AddNumberToObject(f, "points", (double)s->points);
	cJSON_AddNumberToObject(f, "median_ratio_energy", s->med);
	cJSON_AddNumberToObject(f, "min_ratio_energy", s->lo);
	cJSON_AddNumberToObject(f, "max_ratio_energy", s->hi);
	if (lmv_interval_fold(r->fold))
		cJSON_AddNumberToObject(f, "coverage_90", s->coverage);
	else
		cJSON_AddNullToObject(f, "coverage_90");
	cJSON_AddItemToArray(arg, f);
}

static int
lm_write_json(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;
	cJSON *root = cJSON_CreateObject(), *a, *val;

	cJSON_AddStringToObject(root, "model", "length-aware batch model");
	cJSON_AddStringToObject(root, "data", k->train.file);
	cJSON_AddNumberToObject(root, "points", (double)k->train.n);
	cJSON_AddNumberToObject(root, "prompt_len_assumed", k->prompt_len);
	if (k->no_priors)
		cJSON_AddNullToObject(root, "priors");
	else {
		cJSON *pr = cJSON_AddObjectToObject(root, "priors");
		for (int i = 0; i < LM_NPARAMS; i++)
			if (lm_prior[i] > 0)
				cJSON_AddNumberToObject(pr, lm_param_name[i],
				    lm_prior[i]);
	}
	a = cJSON_AddArrayToObject(root, "accelerators");
	val = k->validate ? cJSON_AddArrayToObject(root, "validation") : NULL;
	for (int i = 0; i < k->train.naccel; i++) {
		cJSON *o = cJSON_CreateObject(), *p;
		cJSON_AddStringToObject(o, "name", k->train.accel[i]);
		cJSON_AddNumberToObject(o, "points",
		    (double)accel_points(k, i));
		cJSON_AddBoolToObject(o, "fitted", k->v.fitted[i]);
		if (k->v.power_from[i] >= 0)
			cJSON_AddStringToObject(o, "power_shares_from",
			    k->train.accel[k->v.power_from[i]]);
		if (!k->v.fitted[i]) {
			cJSON_AddNullToObject(o, "params");
			cJSON_AddItemToArray(a, o);
			continue;
		}
		p = cJSON_AddObjectToObject(o, "params");
		for (int j = 0; j < LM_NPARAMS; j++)
			cJSON_AddNumberToObject(p, lm_param_name[j],
			    k->v.fit[i].v[j]);
		cJSON_AddItemToArray(a, o);
	}
	for (int i = 0; val != NULL && i < k->nvrow; i++) {
		const struct val_row *r = &k->vrow[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "accelerator",
		    k->train.accel[r->accel]);
		cJSON_AddStringToObject(o, "class", r->moe ? "MoE" : "dense");
		cJSON_AddStringToObject(o, "fold", lmv_fold_name[r->fold]);
		cJSON_AddNumberToObject(o, "points", (double)r->sm.points);
		cJSON_AddNumberToObject(o, "median_rel_err_energy", r->sm.med_e);
		cJSON_AddNumberToObject(o, "max_rel_err_energy", r->sm.max_e);
		cJSON_AddNumberToObject(o, "median_rel_err_itl", r->sm.med_t);
		cJSON_AddNumberToObject(o, "max_rel_err_itl", r->sm.max_t);
		cJSON_AddNumberToObject(o, "coverage_90", r->sm.coverage);
		if (r->sm.scope >= 0)
			cJSON_AddStringToObject(o, "interval_scope",
			    lmv_scope_name[r->sm.scope]);
		else
			cJSON_AddNullToObject(o, "interval_scope");
		if (k->by_family)
			row_families(k, r, json_family,
			    cJSON_AddArrayToObject(o, "families"));
		cJSON_AddItemToArray(val, o);
	}
	return out_json_doc(fp, root, "fit");
}

/* How an interval's scope reads after "interval from the F fold": nothing
 * for the fold's first. */
static const char *
scope_text(int scope, int fold, int moe)
{
	if (scope <= lmv_first_scope(fold))
		return "";
	switch (scope) {
	case LMV_SCOPE_CLASS:
		return moe ? " over every accelerator's MoE models" :
		    " over every accelerator's dense models";
	case LMV_SCOPE_ACCEL:
		return " over the accelerator's dense and MoE models";
	case LMV_SCOPE_ALL:
		return " over every accelerator and class";
	default:
		return "";
	}
}

static int
lm_write_csv(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;

	fputs("accelerator,param,value,unit\n", fp);
	for (int a = 0; a < k->train.naccel; a++)
		for (int i = 0; k->v.fitted[a] && i < LM_NPARAMS; i++) {
			out_csv_text(fp, k->train.accel[a]);
			fprintf(fp, ",%s", lm_param_name[i]);
			out_csv_num(fp, k->v.fit[a].v[i]);
			fputc(',', fp);
			out_csv_text(fp, lm_param_unit[i]);
			fputc('\n', fp);
		}
	return 0;
}

static void
source_text(const struct fit_cmd *k, const struct mle_row *r,
    const struct lm_prediction *p, int same_task, char *buf, size_t size)
{
	if (p->stand_in >= 0)
		snprintf(buf, size, "parametric: stand-in %s fit with %s's "
		    "bandwidth, FLOPS and TDP", k->train.accel[p->stand_in],
		    k->rows.accel[r->pt.accel]);
	else if (p->power_from >= 0)
		snprintf(buf, size, "parametric%s: %s's time fit, power "
		    "shares from %s's fit (no power measured on %s)",
		    p->path == 1 ? ", curve" : "", k->rows.accel[r->pt.accel],
		    k->train.accel[p->power_from],
		    k->rows.accel[r->pt.accel]);
	else if (p->path == 1)
		snprintf(buf, size, "curve: measured%s, moved by the model to "
		    "the row's lengths", same_task ? "" :
		    k->rows.task[r->pt.task][0] == '\0' ? " (the row names no "
		    "task)" : " on another task");
	else
		snprintf(buf, size, "parametric");
}

/* A predicted value to 5 significant digits (the measurements' own), and
 * its comma; empty when not finite. */
static void
pred_num(FILE *fp, double v)
{
	if (isfinite(v))
		fprintf(fp, "%.5g", v);
	fputc(',', fp);
}

/* Row r's prediction (and whether its curve is on r's task); -1 when
 * no fitted accelerator serves it. */
static int
predict_row(const struct fit_cmd *k, const struct mle_row *r,
    struct lm_prediction *p, int *same, int *accel)
{
	int cfg, a = mle_match(&k->train, &k->rows, r, &cfg, same);

	if (accel != NULL)
		*accel = a;
	return lmv_predict(&k->v, k->q, k->train.n, &r->pt, a, cfg, *same, p);
}

/* --score: the predictions against the measurements the rows carry, per
 * accelerator, class and path, then over all, on stderr. */
static void
predict_score(const struct fit_cmd *k)
{
	size_t n = k->rows.n ? k->rows.n : 1, scored = 0;
	/* per row: log(predicted / measured) of energy and ITL, inside the
	 * interval, its group (accelerator x class x path; -1 unscored);
	 * ge, gt, gin: one group's, gathered */
	double *le = malloc(n * sizeof(*le)), *lt = malloc(n * sizeof(*lt));
	double *ge = malloc(n * sizeof(*ge)), *gt = malloc(n * sizeof(*gt));
	unsigned char *in = malloc(n), *gin = malloc(n), *done = calloc(n, 1);
	int *key = malloc(n * sizeof(*key));

	if (le == NULL || lt == NULL || ge == NULL || gt == NULL || in == NULL ||
	    gin == NULL || done == NULL || key == NULL)
		goto out;
	for (size_t i = 0; i < k->rows.n; i++) {
		const struct mle_row *r = &k->rows.row[i];
		struct lm_prediction p;
		int same;
		key[i] = -1;
		if (r->why[0] != '\0' || !isfinite(r->pt.ept) ||
		    predict_row(k, r, &p, &same, NULL) < 0 || !isfinite(p.ept))
			continue;
		key[i] = (r->pt.accel * 2 + r->pt.moe) * 2 + (p.path == 1);
		le[i] = log(p.ept / r->pt.ept);
		lt[i] = isfinite(r->pt.itl) && isfinite(p.itl) ?
		    log(p.itl / r->pt.itl) : NAN;
		in[i] = r->pt.ept >= p.lo && r->pt.ept <= p.hi;
		scored++;
	}
	if (scored == 0) {
		fprintf(stderr, "ipwsim: fit: --score: no predicted row carries "
		    "a measured energy_per_token_J: nothing to score\n");
		goto out;
	}
	fprintf(stderr, "predicted against the rows' own measurements "
	    "(%zu of %zu rows): |predicted / measured - 1| of energy per "
	    "token and ITL;\ncover90: share of the measured energies inside "
	    "pred_lo..pred_hi; target: median < 15%%, worst < 60%%, cover90 "
	    "85-95%%\n\n%-16s %-5s %-10s %6s %7s %7s %7s %7s %7s %6s\n",
	    scored, k->rows.n, "accelerator", "class", "path", "rows", "med_e",
	    "max_e", "med_itl", "max_itl", "cover90", "target");
	/* a line per group, in order of its first row; i == n: all rows */
	for (size_t i = 0; i <= k->rows.n; i++) {
		struct lmv_summary sm;
		size_t m = 0;
		int all = i == k->rows.n, g = all ? -1 : key[i];
		if (!all && (g < 0 || done[i]))
			continue;
		for (size_t j = 0; j < k->rows.n; j++)
			if (key[j] >= 0 && (all || key[j] == g)) {
				done[j] = 1;
				ge[m] = le[j];
				gt[m] = lt[j];
				gin[m++] = in[j];
			}
		lmv_score(ge, gt, gin, m, &sm);
		if (all)
			fprintf(stderr, "%-16s %-5s %-10s %6zu", "all", "", "",
			    sm.points);
		else
			fprintf(stderr, "%-16s %-5s %-10s %6zu",
			    k->rows.accel[g / 4], g / 2 % 2 ? "MoE" : "dense",
			    g % 2 ? "curve" : "parametric", sm.points);
		out_pct(stderr, 8, sm.med_e);
		out_pct(stderr, 8, sm.max_e);
		out_pct(stderr, 8, sm.med_t);
		out_pct(stderr, 8, sm.max_t);
		out_pct(stderr, 8, sm.coverage);
		fprintf(stderr, " %6s\n", meets(&sm, LMV_MODEL_OUT) ? "met" :
		    "missed");
	}
out:
	free(le);
	free(lt);
	free(ge);
	free(gt);
	free(in);
	free(gin);
	free(done);
	free(key);
}

/* The largest batch the fit measured on train accelerator a (every
 * accelerator's when a < 0). */
static double
fitted_batch_max(const struct fit_cmd *k, int a)
{
	double m = 0;

	for (size_t i = 0; i < k->train.n; i++)
		if (a < 0 || k->train.row[i].pt.accel == a)
			m = fmax(m, k->train.row[i].pt.batch);
	return m;
}

/* Appends to note what makes a prediction an extrapolation: a batch
 * above every one measured on its train accelerator a (any, a < 0),
 * weights that do not fit the replica's memory. */
static void
extrapolation_note(const struct fit_cmd *k, const struct mle_row *r, int a,
    char *note, size_t size)
{
	double top = fitted_batch_max(k, a);
	size_t used = strlen(note);
	char mem[240];

	/* 1% over: a measured point rounded in a copy is no extrapolation */
	if (top > 0 && r->pt.batch > top * 1.01 && used < size)
		used += (size_t)snprintf(note + used, size - used, "; batch "
		    "%.6g is above the largest measured on %s (%.6g): "
		    "extrapolated", r->pt.batch, a >= 0 ? k->train.accel[a] :
		    "any accelerator", top);
	if (lm_memory_note(&r->pt, mem, sizeof(mem)) && used < size)
		snprintf(note + used, size - used, "; %s", mem);
}

static int
predict_write(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;

	for (int i = 0; i < k->rows.nfields; i++) {
		out_csv_text(fp, k->rows.header[i]);
		fputc(',', fp);
	}
	fputs("pred_energy_per_token_J,pred_lo,pred_hi,pred_median_itl_ms,"
	    "pred_avg_power_W,pred_source,pred_note\n", fp);
	for (size_t i = 0; i < k->rows.n; i++) {
		const struct mle_row *r = &k->rows.row[i];
		struct lm_prediction p;
		char src[256] = "", note[720] = "";
		int ok = 0, same = 0, a = -1;
		for (int j = 0; j < k->rows.nfields; j++) {
			out_csv_text(fp, r->field[j]);
			fputc(',', fp);
		}
		if (r->why[0] != '\0')
			snprintf(note, sizeof(note), "not predicted: %s",
			    r->why);
		else {
			ok = predict_row(k, r, &p, &same, &a) == 0;
			if (!ok)
				snprintf(note, sizeof(note), "not predicted: no "
				    "fitted accelerator");
			else if (!isfinite(p.ept) || !isfinite(p.itl)) {
				ok = 0;
				snprintf(note, sizeof(note), "not predicted: the "
				    "model gives no finite value for this row "
				    "(its parameters or lengths out of range)");
			}
			else {
				const char *est = catalog_arch_estimated(
				    &r->arch);
				char prec[96] = "", how[64];
				source_text(k, r, &p, same, src, sizeof(src));
				if (r->prec_default) {
					catalog_precision_text(r->prec_from ==
					    PREC_NONE ? NULL : r->precision,
					    r->prec_from, how, sizeof(how));
					snprintf(prec, sizeof(prec), "; "
					    "weight_precision not given: %s",
					    how);
				}
				snprintf(note, sizeof(note), "interval from the "
				    "%s fold%s%s%s%s%s%s", lmv_fold_name[p.fold],
				    scope_text(p.scope, p.fold, r->pt.moe),
				    r->catalog_params ? "; parameters from "
				    "the catalog" : "", est ? "; " : "", est ?
				    est : "", est ? " estimated from its "
				    "parameters" : "", prec);
				extrapolation_note(k, r, a, note,
				    sizeof(note));
			}
		}
		if (ok) {
			pred_num(fp, p.ept);
			pred_num(fp, p.lo);
			pred_num(fp, p.hi);
			pred_num(fp, p.itl * 1e3);
			pred_num(fp, p.power);
		} else
			fputs(",,,,,", fp);
		out_csv_text(fp, src);
		fputc(',', fp);
		out_csv_text(fp, note);
		fputc('\n', fp);
	}
	return 0;
}

/* A family's name: the model id of its first row. */
static const char *
family_name(const struct fit_cmd *k, int family)
{
	for (size_t i = 0; i < k->train.n; i++)
		if (k->train.row[i].pt.family == family)
			return k->train.row[i].model;
	return "?";
}

/* Every family of every validation row. */
static void
each_family(const struct fit_cmd *k, family_fn f, void *arg)
{
	for (int i = 0; i < k->nvrow; i++)
		row_families(k, &k->vrow[i], f, arg);
}

struct fam_table {
	FILE *fp;
	int width;
};

static void
fam_table_row(const struct fit_cmd *k, const struct val_row *r,
    const char *name, const struct lmv_family_summary *s, void *arg)
{
	const struct fam_table *t = arg;
	const double x[3] = { s->med, s->lo, s->hi };

	fprintf(t->fp, "%-16s %-5s %-17s %-*s %6zu", k->train.accel[r->accel],
	    r->moe ? "MoE" : "dense", lmv_fold_name[r->fold], t->width, name,
	    s->points);
	for (int j = 0; j < 3; j++)
		if (isnan(x[j]))
			fprintf(t->fp, " %7s", "-");
		else
			fprintf(t->fp, " %7.3f", x[j]);
	if (lmv_interval_fold(r->fold))
		out_pct(t->fp, 8, s->coverage);
	fputc('\n', t->fp);
}

/* Every family of every validation row (the fitted fold's too: its bias
 * shows what the form cannot fit). */
static int
fam_write_table(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;
	struct fam_table t;
	int w = 6;

	for (size_t i = 0; i < k->train.n; i++)
		if ((int)strlen(k->train.row[i].model) > w)
			w = (int)strlen(k->train.row[i].model);
	fprintf(fp, "length-aware batch model on %s (%zu points), per model "
	    "family\nratio: predicted / measured energy per token on the "
	    "family's points each fold's fit did not see\n(median, lowest, "
	    "highest); cover90: its points inside the 90%% interval "
	    "calibrated without it\n\n%-16s %-5s %-17s %-*s %6s %7s %7s %7s "
	    "%7s\n", k->train.file, k->train.n, "accelerator", "class", "fold",
	    w, "family", "points", "median", "lowest", "highest", "cover90");
	t.fp = fp;
	t.width = w;
	each_family(k, fam_table_row, &t);
	return 0;
}

static void
fam_csv_row(const struct fit_cmd *k, const struct val_row *r,
    const char *name, const struct lmv_family_summary *s, void *arg)
{
	FILE *fp = arg;

	out_csv_text(fp, k->train.accel[r->accel]);
	fprintf(fp, ",%s,%s,", r->moe ? "MoE" : "dense", lmv_fold_name[r->fold]);
	out_csv_text(fp, name);
	fprintf(fp, ",%zu", s->points);
	out_csv_num(fp, s->med);
	out_csv_num(fp, s->lo);
	out_csv_num(fp, s->hi);
	out_csv_num(fp, lmv_interval_fold(r->fold) ? s->coverage : NAN);
	fprintf(fp, ",%s\n", lmv_interval_fold(r->fold) && s->scope >= 0 ?
	    lmv_scope_name[s->scope] : "");
}

static int
fam_write_csv(void *ctx, FILE *fp)
{
	const struct fit_cmd *k = ctx;

	fputs("accelerator,class,fold,family,points,median_ratio_energy,"
	    "min_ratio_energy,max_ratio_energy,coverage_90,interval_scope\n",
	    fp);
	each_family(k, fam_csv_row, fp);
	return 0;
}

static const struct cli_writers writers = { write_table, write_csv,
	write_json };
static const struct cli_writers lm_writers = { lm_write_table, lm_write_csv,
	lm_write_json };
static const struct cli_writers val_writers = { val_write_table,
	val_write_csv, lm_write_json };
static const struct cli_writers fam_writers = { fam_write_table,
	fam_write_csv, lm_write_json };

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
	k->prompt_len = 1000;
	rc = cli_start(&k->common, argc, argv, longopts, own_option, k,
	    &k->cat, NULL, &done);
	if (!done && k->roofline && (k->predict || k->ndata ||
	    k->by_family)) {
		rc = cli_usage(&cmd_fit, "--roofline fits curves: --predict, "
		    "--data and --by-family are for the length-aware model");
		done = 1;
	} else if (!done && k->predict && (k->validate ||
	    k->common.format == REPORT_JSON)) {
		rc = cli_usage(&cmd_fit, "--predict writes CSV rows: without "
		    "--validate or --format json");
		done = 1;
	} else if (!done && k->score && !k->predict) {
		rc = cli_usage(&cmd_fit, "--score scores --predict's rows");
		done = 1;
	}
	if (!done && k->roofline) {
		if (load_curves(k, &err) < 0 ||
		    run_fits(k, &err) < 0)
			rc = cli_fail(&cmd_fit, &err);
		else
			rc = cli_write_report(&k->common, &writers, k);
	} else if (!done) {
		if (load_data(k, &err) < 0)
			rc = cli_fail(&cmd_fit, &err);
		else if (k->predict) {
			rc = cli_write_output(&k->common, predict_write, k);
			if (rc == 0 && k->score)
				predict_score(k);
		}
		else
			rc = cli_write_report(&k->common, k->by_family ?
			    &fam_writers : k->validate ? &val_writers :
			    &lm_writers, k);
	}
	curves_release(&k->cs);
	lmv_release(&k->v);
	free(k->vrow);
	free(k->q);
	mle_release(&k->train);
	mle_release(&k->rows);
	catalog_release(&k->cat);
	free(k);
	return rc;
}

const struct cmd cmd_fit = {
	"fit",
	"fit, validate and apply the batch model on measurements",
	usage,
	run,
};

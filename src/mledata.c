#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv.h"
#include "input.h"
#include "jsonstrict.h"
#include "mledata.h"
#include "precision.h"

enum col {
	C_MODEL, C_PREC, C_GPU, C_NGPU, C_OUT, C_SEQS, C_BATCH, C_ACTIVE,
	C_TOTAL, C_TASK, C_IN, C_EPT, C_ITL, C_POWER, C_EXPERTS,
	C_EXPERTS_ACTIVE, C_LAYERS, C_KV, C_LAT, C_TPUT, C_N
};

static const char *const col_name[C_N] = {
	"model_id", "weight_precision", "gpu", "num_gpus", "avg_output_len",
	"max_num_seqs", "avg_batch_size", "active_params_B", "total_params_B",
	"task", "avg_input_len", "energy_per_token_J", "median_itl_ms",
	"avg_power_W_all_gpus", "experts", "experts_active", "num_layers",
	"kv_bytes_per_token", "latency_per_output_token_ms",
	"output_tok_per_s",
};

/* The same columns as ML.ENERGY Leaderboard v2's per-configuration table
 * names them (model, gpu, tp, max_bs, avg_bs, avg_out_tokens,
 * energy_per_out_token_J, avg_tpot_s in seconds, token_tput), read where
 * the v3 name is absent; scale turns the column into the v3 unit. */
struct col_alias {
	int k;
	const char *name;
	double scale;
};

static const struct col_alias col_alias[] = {
	{ C_MODEL, "model", 1 }, { C_NGPU, "tp", 1 }, { C_SEQS, "max_bs", 1 },
	{ C_BATCH, "avg_bs", 1 }, { C_OUT, "avg_out_tokens", 1 },
	{ C_EPT, "energy_per_out_token_J", 1 },
	{ C_ITL, "avg_tpot_s", 1e3 },	/* a mean time per output token */
	{ C_TPUT, "token_tput", 1 },
};

/* 1: always required; 2: required for measured data (the power may
 * instead come from energy per token x output tokens per second). */
static const unsigned char col_required[C_N] = { 1, 0, 1, 1, 1, 0, 0, 0, 0,
	0, 0, 2, 2, 2, 0, 0, 0, 0, 0, 0 };

/* Where each column is in a file's header, under which name, and the
 * factor to its unit. */
struct cols {
	int width;		/* the header's fields */
	int at[C_N];
	const char *name[C_N];
	double scale[C_N];
};

void
mle_init(struct mle_set *s, double prompt_len)
{
	memset(s, 0, sizeof(*s));
	s->prompt_len = prompt_len;
}

static void
free_fields(char **f, int n)
{
	if (f == NULL)
		return;
	for (int i = 0; i < n; i++)
		free(f[i]);
	free(f);
}

void
mle_release(struct mle_set *s)
{
	for (size_t i = 0; i < s->n; i++)
		free_fields(s->row[i].field, s->nfields);
	free(s->row);
	free_fields(s->header, s->nfields);
	free(s->map);
	for (int i = 0; i < s->naccel; i++)
		free(s->accel[i]);
	for (int i = 0; i < s->ntask; i++)
		free(s->task[i]);
	memset(s, 0, sizeof(*s));
}

static int
at(struct ipw_error *err, const char *file, long line, long col)
{
	ipw_error_at(err, file, line, col);
	return -1;
}

/* Index of name in names[0..*n), added if absent; -1 when full or out of
 * memory. */
static int
name_index(char **names, int *n, const char *name)
{
	for (int i = 0; i < *n; i++)
		if (strcasecmp(names[i], name) == 0)
			return i;
	if (*n == MLE_MAX_NAMES || (names[*n] = strdup(name)) == NULL)
		return -1;
	return (*n)++;
}

/* The record's first n cells, or with map the cells map[0..n) name
 * (absent: ""). */
static char **
copy_fields(const struct csv_reader *r, const int *map, int n)
{
	char **f = calloc((size_t)(n ? n : 1), sizeof(*f));

	for (int i = 0; f != NULL && i < n; i++) {
		int j = map != NULL ? map[i] : i;
		if ((f[i] = strdup(j >= 0 && j < r->nfields ? r->field[j] :
		    "")) == NULL) {
			free_fields(f, i);
			f = NULL;
		}
	}
	return f;
}

/* Leaderboard v2's spelling of column k, or NULL. */
static const struct col_alias *
alias_of(int k)
{
	for (size_t j = 0; j < sizeof(col_alias) / sizeof(col_alias[0]); j++)
		if (col_alias[j].k == k)
			return &col_alias[j];
	return NULL;
}

/* The header's column named name, or -1. */
static int
header_index(const struct csv_reader *r, const char *name)
{
	int at = -1;

	for (int i = 0; i < r->nfields; i++)
		if (strcmp(r->field[i], name) == 0)
			at = i;
	return at;
}

/* Maps the header's columns, each by its v3 name, else its v2 one; the
 * first file's header is kept, and s->map says where each of its
 * columns is in this file's (-1: absent). */
static int
read_header(struct mle_set *s, const struct csv_reader *r, struct cols *col,
    int measured, const char *path, struct ipw_error *err)
{
	col->width = r->nfields;
	for (int k = 0; k < C_N; k++) {
		const struct col_alias *a = alias_of(k);
		col->at[k] = header_index(r, col_name[k]);
		col->name[k] = col_name[k];
		col->scale[k] = 1;
		if (col->at[k] < 0 && a != NULL &&
		    (col->at[k] = header_index(r, a->name)) >= 0) {
			col->name[k] = a->name;
			col->scale[k] = a->scale;
		}
	}
	for (int k = 0; k < C_N; k++) {
		const struct col_alias *a = alias_of(k);
		int need = col_required[k] == 1 || (col_required[k] == 2 &&
		    measured && (k != C_POWER || col->at[C_TPUT] < 0));
		if (col->at[k] < 0 && need) {
			ipw_error_set(err, IPW_EX_DATAERR, "the header has no "
			    "column %s%s%s%s%s", col_name[k], a ? " (v2: " : "",
			    a ? a->name : "", a ? ")" : "", k == C_POWER ?
			    ", nor output_tok_per_s (v2: token_tput) to make "
			    "it of energy per token" : "");
			return at(err, path, r->line, 0);
		}
	}
	if (col->at[C_SEQS] < 0 && col->at[C_BATCH] < 0) {
		ipw_error_set(err, IPW_EX_DATAERR, "the header has neither "
		    "max_num_seqs nor avg_batch_size (v2: max_bs, avg_bs)");
		return at(err, path, r->line, 0);
	}
	if (s->header == NULL) {
		s->nfields = r->nfields;
		if ((s->header = copy_fields(r, NULL, r->nfields)) == NULL)
			return ipw_error_oom(err);
	}
	free(s->map);
	if ((s->map = malloc((size_t)(s->nfields + 1) * sizeof(int))) == NULL)
		return ipw_error_oom(err);
	for (int i = 0; i < s->nfields; i++) {
		s->map[i] = -1;
		for (int j = 0; j < r->nfields && s->map[i] < 0; j++)
			if (strcmp(s->header[i], r->field[j]) == 0)
				s->map[i] = j;
	}
	return 0;
}

/* Cell k as a number > lo (>= lo with or_equal); absent or empty cells
 * give NaN when optional. */
static int
cell(const struct csv_reader *r, const struct cols *col, int k, int required,
    double lo, int or_equal, double *v, const char *path,
    struct ipw_error *err)
{
	int i = col->at[k];

	*v = NAN;
	if (i < 0 || i >= r->nfields || r->flen[i] == 0) {
		if (!required)
			return 0;
		ipw_error_set(err, IPW_EX_DATAERR, "%s is empty",
		    col->name[k]);
		return at(err, path, r->line, i >= 0 && i < r->nfields ?
		    r->fcol[i] : 0);
	}
	if (jsonstrict_parse_number(r->field[i], r->flen[i], v) == 0 &&
	    isfinite(*v) && (or_equal ? *v >= lo : *v > lo)) {
		*v *= col->scale[k];
		return 0;
	}
	ipw_error_set(err, IPW_EX_DATAERR, "%s is not a number %s %g: "
	    "\"%.40s\"", col->name[k], or_equal ? ">=" : ">", lo,
	    r->field[i]);
	return at(err, path, r->line, r->fcol[i]);
}

/* Whether cell k is absent or empty. */
static int
empty(const struct csv_reader *r, const struct cols *col, int k)
{
	int i = col->at[k];

	return i < 0 || i >= r->nfields || r->flen[i] == 0;
}

static const char *
text(const struct csv_reader *r, const struct cols *col, int k)
{
	return col->at[k] >= 0 && col->at[k] < r->nfields ?
	    r->field[col->at[k]] : "";
}

/* The column of k, for an error's position (0: none). */
static long
column(const struct csv_reader *r, const struct cols *col, int k)
{
	return col->at[k] >= 0 && col->at[k] < r->nfields ?
	    r->fcol[col->at[k]] : 0;
}

void
mle_set_architecture(struct lm_point *q, const struct catalog_arch *a)
{
	q->layers = a->layers;
	q->kv_token = a->kv_token;
	q->kv_win_token = a->kv_win_token;
	q->kv_window = a->kv_window;
	q->state = a->state;
}

/* The model's parameters: the row's own, else the catalog's; why is set
 * when neither gives both. A mixture of experts' k / E: the row's experts
 * and experts_active, else the catalog's, else unknown (0). Its layers
 * and KV cache: the row's num_layers and kv_bytes_per_token (all layers
 * attending to the whole context), else catalog_architecture's. */
static void
params(struct mle_row *w, const struct catalog *cat, double act, double tot,
    double experts, double k, double layers, double kv)
{
	const struct catalog_model *cm = catalog_model(cat, w->model);
	struct catalog_arch arch;

	if ((isnan(experts) || isnan(k)) && cm != NULL) {
		experts = cm->experts;
		k = cm->experts_active;
	}
	if (experts > 0 && k > 0 && k < experts) {
		w->pt.expert_share = k / experts;
		w->pt.experts = experts;
	}

	if (isnan(act) && isnan(tot) && cm != NULL &&
	    !isnan(cm->params_active_b) && !isnan(cm->params_total_b)) {
		act = cm->params_active_b;
		tot = cm->params_total_b;
		w->catalog_params = 1;
	}
	if (isnan(act) || isnan(tot)) {
		snprintf(w->why, sizeof(w->why), "%s: no active_params_B and "
		    "total_params_B in the row and none in the catalog",
		    w->model);
		return;
	}
	if (tot < act) {
		snprintf(w->why, sizeof(w->why), "total_params_B %g is below "
		    "active_params_B %g", tot, act);
		return;
	}
	w->pt.active_b = act;
	w->pt.total_b = tot;
	w->pt.moe = tot > act;
	catalog_architecture(cat, cm, act, tot, &arch);
	if (!isnan(layers)) {
		arch.layers = layers;
		arch.layers_estimated = 0;
	}
	if (!isnan(kv)) {
		arch.kv_token = kv;
		arch.kv_win_token = arch.kv_window = arch.state = 0;
		arch.kv_estimated = 0;
	}
	mle_set_architecture(&w->pt, &arch);
	w->arch = arch;
}

/* The device figures from the catalog; why is set when one is missing. */
static void
device(struct mle_row *w, const struct catalog *cat, const char *gpu)
{
	const struct catalog_accel *a = catalog_accel(cat, gpu);

	if (a == NULL) {
		snprintf(w->why, sizeof(w->why), "accelerator %s is not in "
		    "the catalog", gpu);
		return;
	}
	if (isnan(a->bandwidth_gbs) || isnan(a->peak_tflops) ||
	    isnan(a->tdp_w)) {
		snprintf(w->why, sizeof(w->why), "the catalog lacks %s's "
		    "bandwidth, peak BF16 FLOPS or TDP", a->name);
		return;
	}
	w->pt.bw_gbs = a->bandwidth_gbs;
	w->pt.tflops = a->peak_tflops;
	w->pt.tdp_w = a->tdp_w;
	w->pt.memory_gb = a->memory_gb;
}

static int
grow(struct mle_set *s)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 256;
		struct mle_row *p = realloc(s->row, cap * sizeof(*p));
		if (p == NULL)
			return -1;
		s->row = p;
		s->cap = cap;
	}
	return 0;
}

/* Family and configuration indices: points with the same (active, total)
 * parameters are one family (variants of one architecture: instruct and
 * thinking, BF16 and FP8); points with the same model id and precision
 * are one model; with the same accelerator and devices too, one setup;
 * on the same task too, one configuration, i.e. one curve. */
static void
group(struct mle_set *s, struct mle_row *w)
{
	w->pt.family = w->pt.config = w->pt.setup = w->pt.model = -1;
	for (size_t i = 0; i < s->n; i++) {
		const struct mle_row *o = &s->row[i];
		if (o->why[0] != '\0')
			continue;
		if (w->pt.family < 0 && o->pt.active_b == w->pt.active_b &&
		    o->pt.total_b == w->pt.total_b)
			w->pt.family = o->pt.family;
		if (w->pt.model < 0 && strcasecmp(o->model, w->model) == 0 &&
		    o->precision == w->precision)
			w->pt.model = o->pt.model;
		if (o->pt.accel != w->pt.accel || o->pt.devices !=
		    w->pt.devices || strcasecmp(o->model, w->model) != 0 ||
		    o->precision != w->precision)
			continue;
		if (w->pt.setup < 0)
			w->pt.setup = o->pt.setup;
		if (w->pt.config < 0 && o->pt.task == w->pt.task)
			w->pt.config = o->pt.config;
	}
	if (w->pt.setup < 0)
		w->pt.setup = s->nsetup++;
	if (w->pt.model < 0)
		w->pt.model = s->nmodel++;
	if (w->pt.family < 0)
		w->pt.family = s->nfamily++;
	if (w->pt.config < 0)
		w->pt.config = s->nconfig++;
}

/* A row not kept after all: its cells freed; -1. */
static int
drop_row(const struct mle_set *s, struct mle_row *w)
{
	free_fields(w->field, s->nfields);
	w->field = NULL;
	return -1;
}

static int
read_row(struct mle_set *s, const struct csv_reader *r, const struct cols *col,
    const struct catalog *cat, int measured, const char *path,
    struct ipw_error *err)
{
	struct mle_row *w;
	const struct precision *pr;
	const char *ptxt = text(r, col, C_PREC);
	double ngpu, out, seqs, batch, act, tot, in, ept, itl, pw, ne, nk, nl, kv;
	double lat, tput;

	/* as a trace's CSV: a row of another width is not guessed at */
	if (csv_check_width(r, col->width, err) < 0)
		return at(err, path, r->line, 0);
	if (grow(s) < 0)
		return ipw_error_oom(err);
	w = &s->row[s->n];
	memset(w, 0, sizeof(*w));
	snprintf(w->model, sizeof(w->model), "%s", text(r, col, C_MODEL));
	/* a row to predict that leaves a cell it needs empty is not
	 * predicted, and says so (a cell given wrong is an error; the
	 * batch, either of two cells, is checked below) */
	if (!measured) {
		static const int need[] = { C_MODEL, C_GPU, C_NGPU, C_OUT };
		for (size_t j = 0; j < sizeof(need) / sizeof(need[0]); j++)
			if (w->why[0] == '\0' && empty(r, col, need[j]))
				snprintf(w->why, sizeof(w->why), "%s is empty",
				    col->name[need[j]]);
	}
	if (w->model[0] == '\0' && measured) {
		ipw_error_set(err, IPW_EX_DATAERR, "%s is empty",
		    col->name[C_MODEL]);
		return at(err, path, r->line, column(r, col, C_MODEL));
	}
	/* none given: the model id's, else the catalog's, else BF16 */
	if (ptxt[0] == '\0') {
		ptxt = catalog_default_precision(cat, w->model, &w->prec_from);
		w->prec_default = 1;
		if (ptxt == NULL)
			ptxt = "bf16";
	}
	if ((pr = precision_find(ptxt)) == NULL) {
		char list[512];
		precision_list(list, sizeof(list));
		ipw_error_set(err, IPW_EX_DATAERR, "weight_precision \"%.40s\" "
		    "is not one of %s", ptxt, list);
		return at(err, path, r->line, column(r, col, C_PREC));
	}
	if (cell(r, col, C_NGPU, measured, 1, 1, &ngpu, path, err) < 0)
		return -1;
	if (!isnan(ngpu) && (ngpu != floor(ngpu) || ngpu > 4096)) {
		ipw_error_set(err, IPW_EX_DATAERR, "num_gpus is not a whole "
		    "number from 1 to 4096: \"%.40s\"", text(r, col, C_NGPU));
		return at(err, path, r->line, column(r, col, C_NGPU));
	}
	if (cell(r, col, C_OUT, measured, 0, 0, &out, path, err) < 0 ||
	    cell(r, col, C_SEQS, 0, 0, 0, &seqs, path, err) < 0 ||
	    cell(r, col, C_BATCH, 0, 0, 0, &batch, path, err) < 0 ||
	    cell(r, col, C_ACTIVE, 0, 0, 0, &act, path, err) < 0 ||
	    cell(r, col, C_TOTAL, 0, 0, 0, &tot, path, err) < 0 ||
	    cell(r, col, C_IN, 0, 0, 1, &in, path, err) < 0 ||
	    cell(r, col, C_LAT, 0, 0, 0, &lat, path, err) < 0 ||
	    cell(r, col, C_EPT, measured && isnan(lat), 0, 0, &ept, path,
	    err) < 0 ||
	    cell(r, col, C_ITL, measured && isnan(lat), 0, 0, &itl, path,
	    err) < 0 ||
	    cell(r, col, C_TPUT, 0, 0, 0, &tput, path, err) < 0 ||
	    cell(r, col, C_POWER, measured && isnan(lat) && col->at[C_TPUT] <
	    0, 0, 0, &pw, path, err) < 0 ||
	    cell(r, col, C_EXPERTS, 0, 1, 1, &ne, path, err) < 0 ||
	    cell(r, col, C_EXPERTS_ACTIVE, 0, 1, 1, &nk, path, err) < 0 ||
	    cell(r, col, C_LAYERS, 0, 1, 1, &nl, path, err) < 0 ||
	    cell(r, col, C_KV, 0, 0, 1, &kv, path, err) < 0)
		return -1;
	if (!isnan(nl) && nl != floor(nl)) {
		ipw_error_set(err, IPW_EX_DATAERR, "num_layers is not a whole "
		    "number: \"%.40s\"", text(r, col, C_LAYERS));
		return at(err, path, r->line, column(r, col, C_LAYERS));
	}
	if (!isnan(ne) && !isnan(nk) && nk > ne) {
		ipw_error_set(err, IPW_EX_DATAERR, "experts_active %g is above "
		    "experts %g", nk, ne);
		return at(err, path, r->line, column(r, col,
		    C_EXPERTS_ACTIVE));
	}
	if (isnan(batch) && isnan(seqs)) {
		int k = col->at[C_BATCH] >= 0 ? C_BATCH : C_SEQS;
		char why[sizeof(w->why)];
		snprintf(why, sizeof(why), "neither %s nor %s is given",
		    col->name[C_BATCH], col->name[C_SEQS]);
		if (measured) {
			ipw_error_set(err, IPW_EX_DATAERR, "%s", why);
			return at(err, path, r->line, column(r, col, k));
		}
		if (w->why[0] == '\0')
			memcpy(w->why, why, sizeof(why));
	}
	/* the replica's power from energy per token x output tokens/s */
	if (isnan(pw) && !isnan(ept) && !isnan(tput))
		pw = ept * tput;
	if (measured && isnan(lat) && isnan(pw)) {
		ipw_error_set(err, IPW_EX_DATAERR, "%s is empty and %s cannot "
		    "give it", col->name[C_POWER], col->name[C_TPUT]);
		return at(err, path, r->line, column(r, col, col->at[C_POWER] >=
		    0 ? C_POWER : C_TPUT));
	}
	if ((w->field = copy_fields(r, s->map, s->nfields)) == NULL)
		return ipw_error_oom(err);
	w->precision = pr->name;
	w->pt.bits = pr->bits;
	/* NaN (an empty cell, a row not predicted) is not converted */
	w->pt.devices = isnan(ngpu) ? 0 : (int)ngpu;
	w->pt.batch = isnan(batch) ? seqs : batch;
	w->pt.out_len = out;
	w->pt.in_len = isnan(in) ? s->prompt_len : in;
	w->pt.ept = ept;
	w->pt.itl = itl / 1e3;
	w->pt.power = pw;
	w->pt.latency = lat / 1e3;
	w->pt.line = r->line;
	if (w->why[0] == '\0')
		params(w, cat, act, tot, ne, nk, nl, kv);
	if (w->why[0] == '\0')
		device(w, cat, text(r, col, C_GPU));
	if (w->why[0] == '\0') {
		const struct catalog_accel *a = catalog_accel(cat,
		    text(r, col, C_GPU));
		w->pt.accel = name_index(s->accel, &s->naccel, a->name);
		w->pt.task = name_index(s->task, &s->ntask, text(r, col,
		    C_TASK));
		if (w->pt.accel < 0 || w->pt.task < 0) {
			ipw_error_set(err, IPW_EX_DATAERR, "more than %d "
			    "accelerators or tasks", MLE_MAX_NAMES);
			at(err, path, r->line, 0);
			return drop_row(s, w);
		}
		group(s, w);
	} else if (measured) {
		ipw_error_set(err, IPW_EX_DATAERR, "%s", w->why);
		at(err, path, r->line, 0);
		return drop_row(s, w);
	}
	s->n++;
	return 0;
}

int
mle_read(struct mle_set *s, const char *path, const struct catalog *cat,
    int measured, struct ipw_error *err)
{
	struct input in;
	struct csv_reader r;
	struct cols col;
	int rc;
	size_t used = strlen(s->file);

	snprintf(s->file + used, sizeof(s->file) - used, "%s%s", used ? ", " :
	    "", path);
	if (input_open(&in, path, 0, err) < 0)
		return -1;
	csv_init(&r, &in);
	rc = csv_read(&r, err);
	if (rc == 0) {
		ipw_error_set(err, IPW_EX_DATAERR, "empty file: no header");
		rc = at(err, path, 0, 0);
	} else if (rc > 0)
		rc = read_header(s, &r, &col, measured, path, err);
	while (rc >= 0 && (rc = csv_read(&r, err)) > 0)
		rc = read_row(s, &r, &col, cat, measured, path, err);
	csv_release(&r);
	input_close(&in);
	return rc < 0 ? -1 : 0;
}

struct lm_point *
mle_points(const struct mle_set *s)
{
	struct lm_point *p = malloc((s->n ? s->n : 1) * sizeof(*p));

	for (size_t i = 0; p != NULL && i < s->n; i++)
		p[i] = s->row[i].pt;
	return p;
}

int
mle_match(const struct mle_set *train, const struct mle_set *rows,
    const struct mle_row *r, int *cfg, int *same_task)
{
	const char *name = rows->accel[r->pt.accel];
	const char *task = rows->task[r->pt.task];
	int a = -1;

	*cfg = -1;
	*same_task = 0;
	for (int i = 0; i < train->naccel && a < 0; i++)
		if (strcasecmp(train->accel[i], name) == 0)
			a = i;
	for (size_t i = 0; a >= 0 && i < train->n; i++) {
		const struct mle_row *t = &train->row[i];
		if (t->pt.accel != a || t->pt.devices != r->pt.devices ||
		    t->precision != r->precision ||
		    strcasecmp(t->model, r->model) != 0)
			continue;
		if (strcasecmp(train->task[t->pt.task], task) == 0) {
			*cfg = t->pt.config;
			*same_task = 1;
			break;
		}
		if (*cfg < 0)
			*cfg = t->pt.config;
	}
	return a;
}

int
mle_read_shipped(struct mle_set *s, const struct catalog *cat,
    struct ipw_error *err)
{
	static const char *const files[] = {
		"measurements/mlenergy-v3-chat.csv",
		"measurements/mlenergy-v3-gpqa.csv",
		"measurements/mlenergy-v2-chat-a100.csv",
		"measurements/llm-inference-bench-mi300x.csv",
	};
	char dir[PATH_MAX], path[PATH_MAX + 64];

	if (catalog_datadir(dir, sizeof(dir), err) < 0)
		return -1;
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		if (mle_read(s, path, cat, 1, err) < 0)
			return -1;
	}
	/* reports name the shipped files as the data directory's */
	snprintf(s->file, sizeof(s->file), "the installed %s, %s, %s and %s",
	    files[0], files[1], files[2], files[3]);
	return 0;
}

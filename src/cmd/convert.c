/* ipwsim convert: traces of any format ipwsim reads, any per-query log by
 * a map (--map), or a wide correctness table with per-model energy
 * profiles (--wide), written as a canonical trace. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "words.h"
#include "csv.h"
#include "jsonfile.h"
#include "outfile.h"
#include "record.h"
#include "table.h"
#include "prov.h"
#include "tracewrite.h"

static const char usage[] =
"usage: ipwsim convert [options] TRACE...\n"
"       ipwsim convert --map MAP.json [options] LOG...\n"
"       ipwsim convert --wide TABLE --profile PROFILE [options]\n"
"\n"
"Write the records of traces in any format ipwsim reads (canonical JSON\n"
"Lines or CSV, the IPW harness's ProfilingRecord and QueryTrace lines) as\n"
"one canonical trace, in the order read. With --map, read any per-query\n"
"JSON Lines or CSV log by a mapping file: canonical field from source\n"
"field (dotted paths), units, constants, correctness rules, records to\n"
"skip (ipwsim-convert(1), MAPS; maps for the native formats are in\n"
"data/maps). With --wide, join a wide correctness table (one row per query; one True/False column\n"
"per model, as router benchmarks publish them) with a profile of each\n"
"model's energy and latency per token into a canonical JSONL or CSV trace.\n"
"Tokens are counted from the text as words / 0.75 (OpenAI's rule of\n"
"thumb) unless the profile says otherwise; every modelled value is\n"
"labelled in the profile. See ipwsim-convert(1).\n"
"\n"
"Options for traces and logs:\n"
"  --map FILE            read every input by this map\n"
"  --input-format F      auto (default), jsonl, csv, harness or querytrace\n"
"  --accelerator NAME    accelerator of harness and QueryTrace records, and\n"
"                        of mapped records whose map gives none\n"
"  --model NAME          model of QueryTrace records, and of mapped\n"
"                        records whose map gives none\n"
"  --correct-from KEY    QueryTrace's correctness field (is_resolved)\n"
"  --score-threshold X   correct = score >= X when correct is absent (0.5)\n"
"  --skip-unscored       skip records with no correctness, and count them\n"
"  --skip-unmeasured     skip records with no energy, and count them\n"
"  --energy-source S     the energy_source of records that state none\n"
"  --energy-scope S      the energy_scope of records that state none\n"
"  --max-errors N        report up to N bad records before stopping (1)\n"
"  --max-line BYTES      longest accepted line (1048576)\n"
"  --threads N           threads reading a canonical trace (the online\n"
"                        CPUs, up to 8)\n"
"  --strict              unknown fields are errors, not warnings\n"
"  --quiet               no warnings or notes on stderr (errors still)\n"
"\n"
"Options for a wide table:\n"
"  --wide TABLE          the wide CSV table\n"
"  --profile FILE        per-model profile (JSON)\n"
"  --text-column NAME    the prompt column (prompt)\n"
"  --response-suffix S   a model's response column is MODEL+S (_response)\n"
"  --exclude FILE        JSON Lines of prompts to leave out\n"
"  --exclude-key KEY     the prompt's key in those lines (eval_prompt)\n"
"  --id-prefix P         query ids are P0001, P0002, ... by row (q)\n"
"  --dataset NAME        the dataset field of every record\n"
"\n"
"Output:\n"
"  --format F            jsonl (default) or csv\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 bad input, map, table or profile, 66\n"
"cannot open an input, 73 cannot create output, 74 I/O error; on an\n"
"error nothing is written.\n";

enum {
	OPT_WIDE = OPT_FIRST_COMMAND_OWN,
	OPT_PROFILE,
	OPT_TEXT_COLUMN,
	OPT_RESPONSE_SUFFIX,
	OPT_EXCLUDE,
	OPT_EXCLUDE_KEY,
	OPT_ID_PREFIX,
	OPT_DATASET,
	OPT_OUT_FORMAT,
};

/* --format is shared but means jsonl or csv here. */
static const struct option longopts[] = {
	{ "wide", required_argument, NULL, OPT_WIDE },
	{ "profile", required_argument, NULL, OPT_PROFILE },
	{ "text-column", required_argument, NULL, OPT_TEXT_COLUMN },
	{ "response-suffix", required_argument, NULL, OPT_RESPONSE_SUFFIX },
	{ "exclude", required_argument, NULL, OPT_EXCLUDE },
	{ "exclude-key", required_argument, NULL, OPT_EXCLUDE_KEY },
	{ "id-prefix", required_argument, NULL, OPT_ID_PREFIX },
	{ "dataset", required_argument, NULL, OPT_DATASET },
	{ "output", required_argument, NULL, 'o' },
	{ "format", required_argument, NULL, OPT_OUT_FORMAT },
	{ "help", no_argument, NULL, 'h' },
	{ "map", required_argument, NULL, OPT_MAP },
	{ "input-format", required_argument, NULL, OPT_INPUT_FORMAT },
	{ "accelerator", required_argument, NULL, OPT_ACCELERATOR },
	{ "model", required_argument, NULL, OPT_MODEL },
	{ "correct-from", required_argument, NULL, OPT_CORRECT_FROM },
	{ "score-threshold", required_argument, NULL, OPT_SCORE_THRESHOLD },
	{ "skip-unscored", no_argument, NULL, OPT_SKIP_UNSCORED },
	{ "skip-unmeasured", no_argument, NULL, OPT_SKIP_UNMEASURED },
	{ "energy-source", required_argument, NULL, OPT_ENERGY_SOURCE },
	{ "energy-scope", required_argument, NULL, OPT_ENERGY_SCOPE },
	{ "max-errors", required_argument, NULL, OPT_MAX_ERRORS },
	{ "max-line", required_argument, NULL, OPT_MAX_LINE },
	{ "threads", required_argument, NULL, OPT_THREADS },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "quiet", no_argument, NULL, OPT_QUIET },
	{ NULL, 0, NULL, 0 }
};

#define MAX_MODELS 16

/* What the profile says of one model column. */
struct profile_model {
	const char *column, *model, *accel;
	double e_out, e_in;		/* J per output / input token */
	double itl, ttft;		/* s per output token, s */
	double batch;
	double devices;			/* accelerators a replica; NaN: not
					 * given */
	double flops_per_token;		/* NaN: simulate derives it */
	double price_in, price_out;	/* USD per 1M tokens; NaN: none */
	double tokens_out;		/* when the table has no response
					 * column; NaN: none given */
	const char *scope;		/* energy_scope of the measurements
					 * profiled; NULL: unstated */
	int col, resp;			/* table columns; resp -1 if none */
};

struct convert {
	struct cli_common common;
	const char *wide, *profile_file, *text_column, *suffix;
	const char *exclude_file, *exclude_key, *id_prefix, *dataset;
	int csv;
	struct jsondoc doc;	/* the profile */
	const cJSON *profile;	/* its root */
	double tokens_per_word;
	struct profile_model m[MAX_MODELS];
	int nm;
	char **excluded;
	size_t nexcluded;
	int domain_col, dataset_col;	/* optional columns, -1 if none */
};

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct convert *k = ctx;

	switch (opt) {
	case OPT_WIDE: k->wide = arg; return 0;
	case OPT_PROFILE: k->profile_file = arg; return 0;
	case OPT_TEXT_COLUMN: k->text_column = arg; return 0;
	case OPT_RESPONSE_SUFFIX: k->suffix = arg; return 0;
	case OPT_EXCLUDE: k->exclude_file = arg; return 0;
	case OPT_EXCLUDE_KEY: k->exclude_key = arg; return 0;
	case OPT_ID_PREFIX: k->id_prefix = arg; return 0;
	case OPT_DATASET: k->dataset = arg; return 0;
	case OPT_OUT_FORMAT:
		if (strcmp(arg, "jsonl") && strcmp(arg, "csv"))
			return cli_usage(&cmd_convert, "--format: \"%s\" is not "
			    "jsonl or csv", arg);
		k->csv = strcmp(arg, "csv") == 0;
		return 0;
	default: return cli_usage(&cmd_convert, "unknown option");
	}
}

/* ---- profile -------------------------------------------------------------- */

/* An error at models[i].key, or at key when i < 0, with its position. */
static int
bad_profile(struct convert *k, struct ipw_error *err, int i, const char *key,
    const char *why)
{
	char path[128];

	if (i < 0)
		snprintf(path, sizeof(path), "%s", key);
	else
		snprintf(path, sizeof(path), "models[%d].%s", i, key);
	return jsondoc_error(&k->doc, err, path, why);
}

/* {"value": number|null, "source": text}; NaN for null. */
static int
sourced(struct convert *k, const cJSON *e, int i, const char *key,
    int required, double *v, struct ipw_error *err)
{
	const cJSON *o = cJSON_GetObjectItemCaseSensitive(e, key), *x;

	*v = NAN;
	if (o == NULL)
		return required ? bad_profile(k, err, i, key, "is missing") : 0;
	if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "source")))
		return bad_profile(k, err, i, key, "has no source");
	x = cJSON_GetObjectItemCaseSensitive(o, "value");
	if (cJSON_IsNull(x) && !required)
		return 0;
	if (!cJSON_IsNumber(x) || !isfinite(x->valuedouble) ||
	    x->valuedouble < 0)
		return bad_profile(k, err, i, key, "is not a number >= 0");
	*v = x->valuedouble;
	return 0;
}

/* A model's optional "energy_scope": what the profiled measurements
 * count (prov.h's words). */
static int
profile_scope(struct convert *k, const cJSON *e, int i, const char **scope,
    struct ipw_error *err)
{
	const cJSON *o = cJSON_GetObjectItemCaseSensitive(e, "energy_scope");

	*scope = NULL;
	if (o == NULL)
		return 0;
	if (!cJSON_IsString(o) || prov_scope_parse(o->valuestring,
	    strlen(o->valuestring)) < 0)
		return bad_profile(k, err, i, "energy_scope", "is not "
		    "accelerator, package, system or wall");
	*scope = o->valuestring;
	return 0;
}

static int
load_profile(struct convert *k, struct ipw_error *err)
{
	const cJSON *e, *tpw;
	int i = 0;

	if (jsondoc_read(&k->doc, k->profile_file, err) < 0)
		return -1;
	k->profile = k->doc.root;
	k->tokens_per_word = 1 / 0.75;
	tpw = cJSON_GetObjectItemCaseSensitive(k->profile, "tokens_per_word");
	if (tpw != NULL && sourced(k, k->profile, -1, "tokens_per_word", 1,
	    &k->tokens_per_word, err) < 0)
		return -1;
	cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(k->profile,
	    "models")) {
		struct profile_model *m = &k->m[k->nm];
		if (k->nm == MAX_MODELS)
			return bad_profile(k, err, -1, "models", "too many");
		m->column = cJSON_GetStringValue(
		    cJSON_GetObjectItemCaseSensitive(e, "column"));
		m->model = cJSON_GetStringValue(
		    cJSON_GetObjectItemCaseSensitive(e, "model"));
		m->accel = cJSON_GetStringValue(
		    cJSON_GetObjectItemCaseSensitive(e, "accelerator"));
		if (!m->column || !m->model || !m->accel)
			return bad_profile(k, err, i, "column", "column, model "
			    "and accelerator are needed");
		if (profile_scope(k, e, i, &m->scope, err) < 0)
			return -1;
		if (sourced(k, e, i, "energy_per_output_token_j", 1, &m->e_out,
		    err) < 0 || sourced(k, e, i, "energy_per_input_token_j", 0,
		    &m->e_in, err) < 0 || sourced(k, e, i, "itl_s", 1, &m->itl,
		    err) < 0 || sourced(k, e, i, "ttft_s", 0, &m->ttft, err) < 0 ||
		    sourced(k, e, i, "batch_size", 0, &m->batch, err) < 0 ||
		    sourced(k, e, i, "flops_per_token", 0, &m->flops_per_token,
		    err) < 0 || sourced(k, e, i, "price_in_per_mtok", 0,
		    &m->price_in, err) < 0 || sourced(k, e, i,
		    "price_out_per_mtok", 0, &m->price_out, err) < 0 ||
		    sourced(k, e, i, "output_tokens", 0, &m->tokens_out,
		    err) < 0 || sourced(k, e, i, "accelerators", 0,
		    &m->devices, err) < 0)
			return -1;
		if (!isnan(m->devices) && (m->devices < 1 || m->devices >
		    RECORD_MAX_DEVICES || m->devices != floor(m->devices)))
			return bad_profile(k, err, i, "accelerators", "is not a "
			    "whole number from 1 to 4096");
		k->nm++;
		i++;
	}
	if (k->nm == 0)
		return bad_profile(k, err, -1, "models", "none given");
	return 0;
}

/* ---- exclusions ----------------------------------------------------------- */

static int
load_exclusions(struct convert *k, struct ipw_error *err)
{
	struct input in;
	char *line;
	size_t len;
	int rc;

	if (k->exclude_file == NULL)
		return 0;
	if (input_open(&in, k->exclude_file, 0, err) < 0)
		return -1;
	while ((rc = input_getline(&in, &line, &len, err)) > 0) {
		cJSON *o;
		const char *s;
		char **p;
		if (len == 0)
			continue;
		if (jsonfile_parse(k->exclude_file, line, len, &o, err) < 0) {
			err->line = in.line;
			rc = -1;
			break;
		}
		s = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o,
		    k->exclude_key));
		p = realloc(k->excluded, (k->nexcluded + 1) * sizeof(*p));
		if (s == NULL || p == NULL) {
			cJSON_Delete(o);
			if (p != NULL)
				k->excluded = p;
			ipw_error_set(err, IPW_EX_DATAERR, "no string \"%s\" in "
			    "this line", k->exclude_key);
			ipw_error_at(err, k->exclude_file, in.line, 0);
			rc = -1;
			break;
		}
		k->excluded = p;
		k->excluded[k->nexcluded++] = strdup(s);
		cJSON_Delete(o);
	}
	input_close(&in);
	return rc < 0 ? -1 : 0;
}

static int
excluded(const struct convert *k, const char *text)
{
	for (size_t i = 0; i < k->nexcluded; i++)
		if (k->excluded[i] && strcmp(k->excluded[i], text) == 0)
			return 1;
	return 0;
}

/* ---- rows ----------------------------------------------------------------- */

static double
tokens(const struct convert *k, const char *text)
{
	return ceil((double)words_count(text) * k->tokens_per_word);
}

static int
columns(struct convert *k, struct csv_reader *r, int *text,
    struct ipw_error *err)
{
	*text = -1;
	for (int i = 0; i < r->nfields; i++)
		if (strcmp(r->field[i], k->text_column) == 0)
			*text = i;
	if (*text < 0)
		goto missing;
	for (int j = 0; j < k->nm; j++) {
		struct profile_model *m = &k->m[j];
		char resp[512];
		snprintf(resp, sizeof(resp), "%s%s", m->column, k->suffix);
		m->col = m->resp = -1;
		for (int i = 0; i < r->nfields; i++) {
			if (strcmp(r->field[i], m->column) == 0)
				m->col = i;
			if (strcmp(r->field[i], resp) == 0)
				m->resp = i;
		}
		if (m->col < 0 || (m->resp < 0 && isnan(m->tokens_out))) {
			ipw_error_set(err, IPW_EX_DATAERR, m->col < 0 ?
			    "no column \"%s\"" : "no column \"%s\" (nor an "
			    "output_tokens for the model in the profile)",
			    m->col < 0 ? m->column : resp);
			ipw_error_at(err, k->wide, r->line, 0);
			return -1;
		}
		if (m->resp < 0) {
			struct ipw_error note;
			ipw_error_set(&note, 0, "no column \"%s\": %s's output "
			    "tokens are the profile's output_tokens, %g", resp,
			    m->column, m->tokens_out);
			ipw_error_at(&note, k->wide, r->line, 0);
			ipw_warn(IPW_NOTE, &note);
		}
	}
	k->domain_col = k->dataset_col = -1;
	for (int i = 0; i < r->nfields; i++) {
		int known = i == *text;
		if (!known && strcmp(r->field[i], "domain") == 0) {
			k->domain_col = i;
			known = 1;
		} else if (!known && strcmp(r->field[i], "dataset") == 0) {
			k->dataset_col = i;
			known = 1;
		}
		for (int j = 0; j < k->nm; j++)
			known |= i == k->m[j].col || i == k->m[j].resp;
		if (!known) {
			ipw_error_set(err, IPW_EX_DATAERR, "column \"%s\" is not "
			    "in the profile (add the model, or drop the column)",
			    r->field[i]);
			ipw_error_at(err, k->wide, r->line, r->fcol[i]);
			return -1;
		}
	}
	return 0;
missing:
	ipw_error_set(err, IPW_EX_DATAERR, "no column \"%s\"", k->text_column);
	ipw_error_at(err, k->wide, r->line, 0);
	return -1;
}

static int
truth(const char *s, int *v)
{
	if (!strcmp(s, "True") || !strcmp(s, "true") || !strcmp(s, "1"))
		*v = 1;
	else if (!strcmp(s, "False") || !strcmp(s, "false") || !strcmp(s, "0"))
		*v = 0;
	else
		return -1;
	return 0;
}

static int
emit(const struct convert *k, FILE *fp, const char *id,
    const struct profile_model *m, int ok, double tin, double tout,
    const char *domain, const char *dataset)
{
	struct trace_row r = {
		.query_id = id, .model = m->model, .accelerator = m->accel,
		.correct = ok, .score = NAN, .p_correct = NAN, .ttft_s = NAN,
		.power_w = NAN,
		.energy_j = tout * m->e_out + (isnan(m->e_in) ? 0 :
		    tin * m->e_in),
		.latency_s = tout * m->itl + (isnan(m->ttft) ? 0 : m->ttft),
		.tokens_in = tin, .tokens_out = tout,
		.flops = m->flops_per_token * (tin + tout),
		.cost_usd = (tin * m->price_in + tout * m->price_out) / 1e6,
		.batch_size = m->batch, .domain = domain, .dataset = dataset,
		.accelerators = isnan(m->devices) ? 0 : m->devices,
		/* tokens times a profiled energy per token */
		.energy_source = "modelled", .energy_scope = m->scope,
	};

	return tracewrite_row(fp, k->csv, &r);
}

struct rows {
	struct convert *k;
	struct ipw_error err;
	int failed;
};

static int
write_rows(void *ctx, FILE *fp)
{
	struct rows *w = ctx;
	struct convert *k = w->k;
	struct input in;
	struct csv_reader r;
	int text = -1, rc;
	long row = 0;

	if (input_open(&in, k->wide, 0, &w->err) < 0)
		return w->failed = -1;
	csv_init(&r, &in);
	rc = csv_read(&r, &w->err);
	if (rc == 0) {
		rc = ipw_error_set(&w->err, IPW_EX_DATAERR, "empty table");
		ipw_error_at(&w->err, k->wide, 0, 0);
	}
	if (rc > 0)
		rc = columns(k, &r, &text, &w->err);
	if (rc >= 0)
		tracewrite_header(fp, k->csv);
	while (rc >= 0 && (rc = csv_read(&r, &w->err)) > 0) {
		char id[64];
		double tin;
		row++;
		if (excluded(k, r.field[text]))
			continue;
		snprintf(id, sizeof(id), "%s%04ld", k->id_prefix, row);
		tin = tokens(k, r.field[text]);
		for (int j = 0; j < k->nm; j++) {
			const struct profile_model *m = &k->m[j];
			int ok;
			if (truth(r.field[m->col], &ok) < 0) {
				ipw_error_set(&w->err, IPW_EX_DATAERR, "%s is not "
				    "True or False: \"%.40s\"", m->column,
				    r.field[m->col]);
				ipw_error_at(&w->err, k->wide, r.line,
				    r.fcol[m->col]);
				rc = -1;
				break;
			}
			if (emit(k, fp, id, m, ok, tin, m->resp >= 0 ?
			    tokens(k, r.field[m->resp]) : m->tokens_out,
			    k->domain_col >= 0 && *r.field[k->domain_col] ?
			    r.field[k->domain_col] : NULL, k->dataset_col >= 0 &&
			    *r.field[k->dataset_col] ? r.field[k->dataset_col] :
			    k->dataset) < 0) {
				rc = ipw_error_oom(&w->err);
				break;
			}
		}
	}
	csv_release(&r);
	input_close(&in);
	if (rc < 0)
		w->failed = -1;
	return 0;	/* the caller checks failed and drops the output */
}

/* ---- traces and logs, streamed ------------------------------------------ */

struct stream {
	FILE *fp;
	int csv;
};

static int
write_record(void *ctx, const struct record *r, struct ipw_error *err)
{
	struct stream *st = ctx;

	return tracewrite_record(st->fp, st->csv, r) < 0 ? ipw_error_oom(err) :
	    0;
}

/* The inputs' records, through the readers (and the map), as one trace;
 * nothing is written when any input fails. */
static int
convert_traces(struct convert *k, char **files, int nfiles)
{
	struct outfile out;
	struct ipw_error err;
	struct stream st;
	struct table t;
	int rc;

	if (outfile_open(&out, k->common.output, &err) < 0)
		return cli_fail(&cmd_convert, &err);
	st.fp = out.fp;
	st.csv = k->csv;
	tracewrite_header(out.fp, k->csv);
	k->common.trace.record = write_record;
	k->common.trace.record_ctx = &st;
	table_init(&t);
	rc = cli_load_traces(&k->common, files, nfiles, &t);
	table_release(&t);
	if (rc != 0) {
		outfile_abort(&out);
		return rc;
	}
	if (outfile_commit(&out, &err) < 0)
		return cli_fail(&cmd_convert, &err);
	return 0;
}

/* --wide and --profile: the table joined with the profile. */
static int
convert_wide(struct convert *k)
{
	struct ipw_error err;
	struct outfile out;
	struct rows w;

	memset(&w, 0, sizeof(w));
	w.k = k;
	if (load_profile(k, &err) < 0 || load_exclusions(k, &err) < 0)
		return cli_fail(&cmd_convert, &err);
	if (outfile_open(&out, k->common.output, &err) < 0)
		return cli_fail(&cmd_convert, &err);
	if (write_rows(&w, out.fp), w.failed) {
		outfile_abort(&out);
		return cli_fail(&cmd_convert, &w.err);
	}
	if (outfile_commit(&out, &err) < 0)
		return cli_fail(&cmd_convert, &err);
	return 0;
}

static int
run(int argc, char **argv)
{
	struct convert *k = calloc(1, sizeof(*k));
	int rc;

	if (k == NULL)
		return IPW_EX_SOFTWARE;
	cli_common_init(&k->common, &cmd_convert);
	k->text_column = "prompt";
	k->suffix = "_response";
	k->exclude_key = "eval_prompt";
	k->id_prefix = "q";
	rc = cli_parse(&k->common, argc, argv, longopts, own_option, k, 2);
	if (rc == 0 && k->common.help)
		rc = cli_help(&cmd_convert);
	else if (rc == 0) {
		cli_watch_warnings(&k->common);
		if (k->wide != NULL || k->profile_file != NULL) {
			if (k->wide == NULL || k->profile_file == NULL)
				rc = cli_usage(&cmd_convert, "--wide and "
				    "--profile go together");
			else if (optind < argc || k->common.map_file != NULL)
				rc = cli_usage(&cmd_convert, "--wide reads its "
				    "table, not traces or --map");
			else
				rc = convert_wide(k);
		} else if (optind == argc)
			rc = cli_usage(&cmd_convert, "no input given (traces, "
			    "logs with --map, or --wide and --profile)");
		else
			rc = convert_traces(k, argv + optind, argc - optind);
	}
	for (size_t i = 0; i < k->nexcluded; i++)
		free(k->excluded[i]);
	free(k->excluded);
	jsondoc_release(&k->doc);
	cli_common_release(&k->common);
	free(k);
	return rc;
}

const struct cmd cmd_convert = {
	"convert",
	"write traces, any per-query log (by a map) or a wide table as a "
	"canonical trace",
	usage,
	run,
};

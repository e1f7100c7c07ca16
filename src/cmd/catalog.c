/* ipwsim catalog: print the catalog of models and accelerators. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cmds.h"
#include "output.h"

static const char usage[] =
"usage: ipwsim catalog [options]\n"
"\n"
"Print the models and accelerators ipwsim knows, after merging the\n"
"installed catalog.json with any --catalog files. Every value has a source;\n"
"unknown values are shown as - (table), empty (csv) or null (json).\n"
"\n"
"Options:\n"
"  --catalog FILE        add catalog entries, or override fields (repeat)\n"
"  --template KIND       print instead a catalog file with one entry to fill\n"
"                        in, KIND model or accelerator: every value null\n"
"                        with a source to write; it loads with --catalog\n"
"                        as it is (unknown values stay unknown)\n"
"  --format F            table (default); csv (one row per value: kind,\n"
"                        name, field, value, source); or json (the merged\n"
"                        catalog)\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  -h, --help            show this help\n"
"\n"
"Environment: IPWSIM_DATADIR names the directory holding catalog.json.\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 bad catalog, 66 cannot open it,\n"
"73 cannot create output, 74 I/O error.\n";

enum { OPT_TEMPLATE = OPT_FIRST_COMMAND_OWN };

static const struct option longopts[] = {
	{ "template", required_argument, NULL, OPT_TEMPLATE },
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

struct catalog_cmd {
	struct cli_common common;
	struct catalog cat;
	const char *template;	/* "model" or "accelerator" */
};

static int
own_option(void *ctx, int opt, const char *arg)
{
	struct catalog_cmd *k = ctx;

	if (opt != OPT_TEMPLATE)
		return cli_usage(&cmd_catalog, "unknown option");
	if (strcmp(arg, "model") && strcmp(arg, "accelerator"))
		return cli_usage(&cmd_catalog, "--template: \"%s\" is not model "
		    "or accelerator", arg);
	k->template = arg;
	return 0;
}

/* {"value": null, "source": what to write there}. */
static void
unknown(cJSON *e, const char *key, const char *what)
{
	cJSON *o = cJSON_AddObjectToObject(e, key);
	char src[400];

	snprintf(src, sizeof(src), "TODO: %s; cite where it comes from (a "
	    "datasheet, model card or paper, with its page or table), or "
	    "write 'unknown: ' and why", what);
	cJSON_AddNullToObject(o, "value");
	cJSON_AddStringToObject(o, "source", src);
}

/* A catalog file holding one entry to fill in. */
static int
write_template(void *ctx, FILE *fp)
{
	const struct catalog_cmd *k = ctx;
	cJSON *root = cJSON_CreateObject(), *list, *e;
	int model = strcmp(k->template, "model") == 0;

	cJSON_AddStringToObject(root, "schema", "ipwsim-catalog/1");
	cJSON_AddStringToObject(root, "about", "A catalog entry to fill in, "
	    "then give with --catalog FILE. Every value is {value, source}: "
	    "replace each null with the number and each TODO with its source; "
	    "a value left null is unknown. Add names the traces use to "
	    "aliases. Units: see ipwsim-catalog(1).");
	list = cJSON_AddArrayToObject(root, model ? "models" :
	    "accelerators");
	e = cJSON_CreateObject();
	cJSON_AddItemToArray(list, e);
	if (model) {
		cJSON_AddStringToObject(e, "name", "NEW-MODEL");
		cJSON_AddItemToObject(e, "aliases", cJSON_CreateArray());
		cJSON_AddStringToObject(e, "family", "NEW-FAMILY");
		unknown(e, "params_total_b", "total parameters, billions");
		unknown(e, "params_active_b", "parameters active per token, "
		    "billions (the total for a dense model)");
		unknown(e, "release", "release month, \"YYYY-MM\" as a string");
		unknown(e, "precision", "the released weights' precision "
		    "(bf16, fp8, mxfp4, q4_k, ...: ipwsim-catalog(1))");
		unknown(e, "price_in_per_mtok", "input price, USD per million "
		    "tokens");
		unknown(e, "price_out_per_mtok", "output price, USD per million "
		    "tokens");
		unknown(e, "experts", "experts per MoE layer (a dense model: "
		    "leave it out)");
		unknown(e, "experts_active", "experts active per token");
		unknown(e, "layers", "decoder layers (config.json "
		    "num_hidden_layers)");
		unknown(e, "kv_bytes_per_token", "KV cache bytes a context "
		    "token adds over the layers attending to all of the context "
		    "(2 x layers x KV heads x head dim x 2 for a 16-bit cache)");
		unknown(e, "kv_window_bytes_per_token", "the same over layers "
		    "attending to a window (leave it out if none)");
		unknown(e, "kv_window_tokens", "that window, tokens");
		unknown(e, "state_bytes_per_sequence", "a recurrent (SSM) "
		    "state, bytes a sequence (leave it out if none)");
	} else {
		cJSON_AddStringToObject(e, "name", "NEW-ACCELERATOR");
		cJSON_AddItemToObject(e, "aliases", cJSON_CreateArray());
		cJSON_AddStringToObject(e, "tier", "local");
		unknown(e, "memory_gb", "memory, GB");
		unknown(e, "bandwidth_gbs", "memory bandwidth, GB/s");
		unknown(e, "peak_tflops_bf16", "dense BF16 peak, TFLOP/s");
		unknown(e, "tdp_w", "TDP or board power, W");
		unknown(e, "idle_w", "one device idle with a model loaded, W; "
		    "add \"basis\": measured, vendor or assumed");
		unknown(e, "system_idle_w", "a local device's whole system "
		    "idle at the wall, W (leave it out for the cloud tier)");
		unknown(e, "system_active_w", "a local device's whole system "
		    "while it serves a model, W");
		unknown(e, "price_per_hour_usd", "rental, USD per hour");
		unknown(e, "device_price_usd", "purchase price, USD");
		unknown(e, "lifetime_years", "service life, years");
		unknown(e, "pue", "facility PUE, if a device property");
	}
	cJSON_AddStringToObject(e, "note", "tier is local or cloud; delete "
	    "this note");
	return out_json(fp, root);
}

/* " %*.0f", or "-" in that width when unknown. */
static void
whole(FILE *fp, int width, double v)
{
	if (isnan(v))
		fprintf(fp, " %*s", width, "-");
	else
		fprintf(fp, " %*.0f", width, v);
}

static int
write_table(void *ctx, FILE *fp)
{
	const struct catalog *cat = ctx;
	fprintf(fp, "models (parameters in billions, prices in USD per 1M "
	    "tokens; weights: the released precision; kv_B: KV cache bytes "
	    "a context token adds, all layers, '+' when some attend to a "
	    "window; state: bytes a sequence)\n"
	    "%-26s %-15s %8s %8s %8s %-7s %8s %8s %6s %9s %11s\n", "name",
	    "family", "total_b", "active_b", "release", "weights", "in", "out",
	    "layers", "kv_B", "state");
	for (int i = 0; i < cat->nmodels; i++) {
		const struct catalog_model *m = &cat->models[i];
		double kv = m->kv_token >= 0 || m->kv_win_token >= 0 ?
		    (m->kv_token >= 0 ? m->kv_token : 0) + (m->kv_win_token >= 0
		    ? m->kv_win_token : 0) : NAN;
		fprintf(fp, "%-26s %-15s", m->name, m->family ? m->family : "-");
		out_num(fp, 8, m->params_total_b);
		out_num(fp, 8, m->params_active_b);
		fprintf(fp, " %8s %-7s", m->release ? m->release : "-",
		    m->precision ? m->precision : "-");
		out_num(fp, 8, m->price_in);
		out_num(fp, 8, m->price_out);
		out_num(fp, 6, m->layers);
		whole(fp, 9, kv);
		fputs(m->kv_win_token > 0 ? "+" : " ", fp);
		whole(fp, 10, m->state);
		fputc('\n', fp);
	}
	fprintf(fp, "\naccelerators (GB, GB/s, dense BF16 TFLOP/s, W; idle: "
	    "one device; sys_idle, sys_active: a local device's whole "
	    "system)\n%-24s %-5s %7s %8s %8s %7s %7s %-9s %8s %10s\n", "name",
	    "tier", "memory", "bandwid", "peak", "tdp", "idle", "basis",
	    "sys_idle", "sys_active");
	for (int i = 0; i < cat->naccels; i++) {
		const struct catalog_accel *a = &cat->accels[i];
		const char *basis = catalog_value_text(a->json, "idle_w",
		    "basis");
		fprintf(fp, "%-24s %-5s", a->name, a->tier == TIER_LOCAL ?
		    "local" : "cloud");
		out_num(fp, 7, a->memory_gb);
		out_num(fp, 8, a->bandwidth_gbs);
		out_num(fp, 8, a->peak_tflops);
		out_num(fp, 7, a->tdp_w);
		out_num(fp, 7, a->idle_w);
		fprintf(fp, " %-9s", isnan(a->idle_w) ? "-" : basis != NULL ?
		    basis : "unstated");
		out_num(fp, 8, a->system_idle_w);
		out_num(fp, 10, a->system_active_w);
		fputc('\n', fp);
	}
	fputs("\nbasis: measured (a public measurement), vendor (a vendor's "
	    "figure) or assumed (its source, in --format csv or json, says how "
	    "it was made)\n", fp);
	return 0;
}

/* One row per value of an entry; a bare number's source is its file. */
static void
csv_entry(FILE *fp, const char *kind, const cJSON *e, const char *file)
{
	const cJSON *f;
	const char *name = cJSON_GetStringValue(cJSON_GetObjectItem(e, "name"));

	cJSON_ArrayForEach(f, e) {
		const cJSON *v = cJSON_GetObjectItem(f, "value");
		const cJSON *src = cJSON_GetObjectItem(f, "source");
		if (cJSON_IsNumber(f)) {
			v = f;
			src = NULL;
		} else if (!cJSON_IsObject(f))
			continue;
		fprintf(fp, "%s,", kind);
		out_csv_text(fp, name);
		fprintf(fp, ",%s,", f->string);
		if (cJSON_IsNumber(v))
			fprintf(fp, "%.10g", v->valuedouble);
		else if (cJSON_IsString(v))
			out_csv_text(fp, v->valuestring);
		fputc(',', fp);
		if (src != NULL && catalog_value_text(e, f->string, "basis"))
			fputs(catalog_value_text(e, f->string, "basis"), fp);
		fputc(',', fp);
		out_csv_text(fp, cJSON_IsString(src) ? src->valuestring : file);
		fputc('\n', fp);
	}
}

static int
write_csv(void *ctx, FILE *fp)
{
	const struct catalog *cat = ctx;
	fputs("kind,name,field,value,basis,source\n", fp);
	for (int i = 0; i < cat->nmodels; i++)
		csv_entry(fp, "model", cat->models[i].json,
		    cat->models[i].file);
	for (int i = 0; i < cat->naccels; i++)
		csv_entry(fp, "accelerator", cat->accels[i].json,
		    cat->accels[i].file);
	return 0;
}

static int
write_json(void *ctx, FILE *fp)
{
	const struct catalog *cat = ctx;
	cJSON *root = cJSON_CreateObject();
	cJSON *m = cJSON_AddArrayToObject(root, "models");
	cJSON *a = cJSON_AddArrayToObject(root, "accelerators");

	cJSON_AddStringToObject(root, "schema", "ipwsim-catalog/1");
	for (int i = 0; i < cat->nmodels; i++)
		cJSON_AddItemToArray(m, cJSON_Duplicate(cat->models[i].json, 1));
	for (int i = 0; i < cat->naccels; i++)
		cJSON_AddItemToArray(a, cJSON_Duplicate(cat->accels[i].json, 1));
	return out_json(fp, root);
}

static const struct cli_writers writers = { write_table, write_csv,
	write_json };

static int
run(int argc, char **argv)
{
	struct catalog_cmd k;
	int rc, done;

	memset(&k, 0, sizeof(k));
	cli_common_init(&k.common, &cmd_catalog);
	catalog_init(&k.cat);
	rc = cli_start(&k.common, argc, argv, longopts, own_option, &k,
	    &k.cat, NULL, &done);
	if (!done && k.template != NULL)
		rc = cli_write_output(&k.common, write_template, &k);
	else if (!done)
		rc = cli_write_report(&k.common, &writers, &k.cat);
	catalog_release(&k.cat);
	return rc;
}

const struct cmd cmd_catalog = {
	"catalog",
	"print the models and accelerators, with the source of every value",
	usage,
	run,
};

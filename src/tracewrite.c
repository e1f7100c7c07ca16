#include "config.h"

#include <math.h>

#include "output.h"
#include "tracewrite.h"

void
tracewrite_header(FILE *fp, int csv)
{
	if (csv)
		fputs("query_id,model,accelerator,correct,energy_j,latency_s,"
		    "tokens_in,tokens_out,flops,cost_usd,batch_size,domain,"
		    "dataset\n", fp);
}

static void
csv_text(FILE *fp, const char *s)
{
	fputc(',', fp);
	if (s != NULL)
		out_csv_text(fp, s);
}

static void
json_text(FILE *fp, const char *key, const char *s)
{
	if (s == NULL)
		return;
	fprintf(fp, ",\"%s\":", key);
	out_json_text(fp, s);
}

static void
json_num(FILE *fp, const char *key, int whole, double v)
{
	if (isnan(v))
		return;
	if (whole)
		fprintf(fp, ",\"%s\":%.0f", key, v);
	else
		fprintf(fp, ",\"%s\":%.10g", key, v);
}

void
tracewrite_row(FILE *fp, int csv, const struct trace_row *r)
{
	if (csv) {
		out_csv_text(fp, r->query_id);
		csv_text(fp, r->model);
		csv_text(fp, r->accelerator);
		fprintf(fp, ",%d", r->correct);
		out_csv_num(fp, r->energy_j);
		out_csv_num(fp, r->latency_s);
		fprintf(fp, ",%.0f,%.0f", r->tokens_in, r->tokens_out);
		out_csv_num(fp, r->flops);
		out_csv_num(fp, r->cost_usd);
		out_csv_num(fp, r->batch_size);
		csv_text(fp, r->domain);
		csv_text(fp, r->dataset);
		fputc('\n', fp);
		return;
	}
	fputs("{\"query_id\":", fp);
	out_json_text(fp, r->query_id);
	json_text(fp, "model", r->model);
	json_text(fp, "accelerator", r->accelerator);
	fprintf(fp, ",\"correct\":%s,\"energy_j\":%.10g,\"latency_s\":%.10g,"
	    "\"tokens_in\":%.0f,\"tokens_out\":%.0f", r->correct ? "true" :
	    "false", r->energy_j, r->latency_s, r->tokens_in, r->tokens_out);
	json_num(fp, "flops", 0, r->flops);
	json_num(fp, "cost_usd", 0, r->cost_usd);
	json_num(fp, "batch_size", 1, r->batch_size);
	json_text(fp, "domain", r->domain);
	json_text(fp, "dataset", r->dataset);
	fputs("}\n", fp);
}

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "prov.h"
#include "record.h"
#include "precision.h"
#include "tracewrite.h"

/* Rows are built in a buffer and written once: millions of them (synth)
 * make stdio's per-call cost the bottleneck. */
#define ROW_STACK 1024

void
tracewrite_header(FILE *fp, int csv)
{
	if (csv)
		fputs("query_id,model,accelerator,correct,score,p_correct,"
		    "energy_j,latency_s,ttft_s,tokens_in,tokens_out,power_w,"
		    "flops,cost_usd,batch_size,domain,dataset,energy_source,"
		    "energy_scope,precision,accelerators\n", fp);
}

struct buf {
	char stack[ROW_STACK];
	char *b;
	size_t n, cap;
	int oom;
};

/* Room for len more bytes; 0, or -1 when out of memory. */
static int
room(struct buf *b, size_t len)
{
	char *p;
	size_t cap;

	if (b->n + len <= b->cap)
		return 0;
	if (b->oom)
		return -1;
	cap = 2 * (b->n + len);
	p = b->b == b->stack ? malloc(cap) : realloc(b->b, cap);
	if (p == NULL) {
		b->oom = 1;
		return -1;
	}
	if (b->b == b->stack)
		memcpy(p, b->stack, b->n);
	b->b = p;
	b->cap = cap;
	return 0;
}

static inline void
put(struct buf *b, const char *s, size_t len)
{
	if (room(b, len) == 0) {
		memcpy(b->b + b->n, s, len);
		b->n += len;
	}
}

static void
put_s(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void
put_num(struct buf *b, double v)
{
	if (room(b, 40) == 0)
		b->n = (size_t)(out_g10(b->b + b->n, v) - b->b);
}

/* A whole number (tokens, batch), as "%.0f" writes it. */
static void
put_whole(struct buf *b, double v)
{
	if (room(b, 40) < 0)
		return;
	if (v >= 0 && v < 1e15 && v == floor(v)) {
		char d[20];
		int k = 0;
		unsigned long long u = (unsigned long long)v;
		do
			d[k++] = (char)('0' + u % 10);
		while ((u /= 10) != 0);
		while (k > 0)
			b->b[b->n++] = d[--k];
		return;
	}
	b->n += (size_t)snprintf(b->b + b->n, 40, "%.0f", v);
}

/* A CSV field after a comma (none when first); NULL is empty. */
static void
csv_text(struct buf *b, const char *s, int first)
{
	if (!first)
		put(b, ",", 1);
	if (s == NULL)
		return;
	if (strpbrk(s, ",\"\r\n") == NULL) {
		put_s(b, s);
		return;
	}
	put(b, "\"", 1);
	for (; *s; s++) {
		if (*s == '"')
			put(b, "\"", 1);
		put(b, s, 1);
	}
	put(b, "\"", 1);
}

static void
csv_num(struct buf *b, double v)
{
	put(b, ",", 1);
	if (!isnan(v))
		put_num(b, v);
}

static void
json_string(struct buf *b, const char *s)
{
	put(b, "\"", 1);
	while (*s) {
		size_t run = 0;
		unsigned char c;
		char esc[8];
		while ((c = (unsigned char)s[run]) != '\0' && c >= 0x20 &&
		    c != '"' && c != '\\')
			run++;
		put(b, s, run);
		s += run;
		if ((c = (unsigned char)*s) == '\0')
			break;
		if (c == '"' || c == '\\') {
			esc[0] = '\\';
			esc[1] = (char)c;
			put(b, esc, 2);
		} else {
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			put(b, esc, 6);
		}
		s++;
	}
	put(b, "\"", 1);
}

/* ,"key": */
static void
json_key(struct buf *b, const char *key)
{
	put(b, ",\"", 2);
	put_s(b, key);
	put(b, "\":", 2);
}

static void
json_text(struct buf *b, const char *key, const char *s)
{
	if (s == NULL)
		return;
	json_key(b, key);
	json_string(b, s);
}

static void
json_num(struct buf *b, const char *key, int whole, double v)
{
	if (isnan(v))
		return;
	json_key(b, key);
	if (whole)
		put_whole(b, v);
	else
		put_num(b, v);
}

int
tracewrite_row(FILE *fp, int csv, const struct trace_row *r)
{
	struct buf b;

	b.b = b.stack;
	b.n = 0;
	b.cap = sizeof(b.stack);
	b.oom = 0;
	if (csv) {
		csv_text(&b, r->query_id, 1);
		csv_text(&b, r->model, 0);
		csv_text(&b, r->accelerator, 0);
		put(&b, r->correct ? ",1" : ",0", 2);
		csv_num(&b, r->score);
		csv_num(&b, r->p_correct);
		csv_num(&b, r->energy_j);
		csv_num(&b, r->latency_s);
		csv_num(&b, r->ttft_s);
		put(&b, ",", 1);
		put_whole(&b, r->tokens_in);
		put(&b, ",", 1);
		put_whole(&b, r->tokens_out);
		csv_num(&b, r->power_w);
		csv_num(&b, r->flops);
		csv_num(&b, r->cost_usd);
		csv_num(&b, r->batch_size);
		csv_text(&b, r->domain, 0);
		csv_text(&b, r->dataset, 0);
		csv_text(&b, r->energy_source, 0);
		csv_text(&b, r->energy_scope, 0);
		csv_text(&b, r->precision, 0);
		csv_num(&b, r->accelerators > 0 ? r->accelerators : NAN);
	} else {
		put(&b, "{\"query_id\":", 12);
		json_string(&b, r->query_id);
		json_text(&b, "model", r->model);
		json_text(&b, "accelerator", r->accelerator);
		put_s(&b, r->correct ? ",\"correct\":true" :
		    ",\"correct\":false");
		json_num(&b, "score", 0, r->score);
		json_num(&b, "p_correct", 0, r->p_correct);
		json_num(&b, "energy_j", 0, r->energy_j);
		json_num(&b, "latency_s", 0, r->latency_s);
		json_num(&b, "ttft_s", 0, r->ttft_s);
		json_num(&b, "tokens_in", 1, r->tokens_in);
		json_num(&b, "tokens_out", 1, r->tokens_out);
		json_num(&b, "power_w", 0, r->power_w);
		json_num(&b, "flops", 0, r->flops);
		json_num(&b, "cost_usd", 0, r->cost_usd);
		json_num(&b, "batch_size", 1, r->batch_size);
		json_text(&b, "domain", r->domain);
		json_text(&b, "dataset", r->dataset);
		json_text(&b, "energy_source", r->energy_source);
		json_text(&b, "energy_scope", r->energy_scope);
		json_text(&b, "precision", r->precision);
		json_num(&b, "accelerators", 1, r->accelerators > 0 ?
		    r->accelerators : NAN);
		put(&b, "}", 1);
	}
	put(&b, "\n", 1);
	if (!b.oom)
		fwrite(b.b, 1, b.n, fp);
	if (b.b != b.stack)
		free(b.b);
	return b.oom ? -1 : 0;
}

/* A text field of r as a NUL-terminated copy in buf; NULL when unset. */
static const char *
text_of(const struct record *r, int f, char *buf)
{
	if (!REC_HAS(r, f))
		return NULL;
	memcpy(buf, r->text[f], r->text_len[f]);
	buf[r->text_len[f]] = '\0';
	return buf;
}

static double
num_of(const struct record *r, int f)
{
	return REC_HAS(r, f) ? r->num[f] : NAN;
}

int
tracewrite_record(FILE *fp, int csv, const struct record *r)
{
	static char text[5][RECORD_MAX_TEXT + 1];
	size_t np;
	struct trace_row t = {
		.query_id = text_of(r, RF_QUERY_ID, text[0]),
		.model = text_of(r, RF_MODEL, text[1]),
		.accelerator = text_of(r, RF_ACCELERATOR, text[2]),
		.correct = r->num[RF_CORRECT] != 0,
		.score = num_of(r, RF_SCORE),
		.p_correct = num_of(r, RF_P_CORRECT),
		.energy_j = r->num[RF_ENERGY],
		.latency_s = num_of(r, RF_LATENCY),
		.ttft_s = num_of(r, RF_TTFT),
		.tokens_in = r->num[RF_TOKENS_IN],
		.tokens_out = r->num[RF_TOKENS_OUT],
		.power_w = num_of(r, RF_POWER),
		.flops = num_of(r, RF_FLOPS),
		.cost_usd = num_of(r, RF_COST),
		.batch_size = num_of(r, RF_BATCH),
		.domain = text_of(r, RF_DOMAIN, text[3]),
		.dataset = text_of(r, RF_DATASET, text[4]),
		.energy_source = REC_HAS(r, RF_ENERGY_SOURCE) ?
		    prov_source_name((int)r->num[RF_ENERGY_SOURCE]) : NULL,
		.energy_scope = REC_HAS(r, RF_ENERGY_SCOPE) ?
		    prov_scope_name((int)r->num[RF_ENERGY_SCOPE]) : NULL,
		.precision = REC_HAS(r, RF_PRECISION) ?
		    precision_table(&np)[(int)r->num[RF_PRECISION]].name :
		    NULL,
		.accelerators = REC_HAS(r, RF_ACCELERATORS) ?
		    r->num[RF_ACCELERATORS] : 0,
	};

	return tracewrite_row(fp, csv, &t);
}

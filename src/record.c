#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pthread.h>

#include "jsonstrict.h"
#include "precision.h"
#include "prov.h"
#include "record.h"

/* Largest token count and batch size accepted: they are stored in 32 and
 * 16 bits. */
#define MAX_TOKENS 4294967295.0
#define MAX_BATCH 65535.0

#define F(name, kind, required) { name, sizeof(name) - 1, kind, required }

const struct rec_field_info rec_fields[RF_COUNT] = {
	[RF_QUERY_ID] = F("query_id", RK_TEXT, 1),
	[RF_MODEL] = F("model", RK_TEXT, 1),
	[RF_ACCELERATOR] = F("accelerator", RK_TEXT, 1),
	[RF_CORRECT] = F("correct", RK_BOOL, 0),
	[RF_SCORE] = F("score", RK_REAL, 0),
	[RF_ENERGY] = F("energy_j", RK_REAL, 1),
	[RF_LATENCY] = F("latency_s", RK_REAL, 0),
	[RF_TTFT] = F("ttft_s", RK_REAL, 0),
	[RF_TOKENS_IN] = F("tokens_in", RK_COUNT, 1),
	[RF_TOKENS_OUT] = F("tokens_out", RK_COUNT, 1),
	[RF_POWER] = F("power_w", RK_REAL, 0),
	[RF_FLOPS] = F("flops", RK_REAL, 0),
	[RF_COST] = F("cost_usd", RK_REAL, 0),
	[RF_BATCH] = F("batch_size", RK_COUNT, 0),
	[RF_DOMAIN] = F("domain", RK_TEXT, 0),
	[RF_DATASET] = F("dataset", RK_TEXT, 0),
	[RF_P_CORRECT] = F("p_correct", RK_REAL, 0),
	[RF_ENERGY_SOURCE] = F("energy_source", RK_ENUM, 0),
	[RF_ENERGY_SCOPE] = F("energy_scope", RK_ENUM, 0),
	[RF_PRECISION] = F("precision", RK_ENUM, 0),
	[RF_ACCELERATORS] = F("accelerators", RK_COUNT, 0),
};

int
record_field(const char *name, size_t len)
{
	/* Called for every key of every record: the fields of this length,
	 * each as 1 + its index (0 ends a row; test_prov checks every name
	 * and near misses), then their bytes. */
	static const signed char by_len[14][5] = {
		[5] = { RF_MODEL + 1, RF_SCORE + 1, RF_FLOPS + 1 },
		[6] = { RF_TTFT + 1, RF_DOMAIN + 1 },
		[7] = { RF_CORRECT + 1, RF_POWER + 1, RF_DATASET + 1 },
		[8] = { RF_QUERY_ID + 1, RF_ENERGY + 1, RF_COST + 1 },
		[9] = { RF_LATENCY + 1, RF_TOKENS_IN + 1, RF_P_CORRECT + 1,
			RF_PRECISION + 1 },
		[10] = { RF_TOKENS_OUT + 1, RF_BATCH + 1 },
		[11] = { RF_ACCELERATOR + 1 },
		[12] = { RF_ENERGY_SCOPE + 1, RF_ACCELERATORS + 1 },
		[13] = { RF_ENERGY_SOURCE + 1 },
	};

	if (len >= sizeof(by_len) / sizeof(by_len[0]))
		return -1;
	for (const signed char *f = by_len[len]; *f != 0; f++)
		if (record_same_bytes(rec_fields[*f - 1].name, name, len))
			return *f - 1;
	return -1;
}

void
record_clear(struct record *r)
{
	r->have = 0;
}

static int
check_number(int field, double v, const char **why)
{
	if (!isfinite(v)) {
		*why = "is not a finite number";
		return -1;
	}
	if (v < 0) {
		*why = "is negative";
		return -1;
	}
	switch (field) {
	case RF_SCORE:
		if (v > 1) {
			*why = "is above 1 (a score lies in 0..1)";
			return -1;
		}
		break;
	case RF_P_CORRECT:
		if (v > 1) {
			*why = "is above 1 (a probability lies in 0..1)";
			return -1;
		}
		break;
	case RF_CORRECT:
		if (v != 0 && v != 1) {
			*why = "is not 0, 1, true or false";
			return -1;
		}
		break;
	case RF_ACCELERATORS:
		if (v != floor(v) || v < 1 || v > RECORD_MAX_DEVICES) {
			*why = "is not a whole number from 1 to 4096";
			return -1;
		}
		break;
	case RF_TOKENS_IN:
	case RF_TOKENS_OUT:
	case RF_BATCH:
		if (v != floor(v)) {
			*why = "is not a whole number";
			return -1;
		}
		if (v > (field == RF_BATCH ? MAX_BATCH : MAX_TOKENS)) {
			*why = "is too large";
			return -1;
		}
		if (field == RF_BATCH && v < 1) {
			*why = "is below 1";
			return -1;
		}
		break;
	default:
		break;
	}
	return 0;
}

int
record_set_number(struct record *r, int field, double v, const char **why)
{
	if (rec_fields[field].kind == RK_TEXT ||
	    rec_fields[field].kind == RK_ENUM) {
		*why = "is a number, expected a string";
		return -1;
	}
	if (check_number(field, v, why) < 0)
		return -1;
	r->num[field] = v;
	r->have |= 1u << field;
	return 0;
}

/* "is not one of ..." every precision, made once. */
static pthread_once_t precision_once = PTHREAD_ONCE_INIT;
static char precision_why[600];

static void
make_precision_why(void)
{
	size_t n = (size_t)snprintf(precision_why, sizeof(precision_why),
	    "is not a known precision: ");
	precision_list(precision_why + n, sizeof(precision_why) - n);
}

/* The precision named s[0..len): its index in precision_table, or -1. */
static int
precision_index(const char *s, size_t len)
{
	char name[32];
	const struct precision *p, *table;
	size_t n;

	if (len == 0 || len >= sizeof(name))
		return -1;
	memcpy(name, s, len);
	name[len] = '\0';
	if ((p = precision_find(name)) == NULL)
		return -1;
	table = precision_table(&n);
	return (int)(p - table);
}

/* energy_source, energy_scope: one word of prov.h's vocabulary;
 * precision: one of precision.h's. */
static int
set_enum(struct record *r, int field, const char *s, size_t len,
    const char **why)
{
	int v = field == RF_PRECISION ? precision_index(s, len) :
	    field == RF_ENERGY_SOURCE ? prov_source_parse(s, len) :
	    prov_scope_parse(s, len);

	if (v < 0 && field == RF_PRECISION) {
		pthread_once(&precision_once, make_precision_why);
		*why = precision_why;
		return -1;
	}
	if (v < 0) {
		*why = field == RF_ENERGY_SOURCE ? "is not measured, "
		    "estimated, modelled or assumed" : "is not accelerator, "
		    "package, system or wall";
		return -1;
	}
	r->num[field] = v;
	r->have |= 1u << field;
	return 0;
}

int
record_set_string(struct record *r, int field, const char *s, size_t len,
    const char **why)
{
	if (rec_fields[field].kind == RK_ENUM)
		return set_enum(r, field, s, len, why);
	if (rec_fields[field].kind != RK_TEXT) {
		*why = rec_fields[field].kind == RK_BOOL ?
		    "is a string, expected true, false, 0 or 1" :
		    "is a string, expected a number";
		return -1;
	}
	if (len == 0) {
		*why = "is empty";
		return -1;
	}
	if (len > RECORD_MAX_TEXT) {
		*why = "is longer than 4096 bytes";
		return -1;
	}
	r->text[field] = s;
	r->text_len[field] = len;
	r->have |= 1u << field;
	return 0;
}

static int
parse_bool(const char *s, size_t len, double *v)
{
	static const char *const yes[] = { "1", "true", "True", "TRUE" };
	static const char *const no[] = { "0", "false", "False", "FALSE" };

	for (size_t i = 0; i < 4; i++) {
		if (strlen(yes[i]) == len && memcmp(yes[i], s, len) == 0) {
			*v = 1;
			return 0;
		}
		if (strlen(no[i]) == len && memcmp(no[i], s, len) == 0) {
			*v = 0;
			return 0;
		}
	}
	return -1;
}

/* A cell holding a JSON number, nothing else (jsonstrict's rule). */
static int
parse_real(const char *s, size_t len, double *v, const char **why)
{
	char *end;
	int rc;

	if (jsonstrict_scan_number(s, s + len, v) == s + len)
		return 0;	/* one pass; the rest says what is wrong */
	if ((rc = jsonstrict_parse_number(s, len, v)) == 0)
		return 0;
	if (rc > 0)
		*why = "is out of range";
	else {
		*v = strtod(s, &end);	/* "inf", "nan": say so */
		*why = end == s + len && !isfinite(*v) ?
		    "is not a finite number" : "is not a number";
	}
	return -1;
}

int
record_set_text(struct record *r, int field, const char *s, size_t len,
    const char **why)
{
	double v;

	if (rec_fields[field].kind == RK_TEXT ||
	    rec_fields[field].kind == RK_ENUM)
		return len == 0 && !rec_fields[field].required ? 0 :
		    record_set_string(r, field, s, len, why);
	if (len == 0) {
		if (!rec_fields[field].required)
			return 0;
		*why = "is empty";
		return -1;
	}
	if (rec_fields[field].kind == RK_BOOL) {
		if (parse_bool(s, len, &v) < 0) {
			*why = "is not 0, 1, true or false";
			return -1;
		}
	} else if (parse_real(s, len, &v, why) < 0)
		return -1;
	return record_set_number(r, field, v, why);
}

/* The fields every record needs (correct among them, which a score may
 * give), as bits, from the table above; made once. */
static pthread_once_t need_once = PTHREAD_ONCE_INIT;
static uint32_t need_mask;

static void
make_need(void)
{
	for (int f = 0; f < RF_COUNT; f++)
		if (rec_fields[f].required || f == RF_CORRECT)
			need_mask |= 1u << f;
}

int
record_finish(struct record *r, double score_threshold, int *missing)
{
	if (!REC_HAS(r, RF_CORRECT) && REC_HAS(r, RF_SCORE)) {
		r->num[RF_CORRECT] = r->num[RF_SCORE] >= score_threshold;
		r->have |= 1u << RF_CORRECT;
	}
	uint32_t need;

	pthread_once(&need_once, make_need);
	need = need_mask;
	if ((r->have & need) == need)
		return 0;
	for (int f = 0; f < RF_COUNT; f++) {
		if ((need >> f & 1u) && !REC_HAS(r, f)) {
			*missing = f;
			return -1;
		}
	}
	return 0;
}

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonstrict.h"
#include "output.h"
#include "strtab.h"
#include "suggest.h"
#include "tracemap.h"

/* ---- units ------------------------------------------------------------ */

enum family { FAM_NONE, FAM_TIME, FAM_ENERGY, FAM_POWER };

static const struct unit {
	const char *name;
	enum family family;
	double factor;		/* to s, J or W */
} units[] = {
	{ "s", FAM_TIME, 1 }, { "ms", FAM_TIME, 1e-3 },
	{ "us", FAM_TIME, 1e-6 }, { "ns", FAM_TIME, 1e-9 },
	{ "min", FAM_TIME, 60 }, { "h", FAM_TIME, 3600 },
	{ "J", FAM_ENERGY, 1 }, { "mJ", FAM_ENERGY, 1e-3 },
	{ "uJ", FAM_ENERGY, 1e-6 }, { "kJ", FAM_ENERGY, 1e3 },
	{ "Wh", FAM_ENERGY, 3600 }, { "kWh", FAM_ENERGY, 3.6e6 },
	{ "W", FAM_POWER, 1 }, { "mW", FAM_POWER, 1e-3 },
	{ "kW", FAM_POWER, 1e3 },
};

static const char *const family_units[] = {
	[FAM_TIME] = "s, ms, us, ns, min or h",
	[FAM_ENERGY] = "J, mJ, uJ, kJ, Wh or kWh",
	[FAM_POWER] = "W, mW or kW",
};

static enum family
field_family(int f)
{
	switch (f) {
	case RF_LATENCY: case RF_TTFT: return FAM_TIME;
	case RF_ENERGY: return FAM_ENERGY;
	case RF_POWER: return FAM_POWER;
	default: return FAM_NONE;
	}
}

/* ---- loading ---------------------------------------------------------- */

static int
bad(const struct tracemap *m, struct ipw_error *err, const char *path,
    const char *why)
{
	return jsondoc_error(&m->doc, err, path, why);
}

/* Parses p->text: "$key", "$.a.b" (from the root), "a.b", "a[].b". */
static int
parse_path(struct tracemap *m, struct tracemap_path *p, const char *text,
    const char *where, struct ipw_error *err)
{
	char *s, *dot;

	memset(p, 0, sizeof(*p));
	p->text = text;
	p->sum_after = -1;
	p->id = m->npaths++;
	if (strcmp(text, "$key") == 0) {
		if (!m->has_each)
			return bad(m, err, where, "\"$key\" names the entry of "
			    "\"each\", and the map has no \"each\"");
		p->key = 1;
		return 0;
	}
	if (strncmp(text, "$.", 2) == 0) {
		p->root = 1;
		text += 2;
	}
	if ((p->copy = strdup(text)) == NULL)
		return ipw_error_oom(err);
	for (s = p->copy; s != NULL; s = dot) {
		size_t len;
		if ((dot = strchr(s, '.')) != NULL)
			*dot++ = '\0';
		len = strlen(s);
		if (len >= 2 && strcmp(s + len - 2, "[]") == 0) {
			if (p->sum_after >= 0)
				return bad(m, err, where, "a path sums over "
				    "one array at most (one \"[]\")");
			s[len -= 2] = '\0';
			p->sum_after = p->nparts;
		}
		if (len == 0 || strchr(s, '[') || strchr(s, ']'))
			return bad(m, err, where, "is not a path: parts are "
			    "names between dots, one of them may end in \"[]\" "
			    "(a sum over that array)");
		if (p->nparts == TRACEMAP_MAX_PARTS)
			return bad(m, err, where, "has more than 16 parts");
		p->part[p->nparts++] = s;
	}
	return 0;
}

static int
string_list(struct tracemap *m, const cJSON *a, const char *where,
    const char **out, int *n, struct ipw_error *err)
{
	const cJSON *e;

	if (!cJSON_IsArray(a) || a->child == NULL)
		return bad(m, err, where, "is not a list of strings");
	cJSON_ArrayForEach(e, a) {
		if (!cJSON_IsString(e))
			return bad(m, err, where, "is not a list of strings");
		if (*n == TRACEMAP_MAX_WORDS)
			return bad(m, err, where, "has more than 32 strings");
		out[(*n)++] = e->valuestring;
	}
	return 0;
}

static const char *const rule_keys[] = { "from", "value", "join", "unit",
	"hash", "true", "false", "at_least", "at_most", "optional", "unless",
	"else", NULL };

/* A constant's value into field f, as a record takes it: a string as
 * text (a number field reads it as a number), a number, a boolean for a
 * boolean field. -1 with *why. */
static int
set_constant(struct record *rec, int f, const cJSON *v, const char **why)
{
	enum rec_kind kind = rec_fields[f].kind;

	if (cJSON_IsString(v))
		return kind == RK_TEXT || kind == RK_ENUM ?
		    record_set_string(rec, f, v->valuestring,
		    strlen(v->valuestring), why) : record_set_text(rec, f,
		    v->valuestring, strlen(v->valuestring), why);
	if (cJSON_IsBool(v)) {
		if (kind != RK_BOOL) {
			*why = "is a boolean";
			return -1;
		}
		return record_set_number(rec, f, cJSON_IsTrue(v), why);
	}
	if (cJSON_IsNumber(v))
		return record_set_number(rec, f, v->valuedouble, why);
	*why = "is not a string, number or boolean";
	return -1;
}

/* A constant checked when the map is read, so that applying it cannot
 * fail. */
static int
check_constant(struct tracemap *m, int f, const cJSON *v, const char *where,
    struct ipw_error *err)
{
	struct record r;
	const char *why = NULL;

	record_clear(&r);
	return set_constant(&r, f, v, &why) < 0 ? bad(m, err, where, why) : 0;
}

static int
number_key(struct tracemap *m, const cJSON *o, const char *key,
    const char *where, double *v, struct ipw_error *err)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
	char path[96];

	*v = NAN;
	if (x == NULL)
		return 0;
	snprintf(path, sizeof(path), "%s.%s", where, key);
	if (!cJSON_IsNumber(x) || !isfinite(x->valuedouble))
		return bad(m, err, path, "is not a number");
	*v = x->valuedouble;
	return 0;
}

static int
load_rule(struct tracemap *m, int f, struct tracemap_rule *r, const char *where,
    const cJSON *o, int depth, struct ipw_error *err)
{
	enum rec_kind kind = rec_fields[f].kind;
	const cJSON *from, *x;
	char path[96];
	int text = kind == RK_TEXT || kind == RK_ENUM;

	memset(r, 0, sizeof(*r));
	r->set = 1;
	r->scale = 1;
	r->at_least = r->at_most = NAN;
	snprintf(r->where, sizeof(r->where), "%s", where);
	if (cJSON_IsString(o))
		return parse_path(m, &r->from[r->nfrom++], o->valuestring,
		    r->where, err);
	if (!cJSON_IsObject(o))
		return bad(m, err, r->where, "is not a path (a string) or a "
		    "rule (an object)");
	if (jsondoc_unknown_keys(&m->doc, o, r->where, rule_keys, err) < 0)
		return -1;
	from = cJSON_GetObjectItemCaseSensitive(o, "from");
	r->value = cJSON_GetObjectItemCaseSensitive(o, "value");
	if ((from == NULL) == (r->value == NULL))
		return bad(m, err, r->where, "needs \"from\" (where in the "
		    "source) or \"value\" (a constant), one of them");
	snprintf(path, sizeof(path), "%s.from", r->where);
	if (cJSON_IsString(from)) {
		if (parse_path(m, &r->from[r->nfrom++], from->valuestring, path,
		    err) < 0)
			return -1;
	} else if (cJSON_IsArray(from) && from->child != NULL) {
		int i = 0;
		cJSON_ArrayForEach(x, from) {
			char at[112];
			snprintf(at, sizeof(at), "%s[%d]", path, i++);
			if (!cJSON_IsString(x))
				return bad(m, err, at, "is not a path");
			if (r->nfrom == TRACEMAP_MAX_FROM)
				return bad(m, err, path, "names more than 8 "
				    "paths");
			if (parse_path(m, &r->from[r->nfrom++], x->valuestring,
			    at, err) < 0)
				return -1;
		}
	} else if (from != NULL)
		return bad(m, err, path, "is not a path or a list of paths");
	if (r->value != NULL) {
		snprintf(path, sizeof(path), "%s.value", r->where);
		if (check_constant(m, f, r->value, path, err) < 0)
			return -1;
	}
	if ((x = cJSON_GetObjectItemCaseSensitive(o, "join")) != NULL) {
		snprintf(path, sizeof(path), "%s.join", r->where);
		if (!cJSON_IsString(x))
			return bad(m, err, path, "is not a string");
		if (!text)
			return bad(m, err, path, "joins text: not for a number");
		r->join = x->valuestring;
	}
	if ((x = cJSON_GetObjectItemCaseSensitive(o, "hash")) != NULL) {
		snprintf(path, sizeof(path), "%s.hash", r->where);
		if (!cJSON_IsString(x) || kind != RK_TEXT)
			return bad(m, err, path, "is a prefix (a string), for "
			    "a text field");
		r->hash = x->valuestring;
	}
	if ((x = cJSON_GetObjectItemCaseSensitive(o, "unit")) != NULL) {
		enum family fam = field_family(f);
		size_t i;
		snprintf(path, sizeof(path), "%s.unit", r->where);
		if (fam == FAM_NONE)
			return bad(m, err, path, "is for latency_s, ttft_s "
			    "(time), energy_j (energy) or power_w (power)");
		for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
			if (cJSON_IsString(x) && units[i].family == fam &&
			    strcmp(units[i].name, x->valuestring) == 0)
				break;
		if (i == sizeof(units) / sizeof(units[0])) {
			char why[160];
			snprintf(why, sizeof(why), "\"%s\" is not a unit of %s: "
			    "one of %s", cJSON_IsString(x) ? x->valuestring :
			    "?", rec_fields[f].name, family_units[fam]);
			return bad(m, err, path, why);
		}
		r->scale = units[i].factor;
	}
	if ((x = cJSON_GetObjectItemCaseSensitive(o, "true")) != NULL &&
	    (snprintf(path, sizeof(path), "%s.true", r->where), string_list(m,
	    x, path, r->truths, &r->ntrue, err) < 0))
		return -1;
	if ((x = cJSON_GetObjectItemCaseSensitive(o, "false")) != NULL &&
	    (snprintf(path, sizeof(path), "%s.false", r->where), string_list(m,
	    x, path, r->falses, &r->nfalse, err) < 0))
		return -1;
	if (number_key(m, o, "at_least", r->where, &r->at_least, err) < 0 ||
	    number_key(m, o, "at_most", r->where, &r->at_most, err) < 0)
		return -1;
	if ((r->ntrue + r->nfalse > 0 || !isnan(r->at_least) ||
	    !isnan(r->at_most)) && f != RF_CORRECT)
		return bad(m, err, r->where, "true, false, at_least and at_most "
		    "decide correct: not for this field");
	if ((r->ntrue + r->nfalse > 0) + !isnan(r->at_least) +
	    !isnan(r->at_most) > 1)
		return bad(m, err, r->where, "one of true/false, at_least or "
		    "at_most decides correct, not several");
	if ((x = cJSON_GetObjectItemCaseSensitive(o, "optional")) != NULL) {
		snprintf(path, sizeof(path), "%s.optional", r->where);
		if (!cJSON_IsBool(x))
			return bad(m, err, path, "is not true or false");
		r->optional = cJSON_IsTrue(x);
	}
	if ((x = cJSON_GetObjectItemCaseSensitive(o, "unless")) != NULL) {
		snprintf(path, sizeof(path), "%s.unless", r->where);
		if (!cJSON_IsString(x))
			return bad(m, err, path, "is not a path");
		if (parse_path(m, &r->unless, x->valuestring, path, err) < 0)
			return -1;
		r->has_unless = 1;
	}
	if (r->value != NULL && (r->join || r->hash || r->scale != 1 ||
	    r->ntrue + r->nfalse > 0 || !isnan(r->at_least) ||
	    !isnan(r->at_most) || r->has_unless ||
	    cJSON_GetObjectItemCaseSensitive(o, "else") != NULL))
		return bad(m, err, r->where, "a constant \"value\" is written "
		    "as it is (in the field's own unit): no other keys");
	if ((x = cJSON_GetObjectItemCaseSensitive(o, "else")) != NULL) {
		snprintf(path, sizeof(path), "%s.else", r->where);
		if (depth == 4)
			return bad(m, err, path, "nests more than 4 deep");
		if (r->optional)
			return bad(m, err, path, "and \"optional\" both say what "
			    "an absent path gives: one of them");
		if ((r->fallback = calloc(1, sizeof(*r->fallback))) == NULL)
			return ipw_error_oom(err);
		return load_rule(m, f, r->fallback, path, x, depth + 1, err);
	}
	return 0;
}

static const char *const skip_keys[] = { "from", "in", "missing", NULL };

static int
load_skip(struct tracemap *m, const cJSON *a, struct ipw_error *err)
{
	const cJSON *o;

	if (!cJSON_IsArray(a))
		return bad(m, err, "skip", "is not a list of rules");
	cJSON_ArrayForEach(o, a) {
		struct tracemap_skip *s = &m->skip[m->nskip];
		const cJSON *from, *in, *missing;
		char path[64];
		if (m->nskip == TRACEMAP_MAX_SKIP)
			return bad(m, err, "skip", "has more than 16 rules");
		memset(s, 0, sizeof(*s));
		snprintf(s->where, sizeof(s->where), "skip[%d]", m->nskip++);
		if (!cJSON_IsObject(o))
			return bad(m, err, s->where, "is not an object");
		if (jsondoc_unknown_keys(&m->doc, o, s->where, skip_keys,
		    err) < 0)
			return -1;
		from = cJSON_GetObjectItemCaseSensitive(o, "from");
		in = cJSON_GetObjectItemCaseSensitive(o, "in");
		missing = cJSON_GetObjectItemCaseSensitive(o, "missing");
		snprintf(path, sizeof(path), "%s.from", s->where);
		if (!cJSON_IsString(from))
			return bad(m, err, cJSON_IsObject(o) && from ? path :
			    s->where, "needs \"from\", a path");
		if (parse_path(m, &s->path, from->valuestring, path, err) < 0)
			return -1;
		if ((in == NULL) == (missing == NULL))
			return bad(m, err, s->where, "needs \"in\" (a list of "
			    "values) or \"missing\": true, one of them");
		snprintf(path, sizeof(path), "%s.%s", s->where, in ? "in" :
		    "missing");
		if (in != NULL && string_list(m, in, path, s->in, &s->nin,
		    err) < 0)
			return -1;
		if (missing != NULL && !cJSON_IsTrue(missing))
			return bad(m, err, path, "is not true");
		s->missing = missing != NULL;
	}
	return 0;
}

static const char *const top_keys[] = { "about", "format", "each",
	"fields", "skip", NULL };

/* The fields without which no record is whole (model and accelerator
 * may come from --model and --accelerator). */
static int
check_required(struct tracemap *m, struct ipw_error *err)
{
	static const int need[] = { RF_QUERY_ID, RF_ENERGY, RF_TOKENS_IN,
		RF_TOKENS_OUT };
	char why[96];

	for (size_t i = 0; i < sizeof(need) / sizeof(need[0]); i++)
		if (!m->rule[need[i]].set) {
			snprintf(why, sizeof(why), "gives no %s, which every "
			    "record needs", rec_fields[need[i]].name);
			return bad(m, err, "fields", why);
		}
	if (!m->rule[RF_CORRECT].set && !m->rule[RF_SCORE].set)
		return bad(m, err, "fields", "gives neither correct nor score, "
		    "one of which every record needs");
	return 0;
}

int
tracemap_load(struct tracemap *m, const char *path, struct ipw_error *err)
{
	const cJSON *root, *fields, *x, *item;

	memset(m, 0, sizeof(*m));
	if (jsondoc_read(&m->doc, path, err) < 0)
		return -1;
	root = m->doc.root;
	if (!cJSON_IsObject(root))
		return bad(m, err, "", "a map is a JSON object");
	if (jsondoc_unknown_keys(&m->doc, root, "", top_keys, err) < 0)
		return -1;
	if ((x = cJSON_GetObjectItemCaseSensitive(root, "format")) != NULL) {
		const char *s = cJSON_GetStringValue(x);
		if (s != NULL && strcmp(s, "jsonl") == 0)
			m->format = TRACEMAP_JSONL;
		else if (s != NULL && strcmp(s, "csv") == 0)
			m->format = TRACEMAP_CSV;
		else
			return bad(m, err, "format", "is not \"jsonl\" or "
			    "\"csv\"");
	}
	if ((x = cJSON_GetObjectItemCaseSensitive(root, "each")) != NULL) {
		if (!cJSON_IsString(x))
			return bad(m, err, "each", "is not a path");
		if (m->format == TRACEMAP_CSV)
			return bad(m, err, "each", "is for JSON Lines: a CSV "
			    "record is one record");
		m->has_each = 1;
		if (parse_path(m, &m->each, x->valuestring, "each", err) < 0)
			return -1;
		if (m->each.key || m->each.root || m->each.sum_after >= 0)
			return bad(m, err, "each", "is a plain path (no \"$\", "
			    "no \"[]\")");
	}
	fields = cJSON_GetObjectItemCaseSensitive(root, "fields");
	if (!cJSON_IsObject(fields))
		return bad(m, err, fields ? "fields" : "", "a map needs "
		    "\"fields\": an object of canonical field to rule");
	cJSON_ArrayForEach(item, fields) {
		int f = record_field(item->string, strlen(item->string));
		char where[96];
		if (f < 0) {
			struct suggest sg;
			const char *near;
			char why[160];
			suggest_init(&sg, item->string, strlen(item->string));
			for (int k = 0; k < RF_COUNT; k++)
				suggest_offer(&sg, rec_fields[k].name);
			near = suggest_result(&sg);
			snprintf(why, sizeof(why), "is not a field of the trace "
			    "format%s%s%s", near ? " (did you mean " : "",
			    near ? near : "", near ? "?)" : "");
			snprintf(where, sizeof(where), "fields.%.80s",
			    item->string);
			return bad(m, err, where, why);
		}
		snprintf(where, sizeof(where), "fields.%s", rec_fields[f].name);
		if (load_rule(m, f, &m->rule[f], where, item, 0, err) < 0)
			return -1;
	}
	if ((x = cJSON_GetObjectItemCaseSensitive(root, "skip")) != NULL &&
	    load_skip(m, x, err) < 0)
		return -1;
	return check_required(m, err);
}

static void
path_release(struct tracemap_path *p)
{
	free(p->copy);
	p->copy = NULL;
}

static void
rule_release(struct tracemap_rule *r)
{
	for (int i = 0; i < r->nfrom; i++)
		path_release(&r->from[i]);
	path_release(&r->unless);
	if (r->fallback != NULL) {
		rule_release(r->fallback);
		free(r->fallback);
		r->fallback = NULL;
	}
}

void
tracemap_release(struct tracemap *m)
{
	for (int f = 0; f < RF_COUNT; f++)
		rule_release(&m->rule[f]);
	for (int i = 0; i < m->nskip; i++)
		path_release(&m->skip[i].path);
	path_release(&m->each);
	jsondoc_release(&m->doc);
}

int
tracemap_gives(const struct tracemap *m, int field)
{
	return m->rule[field].set;
}

/* ---- CSV columns ------------------------------------------------------ */

static void
bind(struct tracemap_state *st, const struct tracemap_path *p,
    const struct csv_reader *h)
{
	st->col[p->id] = -1;
	for (int i = 0; i < h->nfields; i++)
		if (strcmp(h->field[i], p->text) == 0) {
			st->col[p->id] = i;
			return;
		}
}

void
tracemap_bind_csv(const struct tracemap *m, struct tracemap_state *st,
    const struct csv_reader *header)
{
	for (int f = 0; f < RF_COUNT; f++)
		for (const struct tracemap_rule *r = &m->rule[f]; r != NULL;
		    r = r->fallback) {
			for (int i = 0; i < r->nfrom; i++)
				bind(st, &r->from[i], header);
			if (r->has_unless)
				bind(st, &r->unless, header);
		}
	for (int i = 0; i < m->nskip; i++)
		bind(st, &m->skip[i].path, header);
}

/* ---- values ------------------------------------------------------------ */

enum vkind { V_ABSENT, V_NULL, V_JSON, V_NUMBER, V_TEXT, V_BAD };

struct value {
	enum vkind kind;
	const cJSON *json;
	double num;		/* V_NUMBER: a sum */
	const char *s;		/* V_TEXT */
	size_t len;
	const char *why;	/* V_BAD */
};

static const cJSON *
member(const cJSON *o, const char *key)
{
	return cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) :
	    NULL;
}

static const cJSON *
walk(const cJSON *o, char *const *part, int from, int to)
{
	for (int i = from; i < to && o != NULL; i++)
		o = member(o, part[i]);
	return o;
}

/* A sum over the array's elements, of their value at the rest of the
 * path: absent when no element has one. */
static void
sum_over(const struct tracemap_path *p, const cJSON *a, struct value *v)
{
	const cJSON *e;
	int any = 0;

	if (!cJSON_IsArray(a)) {
		v->kind = V_BAD;
		v->why = "is not an array (to sum over)";
		return;
	}
	v->num = 0;
	cJSON_ArrayForEach(e, a) {
		const cJSON *x = walk(e, p->part, p->sum_after + 1, p->nparts);
		if (x == NULL || cJSON_IsNull(x))
			continue;
		if (!cJSON_IsNumber(x)) {
			v->kind = V_BAD;
			v->why = "is not a number (in an element summed)";
			return;
		}
		v->num += x->valuedouble;
		any = 1;
	}
	v->kind = any ? V_NUMBER : V_ABSENT;
}

static void
get(const struct tracemap_path *p, const struct tracemap_src *src,
    struct value *v)
{
	memset(v, 0, sizeof(*v));
	if (src->csv != NULL) {
		int c = src->col[p->id];
		if (c < 0 || c >= src->csv->nfields)
			v->kind = V_ABSENT;
		else if (src->csv->flen[c] == 0)
			v->kind = V_NULL;	/* an empty cell, as a trace's */
		else {
			v->kind = V_TEXT;
			v->s = src->csv->field[c];
			v->len = src->csv->flen[c];
		}
		return;
	}
	if (p->key) {
		v->kind = src->key != NULL ? V_TEXT : V_ABSENT;
		v->s = src->key;
		v->len = src->key ? strlen(src->key) : 0;
		return;
	}
	if (p->sum_after >= 0) {
		const cJSON *a = walk(p->root ? src->root : src->entry, p->part,
		    0, p->sum_after + 1);
		if (a == NULL)
			v->kind = V_ABSENT;
		else
			sum_over(p, a, v);
		return;
	}
	v->json = walk(p->root ? src->root : src->entry, p->part, 0,
	    p->nparts);
	v->kind = v->json == NULL ? V_ABSENT : cJSON_IsNull(v->json) ? V_NULL :
	    V_JSON;
}

/* The value as text (a string as it is, a number shortest, a boolean
 * true or false) in buf when it is not a string; -1 for an object or
 * array. */
static int
as_text(const struct value *v, char *buf, size_t size, const char **s,
    size_t *len)
{
	if (v->kind == V_TEXT) {
		*s = v->s;
		*len = v->len;
		return 0;
	}
	if (v->kind == V_NUMBER || (v->kind == V_JSON &&
	    cJSON_IsNumber(v->json)))
		out_shortest(buf, size, v->kind == V_NUMBER ? v->num :
		    v->json->valuedouble);
	else if (v->kind == V_JSON && cJSON_IsBool(v->json))
		snprintf(buf, size, "%s", cJSON_IsTrue(v->json) ? "true" :
		    "false");
	else if (v->kind == V_JSON && cJSON_IsString(v->json)) {
		*s = v->json->valuestring;
		*len = strlen(*s);
		return 0;
	} else
		return -1;
	*s = buf;
	*len = strlen(buf);
	return 0;
}

static int
in_list(const char *const *list, int n, const char *s, size_t len)
{
	for (int i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
			return 1;
	return 0;
}

/* ---- applying --------------------------------------------------------- */

static enum tracemap_result
fail_value(struct tracemap_fail *fail, int f, const struct tracemap_path *p,
    const char *why, const char *shown, size_t len)
{
	fail->field = f;
	fail->path = p;
	fail->why = why;
	snprintf(fail->shown, sizeof(fail->shown), "%.*s", (int)(len > 60 ?
	    60 : len), shown ? shown : "");
	return TRACEMAP_BAD_VALUE;
}

static enum tracemap_result
fail_lacks(struct tracemap_fail *fail, int f, const struct tracemap_path *p,
    const char *where)
{
	fail->field = f;
	fail->path = p;
	snprintf(fail->where, sizeof(fail->where), "%s", where);
	return TRACEMAP_LACKS;
}

/* A number from the value: a JSON number, a sum, or text read by JSON's
 * number rule; for a boolean field also true, false and their spellings
 * in a trace (record_set_text). */
static int
as_number(const struct value *v, int boolean, double *x, const char **why)
{
	const char *s;
	size_t len;
	char buf[64];
	struct record t;

	if (v->kind == V_NUMBER) {
		*x = v->num;
		return 0;
	}
	if (v->kind == V_JSON && cJSON_IsNumber(v->json)) {
		*x = v->json->valuedouble;
		return 0;
	}
	if (v->kind == V_JSON && cJSON_IsBool(v->json)) {
		*x = cJSON_IsTrue(v->json);
		if (!boolean)
			*why = "is a boolean, expected a number";
		return boolean ? 0 : -1;
	}
	if (as_text(v, buf, sizeof(buf), &s, &len) < 0) {
		*why = "has the wrong type (an array or object)";
		return -1;
	}
	if (jsonstrict_parse_number(s, len, x) == 0)
		return 0;
	record_clear(&t);
	if (boolean && record_set_text(&t, RF_CORRECT, s, len, why) == 0 &&
	    REC_HAS(&t, RF_CORRECT)) {
		*x = t.num[RF_CORRECT];
		return 0;
	}
	*why = boolean ? "is not 0, 1, true or false" : "is not a number";
	return -1;
}

/* correct from a status string, a threshold or a boolean-ish value. */
static int
decide(const struct tracemap_rule *r, const struct value *v, double *x,
    char *buf, size_t size, const char **why)
{
	const char *s;
	size_t len;

	if (r->ntrue + r->nfalse > 0) {
		if (as_text(v, buf, size, &s, &len) < 0) {
			*why = "has the wrong type (an array or object)";
			return -1;
		}
		if (in_list(r->truths, r->ntrue, s, len))
			*x = 1;
		else if (in_list(r->falses, r->nfalse, s, len))
			*x = 0;
		else if (r->nfalse == 0)
			*x = 0;		/* only true listed: the rest fail */
		else if (r->ntrue == 0)
			*x = 1;
		else {
			*why = "is in neither the map's true nor its false list";
			return -1;
		}
		return 0;
	}
	if (!isnan(r->at_least) || !isnan(r->at_most)) {
		if (as_number(v, 0, x, why) < 0)
			return -1;
		*x = !isnan(r->at_least) ? *x >= r->at_least : *x <= r->at_most;
		return 0;
	}
	return as_number(v, 1, x, why);
}

/* Sets field f from v (present, not null). */
static enum tracemap_result
set_from(const struct tracemap_rule *r, int f, const struct tracemap_path *p,
    const struct value *v, struct tracemap_state *st, struct record *rec,
    struct tracemap_fail *fail)
{
	enum rec_kind kind = rec_fields[f].kind;
	char *buf = st->text[f];
	const char *why = NULL, *s;
	size_t len;
	double x;
	int rc;

	if (v->kind == V_BAD)
		return fail_value(fail, f, p, v->why, NULL, 0);
	if (kind == RK_TEXT || kind == RK_ENUM) {
		if (as_text(v, buf, sizeof(st->text[f]), &s, &len) < 0)
			return fail_value(fail, f, p, "has the wrong type (an "
			    "array or object)", NULL, 0);
		if (r->hash != NULL) {
			uint64_t h = strtab_hash64n(s, len);
			snprintf(buf, sizeof(st->text[f]), "%s%016llx", r->hash,
			    (unsigned long long)h);
			s = buf;
			len = strlen(buf);
		}
		if (record_set_string(rec, f, s, len, &why) < 0)
			return fail_value(fail, f, p, why, s, len);
		return TRACEMAP_OK;
	}
	if (f == RF_CORRECT)
		rc = decide(r, v, &x, buf, sizeof(st->text[f]), &why);
	else
		rc = as_number(v, kind == RK_BOOL, &x, &why);
	if (rc == 0)
		rc = record_set_number(rec, f, x * r->scale, &why);
	if (rc < 0) {
		char shown[64];
		if (as_text(v, shown, sizeof(shown), &s, &len) < 0) {
			s = NULL;
			len = 0;
		}
		return fail_value(fail, f, p, why, s, len);
	}
	return TRACEMAP_OK;
}

static enum tracemap_result apply_rule(const struct tracemap_rule *r, int f,
    const struct tracemap_src *src, struct tracemap_state *st,
    struct record *rec, struct tracemap_fail *fail);

/* The paths joined with r->join into st->text[f]. */
static enum tracemap_result
set_joined(const struct tracemap_rule *r, int f, const struct tracemap_src *src,
    struct tracemap_state *st, struct record *rec, struct tracemap_fail *fail)
{
	char *out = st->text[f], piece[64], key[RECORD_MAX_TEXT + 1];
	size_t n = 0, cap = sizeof(st->text[f]);
	struct value v;

	for (int i = 0; i < r->nfrom; i++) {
		const char *s;
		size_t len;
		get(&r->from[i], src, &v);
		if (v.kind == V_ABSENT) {
			char where[80];
			snprintf(where, sizeof(where), "%s.from[%d]", r->where, i);
			if (r->fallback != NULL)
				return apply_rule(r->fallback, f, src, st, rec,
				    fail);
			if (r->optional)
				return TRACEMAP_OK;
			return fail_lacks(fail, f, &r->from[i], where);
		}
		if (v.kind == V_NULL)
			return TRACEMAP_OK;	/* unset: a null part */
		if (v.kind == V_BAD || as_text(&v, piece, sizeof(piece), &s,
		    &len) < 0)
			return fail_value(fail, f, &r->from[i], v.kind == V_BAD ?
			    v.why : "has the wrong type (an array or object)",
			    NULL, 0);
		if (n + len + strlen(r->join) >= cap)
			return fail_value(fail, f, &r->from[i], "makes the "
			    "joined text longer than 4096 bytes", NULL, 0);
		if (i > 0) {
			memcpy(out + n, r->join, strlen(r->join));
			n += strlen(r->join);
		}
		memcpy(out + n, s, len);
		n += len;
	}
	out[n] = '\0';
	v.kind = V_TEXT;
	v.s = out;
	v.len = n;
	if (r->hash != NULL) {
		/* the hash is written into the same buffer: hash a copy */
		memcpy(key, out, n + 1);
		v.s = key;
	}
	return set_from(r, f, &r->from[0], &v, st, rec, fail);
}

static enum tracemap_result
apply_rule(const struct tracemap_rule *r, int f, const struct tracemap_src *src,
    struct tracemap_state *st, struct record *rec, struct tracemap_fail *fail)
{
	struct value v;
	const char *why = NULL;

	if (r->value != NULL) {
		/* checked when the map was read */
		set_constant(rec, f, r->value, &why);
		return TRACEMAP_OK;
	}
	if (r->has_unless) {
		get(&r->unless, src, &v);
		if (v.kind != V_ABSENT && v.kind != V_NULL)
			return TRACEMAP_OK;
	}
	if (r->join != NULL)
		return set_joined(r, f, src, st, rec, fail);
	for (int i = 0; i < r->nfrom; i++) {
		get(&r->from[i], src, &v);
		/* an empty string is no value either: the next path */
		if (v.kind == V_ABSENT || (v.kind == V_JSON &&
		    cJSON_IsString(v.json) && v.json->valuestring[0] == '\0'))
			continue;
		if (v.kind == V_NULL)
			return TRACEMAP_OK;	/* unset, as a null is */
		return set_from(r, f, &r->from[i], &v, st, rec, fail);
	}
	if (r->fallback != NULL)
		return apply_rule(r->fallback, f, src, st, rec, fail);
	if (r->optional)
		return TRACEMAP_OK;
	{
		char where[80];
		snprintf(where, sizeof(where), "%s.from", r->where);
		return fail_lacks(fail, f, &r->from[0], where);
	}
}

static int
skipped(const struct tracemap_skip *s, const struct tracemap_src *src)
{
	struct value v;
	const char *t;
	size_t len;
	char buf[64];

	get(&s->path, src, &v);
	if (s->missing)
		return v.kind == V_ABSENT || v.kind == V_NULL;
	return (v.kind == V_TEXT || v.kind == V_JSON || v.kind == V_NUMBER) &&
	    as_text(&v, buf, sizeof(buf), &t, &len) == 0 &&
	    in_list(s->in, s->nin, t, len);
}

enum tracemap_result
tracemap_apply(const struct tracemap *m, struct tracemap_state *st,
    const struct tracemap_src *src, struct record *rec,
    struct tracemap_fail *fail)
{
	memset(fail, 0, sizeof(*fail));
	fail->field = -1;
	fail->csv_col = -1;
	record_clear(rec);
	for (int i = 0; i < m->nskip; i++)
		if (skipped(&m->skip[i], src)) {
			st->skipped[i]++;
			return TRACEMAP_SKIPPED;
		}
	for (int f = 0; f < RF_COUNT; f++) {
		enum tracemap_result res;
		if (!m->rule[f].set)
			continue;
		res = apply_rule(&m->rule[f], f, src, st, rec, fail);
		if (res != TRACEMAP_OK) {
			if (src->csv != NULL && fail->path != NULL)
				fail->csv_col = src->col[fail->path->id];
			return res;
		}
	}
	return TRACEMAP_OK;
}

const cJSON *
tracemap_entries(const struct tracemap *m, const cJSON *root, int *bad)
{
	const cJSON *o;

	*bad = 0;
	if (!m->has_each)
		return NULL;
	o = walk(root, m->each.part, 0, m->each.nparts);
	if (!cJSON_IsObject(o) && !cJSON_IsArray(o)) {
		*bad = 1;
		return NULL;
	}
	return o;
}

int
tracemap_lacks_error(const struct tracemap *m, const struct tracemap_fail *f,
    const char *file, long line, struct ipw_error *err)
{
	char why[512];

	snprintf(why, sizeof(why), "the source has no \"%s\" (first record "
	    "lacking it: %s:%ld; \"optional\": true leaves %s unset where it "
	    "is absent)", f->path->text, file, line, f->field >= 0 ?
	    rec_fields[f->field].name : "the field");
	return bad(m, err, f->where, why);
}

void
tracemap_skip_text(const struct tracemap *m, int i, char *buf, size_t size)
{
	const struct tracemap_skip *s = &m->skip[i];
	size_t n;

	if (s->missing) {
		snprintf(buf, size, "%s: %s missing or null", s->where,
		    s->path.text);
		return;
	}
	n = (size_t)snprintf(buf, size, "%s: %s in", s->where, s->path.text);
	for (int k = 0; k < s->nin && n < size; k++)
		n += (size_t)snprintf(buf + n, size - n, "%s %s", k ? "," : "",
		    s->in[k]);
}

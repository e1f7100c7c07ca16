/* A small strict reference reader of canonical traces, written apart
 * from src/ (it shares no code with it), for the differential fuzz
 * target: whatever ipwsim's reader accepts, this one must accept too.
 *
 * It knows the documented rules only: JSON Lines of one flat object a
 * line (RFC 8259 syntax, UTF-8, no NUL) or RFC 4180 CSV with a header;
 * a UTF-8 byte-order mark may open the input; lines end in LF or CRLF;
 * required fields present; numbers are JSON numbers, finite, >= 0;
 * tokens and batch whole; correct 0/1/true/false; score in [0, 1]; texts
 * non-empty and at most 4096 bytes. It does not look for duplicates or
 * conflicting domains (ipwsim refusing more is no fault). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "refreader.h"

enum kind { TEXT, BOOL, REAL, COUNT };

/* Set when the input holds what this reader does not decide (escaped
 * keys, escaped long texts, zstd): the comparison is skipped. */
static int unsure;

static const struct {
	const char *name;
	enum kind kind;
	int required;
} fields[] = {
	{ "query_id", TEXT, 1 }, { "model", TEXT, 1 },
	{ "accelerator", TEXT, 1 }, { "correct", BOOL, 0 },
	{ "score", REAL, 0 }, { "energy_j", REAL, 1 },
	{ "latency_s", REAL, 0 }, { "ttft_s", REAL, 0 },
	{ "tokens_in", COUNT, 1 }, { "tokens_out", COUNT, 1 },
	{ "power_w", REAL, 0 }, { "flops", REAL, 0 }, { "cost_usd", REAL, 0 },
	{ "batch_size", COUNT, 0 }, { "domain", TEXT, 0 },
	{ "dataset", TEXT, 0 }, { "p_correct", REAL, 0 },
};
#define NFIELDS ((int)(sizeof(fields) / sizeof(fields[0])))

static int
field_of(const char *s, size_t n)
{
	for (int i = 0; i < NFIELDS; i++)
		if (strlen(fields[i].name) == n && memcmp(fields[i].name, s,
		    n) == 0)
			return i;
	return -1;
}

/* ---- numbers and values ------------------------------------------------ */

/* s[0..n) is exactly a JSON number. */
static int
is_number(const char *s, size_t n)
{
	size_t i = 0, d;

	if (i < n && s[i] == '-')
		i++;
	for (d = i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == d || (s[d] == '0' && i - d > 1))
		return 0;
	if (i < n && s[i] == '.') {
		for (d = ++i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == d)
			return 0;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		for (d = i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == d)
			return 0;
	}
	return i == n;
}

static int
number_ok(enum kind k, const char *s, size_t n, int name)
{
	char buf[128];
	double v;

	if (!is_number(s, n) || n >= sizeof(buf))
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	v = strtod(buf, NULL);
	if (!isfinite(v) || v < 0)
		return 0;
	if (k == BOOL)
		return v == 0 || v == 1;
	if (k == COUNT)
		return v == floor(v) && v <= (strcmp(fields[name].name,
		    "batch_size") == 0 ? 65535 : 4294967295.0) &&
		    (strcmp(fields[name].name, "batch_size") != 0 || v >= 1);
	if (strcmp(fields[name].name, "score") == 0 ||
	    strcmp(fields[name].name, "p_correct") == 0)
		return v <= 1;
	return k == REAL;
}

/* Valid UTF-8 of s[0..n) with no byte below 0x20 unless allow_ctl. */
static int
utf8_ok(const unsigned char *s, size_t n, int allow_ctl)
{
	for (size_t i = 0; i < n;) {
		unsigned c = s[i], need, lo = 0x80, hi = 0xbf;
		if (c < 0x80) {
			if (c == 0 || (c < 0x20 && !allow_ctl))
				return 0;
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			need = 1;
		else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			lo = c == 0xe0 ? 0xa0 : 0x80;
			hi = c == 0xed ? 0x9f : 0xbf;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			lo = c == 0xf0 ? 0x90 : 0x80;
			hi = c == 0xf4 ? 0x8f : 0xbf;
		} else
			return 0;
		if (i + need >= n)
			return 0;	/* truncated */
		if (s[i + 1] < lo || s[i + 1] > hi)
			return 0;
		for (unsigned j = 2; j <= need; j++)
			if (s[i + j] < 0x80 || s[i + j] > 0xbf)
				return 0;
		i += need + 1;
	}
	return 1;
}

/* ---- JSON Lines --------------------------------------------------------- */

struct cur {
	const char *p, *end;
};

static void
ws(struct cur *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' ||
	    *c->p == '\r' || *c->p == '\n'))
		c->p++;
}

/* A JSON string at c->p; its raw bytes (escapes undone only as far as
 * checking goes) are checked, and its length after unescaping, when it
 * has no escapes, is returned in *len (escapes make *len an upper
 * bound, which is enough for the 4096-byte rule's direction). */
static int
string(struct cur *c, const char **start, size_t *len, int *escaped)
{
	const char *s;

	if (c->p >= c->end || *c->p != '"')
		return 0;
	s = ++c->p;
	*escaped = 0;
	while (c->p < c->end && *c->p != '"') {
		if (*c->p == '\\') {
			*escaped = 1;
			if (++c->p >= c->end)
				return 0;
			if (*c->p == 'u') {
				unsigned v = 0;
				for (int i = 1; i <= 4; i++) {
					char h = c->p + i < c->end ? c->p[i] : 0;
					if (!((h >= '0' && h <= '9') ||
					    (h >= 'a' && h <= 'f') ||
					    (h >= 'A' && h <= 'F')))
						return 0;
					v = v * 16 + (unsigned)(h <= '9' ? h - '0' :
					    (h | 0x20) - 'a' + 10);
				}
				if (v == 0)
					return 0;
				c->p += 4;
			} else if (!strchr("\"\\/bfnrt", *c->p) || *c->p == 0)
				return 0;
		} else if ((unsigned char)*c->p < 0x20)
			return 0;
		c->p++;
	}
	if (c->p >= c->end)
		return 0;
	*start = s;
	*len = (size_t)(c->p - s);
	c->p++;
	return utf8_ok((const unsigned char *)s, *len, 0);
}

static int skip_value(struct cur *c, int depth);

static int
skip_value(struct cur *c, int depth)
{
	const char *s;
	size_t n;
	int esc;

	ws(c);
	if (c->p >= c->end || depth > 64)
		return 0;
	if (*c->p == '"')
		return string(c, &s, &n, &esc);
	if (*c->p == '{' || *c->p == '[') {
		char close = *c->p == '{' ? '}' : ']';
		c->p++;
		ws(c);
		if (c->p < c->end && *c->p == close) {
			c->p++;
			return 1;
		}
		for (;;) {
			if (close == '}') {
				ws(c);
				if (!string(c, &s, &n, &esc))
					return 0;
				ws(c);
				if (c->p >= c->end || *c->p != ':')
					return 0;
				c->p++;
			}
			if (!skip_value(c, depth + 1))
				return 0;
			ws(c);
			if (c->p < c->end && *c->p == close) {
				c->p++;
				return 1;
			}
			if (c->p >= c->end || *c->p != ',')
				return 0;
			c->p++;
		}
	}
	for (s = c->p; c->p < c->end && strchr(",}] \t\r\n", *c->p) == NULL;)
		c->p++;
	n = (size_t)(c->p - s);
	return is_number(s, n) || (n == 4 && memcmp(s, "true", 4) == 0) ||
	    (n == 5 && memcmp(s, "false", 5) == 0) ||
	    (n == 4 && memcmp(s, "null", 4) == 0);
}

/* One member's value for field f. */
static int
member(struct cur *c, int f, unsigned *have)
{
	const char *s = c->p;
	size_t n;
	int esc;

	ws(c);
	s = c->p;
	if (f < 0)
		return skip_value(c, 1);
	if (*have >> f & 1)
		return 0;	/* a field twice */
	if (c->p < c->end && *c->p == '"') {
		if (fields[f].kind != TEXT || !string(c, &s, &n, &esc) ||
		    n == 0)
			return 0;
		if (!esc && n > 4096)
			return 0;
		if (esc && n > 4096)
			unsure = 1;
		*have |= 1u << f;
		return 1;
	}
	if (!skip_value(c, 1))
		return 0;
	n = (size_t)(c->p - s);
	if (n == 4 && memcmp(s, "null", 4) == 0)
		return 1;	/* absent */
	if ((n == 4 && memcmp(s, "true", 4) == 0) || (n == 5 &&
	    memcmp(s, "false", 5) == 0)) {
		if (fields[f].kind != BOOL)
			return 0;
	} else if (fields[f].kind == TEXT || !number_ok(fields[f].kind, s, n,
	    f))
		return 0;
	*have |= 1u << f;
	return 1;
}

static int
complete(unsigned have)
{
	for (int f = 0; f < NFIELDS; f++)
		if (fields[f].required && !(have >> f & 1))
			return 0;
	/* correct, or a score to derive it from */
	return (have >> 3 & 1) || (have >> 4 & 1);
}

static int
jsonl_line(const char *line, size_t n)
{
	struct cur c = { line, line + n };
	unsigned have = 0;

	ws(&c);
	if (c.p >= c.end || *c.p != '{')
		return 0;
	c.p++;
	ws(&c);
	if (c.p < c.end && *c.p == '}')
		return 0;	/* no fields: required ones missing */
	for (;;) {
		const char *k;
		size_t kn;
		int esc;
		ws(&c);
		if (!string(&c, &k, &kn, &esc))
			return 0;
		ws(&c);
		if (c.p >= c.end || *c.p != ':')
			return 0;
		c.p++;
		if (esc)
			unsure = 1;	/* an escaped key may name a field */
		if (!member(&c, esc ? -1 : field_of(k, kn), &have))
			return 0;
		ws(&c);
		if (c.p < c.end && *c.p == '}')
			break;
		if (c.p >= c.end || *c.p != ',')
			return 0;
		c.p++;
	}
	c.p++;
	ws(&c);
	return c.p == c.end && complete(have);
}

/* ---- CSV ------------------------------------------------------------------ */

struct csv {
	char *text;		/* the record, unquoted in place */
	size_t start[300], len[300];
	int n;
};

/* Splits the record at s[0..*used) starting at s; returns 1 with the
 * fields, 0 on a malformed record, and sets *used to the bytes of the
 * record and its line end. */
static int
csv_record(const char *s, size_t n, size_t *used, struct csv *r, char *out)
{
	size_t i = 0, w = 0;

	r->n = 0;
	for (;;) {
		int quoted = i < n && s[i] == '"';
		if (r->n == 256 + 1)
			return 0;
		r->start[r->n] = w;
		if (quoted) {
			for (i++;; i++) {
				if (i >= n)
					return 0;
				if (s[i] == '"') {
					if (i + 1 < n && s[i + 1] == '"') {
						out[w++] = '"';
						i++;
						continue;
					}
					i++;
					break;
				}
				if (s[i] == '\0' || ((unsigned char)s[i] < 0x20 &&
				    s[i] != '\t' && s[i] != '\n' && s[i] != '\r'))
					return 0;
				/* CRLF inside quotes is read as LF */
				if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
					continue;
				out[w++] = s[i];
			}
		} else
			while (i < n && s[i] != ',' && s[i] != '\n') {
				if (s[i] == '"' || (s[i] == '\r' && !(i + 1 < n &&
				    s[i + 1] == '\n') && !(i + 1 == n)) ||
				    s[i] == '\0' || ((unsigned char)s[i] < 0x20 &&
				    s[i] != '\t' && s[i] != '\r'))
					return 0;
				if (s[i] == '\r') {
					i++;
					continue;
				}
				out[w++] = s[i++];
			}
		r->len[r->n] = w - r->start[r->n];
		r->n++;
		if (!utf8_ok((const unsigned char *)out + r->start[r->n - 1],
		    r->len[r->n - 1], 1))
			return 0;
		if (i < n && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			i++;
		if (i >= n || s[i] == '\n') {
			*used = i < n ? i + 1 : i;
			return r->n <= 256;
		}
		if (s[i] != ',')
			return 0;
		i++;
	}
}

static int
csv_all(const char *s, size_t n)
{
	struct csv h, r;
	int col[NFIELDS], nrec = 0;
	size_t used, at = 0;
	char *hb = malloc(n + 1), *rb = malloc(n + 1);
	int ok = 0;

	if (hb == NULL || rb == NULL)
		goto out;
	/* blank lines before the header */
	while (at < n && (s[at] == '\n' || (s[at] == '\r' && at + 1 < n &&
	    s[at + 1] == '\n')))
		at += s[at] == '\n' ? 1 : 2;
	if (!csv_record(s + at, n - at, &used, &h, hb))
		goto out;
	at += used;
	for (int f = 0; f < NFIELDS; f++)
		col[f] = -1;
	for (int i = 0; i < h.n; i++) {
		int f = field_of(hb + h.start[i], h.len[i]);
		if (f >= 0 && col[f] >= 0)
			goto out;
		if (f >= 0)
			col[f] = i;
	}
	for (int f = 0; f < NFIELDS; f++)
		if ((fields[f].required || (f == 3 && col[4] < 0)) && col[f] < 0)
			goto out;
	while (at < n) {
		unsigned have = 0;
		if (s[at] == '\n' || (s[at] == '\r' && at + 1 < n &&
		    s[at + 1] == '\n')) {
			at += s[at] == '\n' ? 1 : 2;
			continue;	/* a blank line */
		}
		if (!csv_record(s + at, n - at, &used, &r, rb) || r.n != h.n)
			goto out;
		at += used;
		for (int f = 0; f < NFIELDS; f++) {
			const char *v;
			size_t vl;
			if (col[f] < 0)
				continue;
			v = rb + r.start[col[f]];
			vl = r.len[col[f]];
			if (vl == 0) {
				if (fields[f].required)
					goto out;
				continue;
			}
			if (fields[f].kind == TEXT) {
				if (vl > 4096)
					goto out;
			} else if (fields[f].kind == BOOL) {
				static const char *const b[] = { "0", "1",
					"true", "false", "True", "False",
					"TRUE", "FALSE" };
				size_t k;
				for (k = 0; k < 8; k++)
					if (strlen(b[k]) == vl &&
					    memcmp(b[k], v, vl) == 0)
						break;
				if (k == 8)
					goto out;
			} else if (!number_ok(fields[f].kind, v, vl, f))
				goto out;
			have |= 1u << f;
		}
		if (!complete(have))
			goto out;
		nrec++;
	}
	ok = nrec > 0;
out:
	free(hb);
	free(rb);
	return ok;
}

static int
accepts(const char *data, size_t n)
{
	size_t i = 0, nrec = 0;

	if (n >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		n -= 3;
	}
	while (i < n && strchr(" \t\r\n", data[i]) != NULL && data[i] != 0)
		i++;
	if (i == n)
		return 0;	/* no records */
	if (data[i] != '{' && data[i] != '[')
		return csv_all(data, n);
	for (size_t at = 0; at < n;) {
		const char *nl = memchr(data + at, '\n', n - at);
		size_t end = nl ? (size_t)(nl - data) : n, len = end - at;
		const char *line = data + at;
		size_t k = 0;
		if (len > 0 && line[len - 1] == '\r')
			len--;
		while (k < len && (line[k] == ' ' || line[k] == '\t'))
			k++;
		if (k < len) {
			if (!jsonl_line(line, len))
				return 0;
			nrec++;
		}
		at = end + 1;
	}
	return nrec > 0;
}

int
refreader_accepts(const char *data, size_t n)
{
	int ok;

	unsure = 0;
	if (n >= 4 && ((unsigned char)data[0] == 0x28 ||
	    ((unsigned char)data[0] & 0xf0) == 0x50) &&
	    (unsigned char)data[1] == ((unsigned char)data[0] == 0x28 ? 0xb5 :
	    0x2a) && (unsigned char)data[2] == ((unsigned char)data[0] ==
	    0x28 ? 0x2f : 0x4d) && (unsigned char)data[3] ==
	    ((unsigned char)data[0] == 0x28 ? 0xfd : 0x18))
		return -1;	/* zstd: not this reader's */
	ok = accepts(data, n);
	return unsure ? -1 : ok;
}

#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "jsonstrict.h"
#include "swar.h"

struct scan {
	const char *s, *p, *end;
	struct jsonstrict_error *e;
	const char *key;	/* innermost member name, for messages */
	size_t key_len;
};

static int
bad(struct scan *sc, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
bad(struct scan *sc, const char *at, const char *fmt, ...)
{
	char what[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	sc->e->off = (size_t)(at - sc->s);
	if (sc->key != NULL)
		snprintf(sc->e->what, sizeof(sc->e->what), "%.*s: %s",
		    (int)(sc->key_len > 40 ? 40 : sc->key_len), sc->key, what);
	else
		snprintf(sc->e->what, sizeof(sc->e->what), "%s", what);
	return -1;
}

/* How a byte that cannot start a value is described. */
static void
show_byte(unsigned char c, char *buf, size_t size)
{
	if (c == '\0')
		snprintf(buf, size, "a NUL byte");
	else if (c < 0x20 || c == 0x7f)
		snprintf(buf, size, "control byte 0x%02x", c);
	else if (c >= 0x80)
		snprintf(buf, size, "byte 0x%02x", c);
	else
		snprintf(buf, size, "\"%c\"", c);
}

static void
ws(struct scan *sc)
{
	while (sc->p < sc->end && (*sc->p == ' ' || *sc->p == '\t' ||
	    *sc->p == '\n' || *sc->p == '\r'))
		sc->p++;
}

size_t
jsonstrict_utf8(const unsigned char *s, const unsigned char *end)
{
	size_t n;
	unsigned lo = 0x80, hi = 0xbf;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		if (s[0] == 0xe0)
			lo = 0xa0;	/* overlong */
		else if (s[0] == 0xed)
			hi = 0x9f;	/* UTF-16 surrogates */
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		if (s[0] == 0xf0)
			lo = 0x90;
		else if (s[0] == 0xf4)
			hi = 0x8f;	/* above U+10FFFF */
	} else
		return 0;
	if ((size_t)(end - s) < n || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xbf)
			return 0;
	return n;
}

static int
hex4(const char *p, const char *end, unsigned *v)
{
	*v = 0;
	if (end - p < 4)
		return -1;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0') :
		    c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10) :
		    c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16;
		if (d == 16)
			return -1;
		*v = *v * 16 + d;
	}
	return 0;
}

/* \uXXXX at p (on the backslash): one code point, or a surrogate pair. */
static int
unicode_escape(struct scan *sc, const char *p)
{
	unsigned u, lo;

	if (hex4(p + 2, sc->end, &u) < 0)
		return bad(sc, p, "\\u is not followed by four hex digits");
	if (u == 0)
		return bad(sc, p, "string holds a NUL character (\\u0000)");
	if (u >= 0xdc00 && u <= 0xdfff)
		return bad(sc, p, "string holds an unpaired surrogate");
	if (u >= 0xd800 && u <= 0xdbff) {
		if (sc->end - p < 12 || p[6] != '\\' || p[7] != 'u' ||
		    hex4(p + 8, sc->end, &lo) < 0 || lo < 0xdc00 || lo > 0xdfff)
			return bad(sc, p, "string holds an unpaired surrogate");
		sc->p = p + 12;
		return 0;
	}
	sc->p = p + 6;
	return 0;
}

/* The string at sc->p (on its opening quote). */
static int
string(struct scan *sc)
{
	const char *open = sc->p;

	sc->p++;
	while (sc->p < sc->end) {
		const unsigned char c = (unsigned char)*sc->p;
		size_t n;
		if (c == '"') {
			sc->p++;
			return 0;
		}
		if (c == '\\') {
			const char *q = sc->p;
			if (q + 1 >= sc->end)
				break;
			if (q[1] == 'u') {
				if (unicode_escape(sc, q) < 0)
					return -1;
				continue;
			}
			if (!strchr("\"\\/bfnrt", q[1]) || q[1] == '\0')
				return bad(sc, q, "invalid escape \"\\%c\" in a "
				    "string", q[1] >= 0x20 && q[1] < 0x7f ?
				    q[1] : '?');
			sc->p += 2;
			continue;
		}
		if (c < 0x20) {
			char b[32];
			show_byte(c, b, sizeof(b));
			return bad(sc, sc->p, "%s inside a string", b);
		}
		if ((n = jsonstrict_utf8((const unsigned char *)sc->p,
		    (const unsigned char *)sc->end)) == 0)
			return bad(sc, sc->p, "invalid UTF-8 in a string");
		sc->p += n;
	}
	return bad(sc, open, "unterminated string");
}

const char *
jsonstrict_number(const char *s, const char *end)
{
	const char *p = s;

	if (p < end && *p == '-')
		p++;
	if (p >= end || *p < '0' || *p > '9')
		return NULL;
	if (*p == '0')
		p++;
	else
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	if (p < end && *p == '.') {
		if (++p >= end || *p < '0' || *p > '9')
			return NULL;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		if (++p < end && (*p == '+' || *p == '-'))
			p++;
		if (p >= end || *p < '0' || *p > '9')
			return NULL;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	return p;
}

/* Exact powers of ten: every one up to 1e22 is a double. */
static const double pow10_exact[23] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6,
	1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
	1e19, 1e20, 1e21, 1e22 };

/* The number of the JSON number s[0..len) when it has at most 15
 * significant digits and a decimal exponent within 22 of them: the
 * digits are then an exact double (below 2^53), so is the power of ten,
 * and one IEEE multiplication or division rounds correctly, giving what
 * strtod gives (Clinger's fast path). 0 when it applies, -1 when not. */
static int
fast_decimal(const char *s, size_t len, double *v)
{
	const char *p = s, *end = s + len;
	uint64_t m = 0;
	int digits = 0, exp10 = 0, neg = 0, eneg = 0, e = 0;

	if (*p == '-') {
		neg = 1;
		p++;
	}
	for (; p < end && *p >= '0' && *p <= '9'; p++)
		if (digits > 0 || *p != '0') {
			if (++digits > 15)
				return -1;
			m = m * 10 + (uint64_t)(*p - '0');
		}
	if (p < end && *p == '.')
		for (p++; p < end && *p >= '0' && *p <= '9'; p++) {
			exp10--;
			if (digits > 0 || *p != '0') {
				if (++digits > 15)
					return -1;
				m = m * 10 + (uint64_t)(*p - '0');
			}
		}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (*p == '+' || *p == '-')
			eneg = *p++ == '-';
		for (; p < end; p++) {
			e = e * 10 + (*p - '0');
			if (e > 400)
				return -1;
		}
		exp10 += eneg ? -e : e;
	}
	if (exp10 < -22 || exp10 > 22)
		return -1;
	*v = exp10 >= 0 ? (double)m * pow10_exact[exp10] : (double)m /
	    pow10_exact[-exp10];
	if (neg)
		*v = -*v;
	return 0;
}

/* How many of w's bytes, from the lowest, are digits (0 to 8): a byte
 * b is one when b ^ '0' is below 10, i.e. adding 0x76 to it sets no
 * top bit and it had none. A carry out of a non-digit byte can only
 * spoil the bytes above the first non-digit, which are not counted. */
static inline int
digit_run(uint64_t w)
{
	uint64_t x = w ^ 0x3030303030303030ull;
	uint64_t top = ((x + 0x7676767676767676ull) | x) &
	    0x8080808080808080ull;

	return swar_first(top);
}

/* The value of w's lowest n digits (1 to 7): moved to the top bytes,
 * the bytes below zero, then pairs, fours and eights of digits joined
 * (four multiplications for any n). */
static inline uint64_t
digits_value(uint64_t w, int n)
{
	uint64_t v = (w - 0x3030303030303030ull) << (8 * (8 - n));

	v = (v * 10 + (v >> 8)) & 0x00ff00ff00ff00ffull;
	v = (v * 100 + (v >> 16)) & 0x0000ffff0000ffffull;
	return (v * 10000 + (v >> 32)) & 0xffffffffull;
}

/* The short decimals traces hold ([-]int[.frac], each part at most 7
 * digits, no exponent), eight bytes at a time; with room for both
 * loads (16 bytes from the digits on). NULL where the general scan
 * must decide (it is then exactly as if this had not been tried). */
static inline const char *
scan_short(const char *p, const char *end, int neg, double *v)
{
	uint64_t m;
	int n1, n2 = 0;

	if (end - p < 16)
		return NULL;
	if (*p == '0')
		n1 = 1, m = 0;	/* stands alone, as in the general scan */
	else {
		n1 = digit_run(swar_load8(p));
		if (n1 == 0 || n1 == 8)
			return NULL;
		m = digits_value(swar_load8(p), n1);
	}
	p += n1;
	if (*p == '.') {
		n2 = digit_run(swar_load8(p + 1));
		if (n2 == 0 || n2 == 8)
			return NULL;
		m = m * (uint64_t)pow10_exact[n2] + digits_value(swar_load8(p + 1),
		    n2);
		p += 1 + n2;
	}
	if (*p == 'e' || *p == 'E')
		return NULL;
	/* at most 14 digits: m is exact in a double, the quotient the
	 * correctly rounded value, as in the general scan */
	*v = n2 > 0 ? (double)m / pow10_exact[n2] : (double)m;
	if (neg)
		*v = -*v;
	return p;
}

const char *
jsonstrict_scan_number(const char *s, const char *end, double *v)
{
	const char *p = s;
	uint64_t m = 0;
	int digits = 0, exp10 = 0, neg = 0, e = 0, eneg = 0, fast = 1;

	if (p < end && *p == '-') {
		neg = 1;
		p++;
	}
	if (p >= end || *p < '0' || *p > '9')
		return NULL;
	{
		const char *q = scan_short(p, end, neg, v);
		if (q != NULL)
			return q;
	}
	if (*p == '0')
		p++;	/* a leading zero stands alone and is not significant */
	else
		for (; p < end && *p >= '0' && *p <= '9'; p++)
			if (++digits > 15)
				fast = 0;
			else
				m = m * 10 + (uint64_t)(*p - '0');
	if (p < end && *p == '.') {
		if (++p >= end || *p < '0' || *p > '9')
			return NULL;
		for (; p < end && *p >= '0' && *p <= '9'; p++) {
			exp10--;
			if (digits == 0 && *p == '0')
				continue;
			if (++digits > 15)
				fast = 0;
			else
				m = m * 10 + (uint64_t)(*p - '0');
		}
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		if (++p < end && (*p == '+' || *p == '-'))
			eneg = *p++ == '-';
		if (p >= end || *p < '0' || *p > '9')
			return NULL;
		for (; p < end && *p >= '0' && *p <= '9'; p++)
			if ((e = e * 10 + (*p - '0')) > 400)
				fast = 0, e = 400;
		exp10 += eneg ? -e : e;
	}
	if (p - s > JSONSTRICT_MAX_NUMBER)
		return NULL;
	if (fast && exp10 >= -22 && exp10 <= 22) {
		*v = exp10 >= 0 ? (double)m * pow10_exact[exp10] : (double)m /
		    pow10_exact[-exp10];
		if (neg)
			*v = -*v;
		return p;
	}
	{
		char buf[JSONSTRICT_MAX_NUMBER + 1];
		memcpy(buf, s, (size_t)(p - s));
		buf[p - s] = '\0';
		*v = strtod(buf, NULL);	/* LC_NUMERIC stays "C" in ipwsim */
	}
	return isfinite(*v) ? p : NULL;
}

int
jsonstrict_parse_number(const char *s, size_t len, double *v)
{
	char buf[JSONSTRICT_MAX_NUMBER + 1];

	if (len == 0 || len > JSONSTRICT_MAX_NUMBER ||
	    jsonstrict_number(s, s + len) != s + len)
		return -1;
	if (fast_decimal(s, len, v) == 0)
		return 0;
	memcpy(buf, s, len);	/* s need not end at len */
	buf[len] = '\0';
	*v = strtod(buf, NULL);	/* LC_NUMERIC stays "C" in ipwsim */
	return isfinite(*v) ? 0 : 1;
}

static int value(struct scan *sc, int depth);

/* A number must end where a value may end: "01" or "1x" is an error. */
static int
number(struct scan *sc)
{
	const char *e = jsonstrict_number(sc->p, sc->end);

	if (e == NULL || (e < sc->end && strchr(" \t\r\n,]}", *e) == NULL) ||
	    (e < sc->end && *e == '\0'))
		return bad(sc, sc->p, "not a JSON number");
	/* cJSON reads a number through a 64-byte buffer */
	if (e - sc->p > JSONSTRICT_MAX_NUMBER)
		return bad(sc, sc->p, "a number longer than %d characters",
		    JSONSTRICT_MAX_NUMBER);
	sc->p = e;
	return 0;
}

static int
literal(struct scan *sc)
{
	static const char *const words[] = { "true", "false", "null" };

	for (size_t i = 0; i < 3; i++) {
		size_t n = strlen(words[i]);
		if ((size_t)(sc->end - sc->p) >= n &&
		    memcmp(sc->p, words[i], n) == 0) {
			sc->p += n;
			return 0;
		}
	}
	if ((size_t)(sc->end - sc->p) >= 3 && (memcmp(sc->p, "NaN", 3) == 0 ||
	    memcmp(sc->p, "nan", 3) == 0 || memcmp(sc->p, "Inf", 3) == 0 ||
	    memcmp(sc->p, "inf", 3) == 0))
		return bad(sc, sc->p, "%.3s is not a JSON value (JSON has no "
		    "NaN or infinity)", sc->p);
	{
		char b[32];
		show_byte((unsigned char)*sc->p, b, sizeof(b));
		return bad(sc, sc->p, "%s cannot start a JSON value", b);
	}
}

/* An object's member names, to refuse one given twice (raw bytes: an
 * escaped spelling of the same name is not caught). Compared one by one
 * while few, sorted once at the object's end past that. */
#define FEW_NAMES 16

struct span {
	const char *p;
	size_t n;
};

struct names {
	struct span few[FEW_NAMES];
	struct span *many;
	size_t n, cap;
};

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	size_t n = x->n < y->n ? x->n : y->n;
	int c = memcmp(x->p, y->p, n);

	return c != 0 ? c : x->n < y->n ? -1 : x->n > y->n;
}

static int
twice(struct scan *sc, const struct span *k)
{
	return bad(sc, k->p - 1, "member \"%.*s\" appears twice",
	    (int)(k->n > 40 ? 40 : k->n), k->p);
}

static int
names_add(struct scan *sc, struct names *nm, const char *k, size_t n)
{
	struct span s = { k, n };

	if (nm->n < FEW_NAMES) {
		for (size_t i = 0; i < nm->n; i++)
			if (span_cmp(&nm->few[i], &s) == 0)
				return twice(sc, &s);
		nm->few[nm->n++] = s;
		return 0;
	}
	if (nm->many == NULL || nm->n == nm->cap) {
		size_t cap = nm->cap ? 2 * nm->cap : 4 * FEW_NAMES;
		struct span *v = realloc(nm->many, cap * sizeof(*v));
		if (v == NULL)
			return 0;	/* no memory to compare: not an error */
		if (nm->many == NULL)
			memcpy(v, nm->few, sizeof(nm->few));
		nm->many = v;
		nm->cap = cap;
	}
	nm->many[nm->n++] = s;
	return 0;
}

/* The sorted check of a large object; the later of two is reported. */
static int
names_check(struct scan *sc, struct names *nm)
{
	int rc = 0;

	if (nm->many == NULL)
		return 0;
	qsort(nm->many, nm->n, sizeof(*nm->many), span_cmp);
	for (size_t i = 1; i < nm->n && rc == 0; i++)
		if (span_cmp(&nm->many[i - 1], &nm->many[i]) == 0)
			rc = twice(sc, nm->many[i - 1].p > nm->many[i].p ?
			    &nm->many[i - 1] : &nm->many[i]);
	return rc;
}

static int object_members(struct scan *sc, int depth, struct names *nm);

static int
object(struct scan *sc, int depth)
{
	struct names nm;
	int rc;

	nm.many = NULL;
	nm.n = nm.cap = 0;
	rc = object_members(sc, depth, &nm);
	if (rc == 0)
		rc = names_check(sc, &nm);
	free(nm.many);
	return rc;
}

static int
object_members(struct scan *sc, int depth, struct names *nm)
{
	const char *key = sc->key;
	size_t key_len = sc->key_len;

	sc->p++;
	ws(sc);
	if (sc->p < sc->end && *sc->p == '}') {
		sc->p++;
		return 0;
	}
	for (;;) {
		const char *k, *kend;
		if (sc->p >= sc->end)
			return bad(sc, sc->p, "object is not closed");
		if (*sc->p != '"')
			return bad(sc, sc->p, "expected a member name in "
			    "quotes");
		k = sc->p;
		if (string(sc) < 0)
			return -1;
		kend = sc->p;
		ws(sc);
		if (sc->p >= sc->end || *sc->p != ':')
			return bad(sc, sc->p, "expected \":\" after a member "
			    "name");
		sc->p++;
		if (names_add(sc, nm, k + 1, (size_t)(kend - k) - 2) < 0)
			return -1;
		sc->key = k + 1;
		sc->key_len = (size_t)(kend - k) - 2;
		if (value(sc, depth) < 0)
			return -1;
		sc->key = key;
		sc->key_len = key_len;
		ws(sc);
		if (sc->p < sc->end && *sc->p == '}') {
			sc->p++;
			return 0;
		}
		if (sc->p >= sc->end || *sc->p != ',')
			return bad(sc, sc->p, sc->p >= sc->end ? "object is "
			    "not closed" : "expected \",\" or \"}\"");
		sc->p++;
		ws(sc);
	}
}

static int
array(struct scan *sc, int depth)
{
	sc->p++;
	ws(sc);
	if (sc->p < sc->end && *sc->p == ']') {
		sc->p++;
		return 0;
	}
	for (;;) {
		if (value(sc, depth) < 0)
			return -1;
		ws(sc);
		if (sc->p < sc->end && *sc->p == ']') {
			sc->p++;
			return 0;
		}
		if (sc->p >= sc->end || *sc->p != ',')
			return bad(sc, sc->p, sc->p >= sc->end ? "array is "
			    "not closed" : "expected \",\" or \"]\"");
		sc->p++;
	}
}

static int
value(struct scan *sc, int depth)
{
	ws(sc);
	if (sc->p >= sc->end)
		return bad(sc, sc->p, "a value is missing");
	switch (*sc->p) {
	case '{':
	case '[':
		if (depth + 1 > JSONSTRICT_MAX_DEPTH)
			return bad(sc, sc->p, "nested deeper than %d levels",
			    JSONSTRICT_MAX_DEPTH);
		return *sc->p == '{' ? object(sc, depth + 1) :
		    array(sc, depth + 1);
	case '"':
		return string(sc);
	case '-':
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		return number(sc);
	default:
		return literal(sc);
	}
}

int
jsonstrict_check(const char *s, size_t len, struct jsonstrict_error *e)
{
	struct scan sc = { s, s, s + len, e, NULL, 0 };

	if (value(&sc, 0) < 0)
		return -1;
	ws(&sc);
	if (sc.p < sc.end) {
		char b[32];
		show_byte((unsigned char)*sc.p, b, sizeof(b));
		return bad(&sc, sc.p, "%s after the end of the JSON value", b);
	}
	return 0;
}

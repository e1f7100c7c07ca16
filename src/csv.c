#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "jsonstrict.h"
#include "swar.h"

void
csv_init(struct csv_reader *r, struct input *in)
{
	memset(r, 0, sizeof(*r));
	r->in = in;
}

void
csv_release(struct csv_reader *r)
{
	free(r->rec);
	r->rec = NULL;
}

static int
csv_fail(struct csv_reader *r, struct ipw_error *err, long col,
    const char *msg)
{
	ipw_error_set(err, IPW_EX_DATAERR, "%s", msg);
	ipw_error_at(err, r->in ? r->in->name : "", r->line, col);
	return -1;
}

static int
add_field(struct csv_reader *r, char *start, size_t len, long col,
    struct ipw_error *err)
{
	if (r->nfields == CSV_MAX_FIELDS)
		return csv_fail(r, err, col,
		    "too many fields (the limit is 256)");
	start[len] = '\0';
	r->field[r->nfields] = start;
	r->flen[r->nfields] = len;
	r->fcol[r->nfields] = col;
	r->nfields++;
	return 0;
}

/* Bytes a field may hold that need no look: printable ASCII but the
 * separator and the quote, and TAB (a table: this is the inner loop of
 * CSV ingest). Everything else goes through field_byte. */
static const unsigned char plain_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static int
plain(unsigned char c)
{
	return plain_byte[c];
}

/* Where the first of w's bytes is not plain() or is the quote (sep
 * set: or the separator), as a count of bytes (8: none): a control byte
 * (below 0x20, TAB too: field_byte passes it), DEL or above, the quote,
 * the separator. Each test is exact up to its lowest byte. */
static inline int
plain_run(uint64_t w, int sep)
{
	uint64_t high = (((w & ~SWAR_HIGHS) + SWAR_ONES) | w) & SWAR_HIGHS;
	uint64_t m = swar_below(w, 0x20) | high | swar_equal(w, '"');

	if (sep)
		m |= swar_equal(w, ',');
	return swar_first(m);
}

/* Checks the byte at text[*i] of a field and steps past it (a whole
 * UTF-8 sequence). NUL, and in an unquoted field any control byte but
 * TAB, is an error: a stray CR is a broken line ending, not data. */
static int
field_byte(struct csv_reader *r, const char *text, size_t len, size_t *i,
    int quoted, struct ipw_error *err)
{
	unsigned char c = (unsigned char)text[*i];
	char msg[96];
	size_t n = 1;

	if (c == '\r' && !quoted)
		return csv_fail(r, err, (long)*i + 1, "a CR inside an unquoted "
		    "field (lines end in LF or CRLF)");
	if (c == '\0' || (c < 0x20 && c != '\t' && (!quoted ||
	    (c != '\n' && c != '\r')))) {
		snprintf(msg, sizeof(msg), "%s byte 0x%02x in a field",
		    c == 0 ? "NUL" : "control", c);
		return csv_fail(r, err, (long)*i + 1, msg);
	}
	if (c >= 0x80 && (n = jsonstrict_utf8((const unsigned char *)text + *i,
	    (const unsigned char *)text + len)) == 0)
		return csv_fail(r, err, (long)*i + 1, "invalid UTF-8 in a "
		    "field");
	*i += n;
	return 0;
}

/* Unquotes the field starting at text[*i] (an opening quote) in place;
 * leaves *i on the separator or end. */
static int
quoted(struct csv_reader *r, char *text, size_t len, size_t *i, size_t *w,
    struct ipw_error *err)
{
	long col = (long)*i + 1;

	for ((*i)++; *i < len; (*i)++) {
		/* eight plain bytes (or separators) at a time */
		while (*i + 8 <= len) {
			int n = plain_run(swar_load8(text + *i), 0);
			if (*w != *i)
				memmove(text + *w, text + *i, (size_t)n);
			*w += (size_t)n;
			*i += (size_t)n;
			if (n < 8)
				break;
		}
		if (*i >= len)
			break;
		if (plain((unsigned char)text[*i]) || text[*i] == ',') {
			text[(*w)++] = text[*i];
			continue;
		}
		if (text[*i] != '"') {
			size_t from = *i;
			if (field_byte(r, text, len, i, 1, err) < 0)
				return -1;
			while (from < *i)
				text[(*w)++] = text[from++];
			(*i)--;
			continue;
		}
		if (*i + 1 < len && text[*i + 1] == '"') {
			text[(*w)++] = '"';
			(*i)++;
			continue;
		}
		(*i)++;
		if (*i < len && text[*i] != ',')
			return csv_fail(r, err, (long)*i + 1,
			    "unexpected character after a closing quote");
		return 0;
	}
	return csv_fail(r, err, col, "unterminated quoted field");
}

int
csv_split(struct csv_reader *r, char *text, size_t len, struct ipw_error *err)
{
	size_t i = 0;

	r->nfields = 0;
	for (;;) {
		size_t start = i, w = i;
		long col = (long)i + 1;

		if (i < len && text[i] == '"') {
			if (quoted(r, text, len, &i, &w, err) < 0)
				return -1;
		} else {
			while (i < len && text[i] != ',') {
				/* eight plain bytes at a time */
				while (i + 8 <= len) {
					int n = plain_run(swar_load8(text + i), 1);
					i += (size_t)n;
					if (n < 8)
						break;
				}
				if (i >= len || text[i] == ',')
					break;
				if (plain((unsigned char)text[i])) {
					i++;
					continue;
				}
				if (text[i] == '"')
					return csv_fail(r, err, (long)i + 1,
					    "quote inside an unquoted field");
				if (field_byte(r, text, len, &i, 0, err) < 0)
					return -1;
			}
			w = i;
		}
		/* The separator (or end) is at i >= w: terminating at w is safe
		 * once the separator has been seen. */
		{
			int last = i >= len;
			if (add_field(r, text + start, w - start, col, err) < 0)
				return -1;
			if (last)
				return 0;
		}
		i++;
	}
}

static int
append(struct csv_reader *r, const char *s, size_t n, int newline)
{
	size_t need = r->rec_len + n + 2;

	if (need > r->rec_cap) {
		size_t cap = r->rec_cap ? r->rec_cap : 1024;
		char *p;
		while (cap < need)
			cap *= 2;
		p = realloc(r->rec, cap);
		if (p == NULL)
			return -1;
		r->rec = p;
		r->rec_cap = cap;
	}
	if (newline)
		r->rec[r->rec_len++] = '\n';
	memcpy(r->rec + r->rec_len, s, n);
	r->rec_len += n;
	r->rec[r->rec_len] = '\0';
	return 0;
}

int
csv_quote_open(const char *s, size_t n, int open)
{
	int field_start = !open;	/* whether s[i] starts a field */
	size_t i = 0;

	/* from quote to quote: the bytes between change nothing but
	 * whether the next quote starts a field */
	while (i < n) {
		const char *q = memchr(s + i, '"', n - i);
		size_t j;
		if (q == NULL)
			return open;
		j = (size_t)(q - s);
		if (open) {
			if (j + 1 < n && s[j + 1] == '"')
				i = j + 2;	/* "" inside: still open */
			else {
				open = 0;
				i = j + 1;
			}
		} else {
			/* only a quote at a field's start opens one */
			open = j == i ? field_start : s[j - 1] == ',';
			i = j + 1;
		}
		field_start = 0;	/* after a quote */
	}
	return open;
}

size_t
csv_join(char *dst, const char *s, size_t n)
{
	size_t w = 0, i = 0;

	for (;;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t m = (size_t)((nl != NULL ? nl : s + n) - (s + i));
		if (nl != NULL && m > 0 && s[i + m - 1] == '\r')
			m--;
		memmove(dst + w, s + i, m);
		w += m;
		if (nl == NULL)
			break;
		dst[w++] = '\n';
		i = (size_t)(nl - s) + 1;
	}
	dst[w] = '\0';
	return w;
}

int
csv_gather(struct csv_reader *r, struct ipw_error *err)
{
	char *line;
	size_t len;
	int open;
	int rc;

	do {
		rc = input_getline(r->in, &line, &len, err);
		if (rc <= 0)
			return rc;
	} while (len == 0);
	r->line = r->in->line;
	r->rec_len = 0;
	if (append(r, line, len, 0) < 0)
		return ipw_error_oom(err);
	open = csv_quote_open(line, len, 0);
	while (open) {
		rc = input_getline(r->in, &line, &len, err);
		if (rc < 0)
			return -1;
		if (rc == 0)
			return csv_fail(r, err, 0,
			    "unterminated quoted field at end of input");
		if (r->rec_len + len > r->in->max_line)
			return csv_fail(r, err, 0,
			    "record is longer than the line limit");
		if (append(r, line, len, 1) < 0)
			return ipw_error_oom(err);
		open = csv_quote_open(line, len, 1);
	}
	return 1;
}

int
csv_read(struct csv_reader *r, struct ipw_error *err)
{
	int rc = csv_gather(r, err);

	if (rc <= 0)
		return rc;
	return csv_split(r, r->rec, r->rec_len, err) < 0 ? -1 : 1;
}

int
csv_check_width(const struct csv_reader *r, int want, struct ipw_error *err)
{
	if (r->nfields == want)
		return 0;
	return ipw_error_set(err, IPW_EX_DATAERR, "record has %d fields, the "
	    "header has %d", r->nfields, want);
}

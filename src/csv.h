/* RFC 4180 CSV records over an input: comma separated, fields optionally
 * in double quotes, "" for a quote inside them, quoted fields may span
 * lines. Blank lines are skipped. */
#ifndef IPW_CSV_H
#define IPW_CSV_H

#include "input.h"

#define CSV_MAX_FIELDS 256

struct csv_reader {
	struct input *in;
	char *rec;		/* the record's text, unquoted in place */
	size_t rec_len, rec_cap;
	int nfields;
	char *field[CSV_MAX_FIELDS];	/* NUL-terminated, inside rec */
	size_t flen[CSV_MAX_FIELDS];
	long fcol[CSV_MAX_FIELDS];	/* 1-based byte column of the field */
	long line;		/* line on which the record starts */
};

void csv_init(struct csv_reader *r, struct input *in);
void csv_release(struct csv_reader *r);
/* 1: a record; 0: end of input; -1: error (position filled in). */
int csv_read(struct csv_reader *r, struct ipw_error *err);
/* 0 when the record just read has want fields, else -1 with the error
 * "record has N fields, the header has M" in err (not placed). */
int csv_check_width(const struct csv_reader *r, int want,
    struct ipw_error *err);
/* Whether a quoted field is still open after s[0..n), given whether one
 * was open before it. Only a quote at the start of a field opens one: a
 * stray quote inside an unquoted field is left for csv_split to report. */
int csv_quote_open(const char *s, size_t n, int open);
/* A record's bytes as they came, s[0..n) (its physical lines, each
 * but the last ending in "\n", one "\r" before it), into dst as
 * csv_gather joins them: each "\r" before a "\n" left out, the last
 * line as it is, NUL-terminated. dst has room for n + 1 bytes and may
 * be s. Returns the joined length. */
size_t csv_join(char *dst, const char *s, size_t n);
/* The next record's text, whole (its quoted newlines included), in
 * rec[0..rec_len) and its first line in line, not split: csv_read is
 * csv_gather then csv_split. Same returns. */
int csv_gather(struct csv_reader *r, struct ipw_error *err);
/* Parses one complete record held in text[0..len] (text[len] must be
 * writable; the text is modified in place). Returns 0 or -1. Exposed for
 * the tests and for readers that already hold the text. */
int csv_split(struct csv_reader *r, char *text, size_t len,
    struct ipw_error *err);

#endif

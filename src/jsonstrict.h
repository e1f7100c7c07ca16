/* The one syntax rule for every JSON input (trace lines, catalogs,
 * scenarios, presets, partials): exactly one RFC 8259 value, nothing but
 * white space around it, strings of valid UTF-8 without raw control bytes
 * or \u0000, numbers in JSON's grammar, nesting bounded. cJSON is lenient
 * (it stops after the first value, takes NUL as white space, reads
 * "0x10" and "-.5", cuts numbers past 63 characters), so text is checked
 * here before cJSON sees it. */
#ifndef IPW_JSONSTRICT_H
#define IPW_JSONSTRICT_H

#include <stddef.h>

/* Deepest nesting of arrays and objects accepted (the top value is 1). */
#define JSONSTRICT_MAX_DEPTH 64
/* Longest number, in characters (cJSON's parser reads at most 63). */
#define JSONSTRICT_MAX_NUMBER 63

struct jsonstrict_error {
	size_t off;		/* byte offset of the offending byte */
	char what[160];		/* lowercase, no trailing period */
};

/* 0 when s[0..len) is one JSON value with optional white space around it;
 * else -1 with e filled. When the error lies inside an object member's
 * value, the message names the member ("energy_j: ..."). */
int jsonstrict_check(const char *s, size_t len, struct jsonstrict_error *e);

/* The end of the JSON number that starts at s (before end), or NULL if
 * s does not start with one. "-0.5e3" is a number; "+1", ".5", "01",
 * "1.", "0x10", "nan" and "inf" are not. */
const char *jsonstrict_number(const char *s, const char *end);

/* s[0..len) read as a number if it is exactly one JSON number of at most
 * JSONSTRICT_MAX_NUMBER characters (no spaces, hex, "inf" or "nan"):
 * 0 with *v; 1 with *v when it is one but overflows to infinity; -1
 * when it is not one. The number rule of every reader, CSV cells too. */
int jsonstrict_parse_number(const char *s, size_t len, double *v);
/* The same rule in one pass over a number at s (before end), as the
 * fast JSON Lines scan meets it: its end, with *v, or NULL when s does
 * not start with a JSON number of at most JSONSTRICT_MAX_NUMBER
 * characters or it overflows. *v is what jsonstrict_parse_number gives
 * for the same characters (correctly rounded: strtod's). */
const char *jsonstrict_scan_number(const char *s, const char *end,
    double *v);

/* Length of the valid UTF-8 sequence at s (1 to 4), or 0 if the bytes at
 * s are not one (overlong, surrogate, above U+10FFFF, truncated). */
size_t jsonstrict_utf8(const unsigned char *s, const unsigned char *end);

#endif

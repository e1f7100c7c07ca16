/* "Did you mean ...?": the known name nearest a mistyped one. */
#ifndef IPW_SUGGEST_H
#define IPW_SUGGEST_H

#include <stddef.h>

/* Names longer than this get no suggestion: the distance is quadratic,
 * and a key of a megabyte is no typo. */
#define SUGGEST_MAX_LEN 64

struct suggest {
	const char *name;	/* the mistyped name */
	size_t len;
	const char *best;	/* nearest candidate so far, or NULL */
	size_t dist;
};

void suggest_init(struct suggest *s, const char *name, size_t len);
/* Offers a candidate (NUL-terminated). */
void suggest_offer(struct suggest *s, const char *cand);
/* The nearest candidate if it is close enough to be a typo (at most a
 * third of the name's letters changed, and at least 1 or 2 allowed),
 * else NULL. */
const char *suggest_result(const struct suggest *s);

#endif

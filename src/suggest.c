#include "config.h"

#include <string.h>

#include "suggest.h"

/* Levenshtein distance of a[0..la) and b[0..lb), both at most
 * SUGGEST_MAX_LEN long. */
static size_t
distance(const char *a, size_t la, const char *b, size_t lb)
{
	size_t d[SUGGEST_MAX_LEN + 1];

	for (size_t j = 0; j <= lb; j++)
		d[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = d[0];
		d[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = d[j], best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (d[j - 1] + 1 < best)
				best = d[j - 1] + 1;
			diag = up;
			d[j] = best;
		}
	}
	return d[lb];
}

void
suggest_init(struct suggest *s, const char *name, size_t len)
{
	s->name = name;
	s->len = len;
	s->best = NULL;
	s->dist = (size_t)-1;
}

void
suggest_offer(struct suggest *s, const char *cand)
{
	size_t lc = strlen(cand), d;

	if (s->len > SUGGEST_MAX_LEN || lc > SUGGEST_MAX_LEN)
		return;
	if ((d = distance(s->name, s->len, cand, lc)) < s->dist) {
		s->best = cand;
		s->dist = d;
	}
}

const char *
suggest_result(const struct suggest *s)
{
	size_t allow = s->len / 3 > 2 ? s->len / 3 : 2;

	return s->best != NULL && s->dist <= allow ? s->best : NULL;
}

/* Weight precisions: how many bits a weight takes in memory, what a
 * decode step reads. */
#ifndef IPW_PRECISION_H
#define IPW_PRECISION_H

#include <stddef.h>

struct precision {
	const char *name;	/* canonical, lower case */
	const char *aliases;	/* comma separated, or "" */
	double bits;		/* per weight, scales and block headers included */
	const char *source;	/* where the bits come from */
};

/* By name or alias, ignoring case; NULL if unknown. */
const struct precision *precision_find(const char *name);
/* Every canonical name, ", "-separated, into buf (for error messages). */
void precision_list(char *buf, size_t size);
/* The table, for listings; *n entries. */
const struct precision *precision_table(size_t *n);

#endif

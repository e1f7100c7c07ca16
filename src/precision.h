/* Weight precisions: how many bits a weight takes in memory (what a
 * decode step reads) and whether the arithmetic runs at twice the BF16
 * rate (8-bit weights and activations on tensor cores). */
#ifndef IPW_PRECISION_H
#define IPW_PRECISION_H

#include <stddef.h>

struct precision {
	const char *name;	/* canonical, lower case */
	const char *aliases;	/* comma separated, or "" */
	double bits;		/* per weight, scales and block headers included */
	int fast_compute;	/* 1: arithmetic at 2x the BF16 peak */
	const char *source;	/* where the bits come from */
};

/* By name or alias, ignoring case; NULL if unknown. */
const struct precision *precision_find(const char *name);
/* Every canonical name, ", "-separated, into buf (for error messages). */
void precision_list(char *buf, size_t size);
/* The table, for listings; *n entries. */
const struct precision *precision_table(size_t *n);

#endif

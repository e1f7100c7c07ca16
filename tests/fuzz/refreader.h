/* The strict reference reader of the differential fuzz target. */
#ifndef IPW_REFREADER_H
#define IPW_REFREADER_H

#include <stddef.h>

/* 1 when data[0..n) is a valid canonical trace (JSON Lines or CSV) by
 * the documented rules, 0 when it is not, -1 when this reader cannot
 * tell (zstd, escaped keys). */
int refreader_accepts(const char *data, size_t n);

#endif

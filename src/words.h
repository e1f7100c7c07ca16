/* Counting words in UTF-8 text the way Python's str.split() does, so that
 * token estimates made from text agree with the harnesses' own. */
#ifndef IPW_WORDS_H
#define IPW_WORDS_H

#include <stddef.h>

/* Whether code point c separates words: Python's str.isspace(), that is
 * U+0009-000D, U+001C-0020, U+0085, U+00A0, U+1680, U+2000-200A, U+2028,
 * U+2029, U+202F, U+205F and U+3000. */
int words_space(unsigned long c);
/* Maximal runs of non-separators in the valid UTF-8 string s (a malformed
 * byte counts as one non-separator character). */
size_t words_count(const char *s);

#endif

#include "config.h"

#include "words.h"

int
words_space(unsigned long c)
{
	return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) ||
	    c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 &&
	    c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
	    c == 0x205f || c == 0x3000;
}

/* The code point at *p, advancing *p past it. */
static unsigned long
next(const unsigned char **p)
{
	const unsigned char *s = *p;
	unsigned long c = s[0];
	int n = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ?
	    2 : (c & 0xf8) == 0xf0 ? 3 : -1;

	if (n < 0) {
		(*p)++;
		return 0xfffd;
	}
	c &= n == 0 ? 0x7f : 0x3f >> n;
	for (int i = 1; i <= n; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*p = s + i;
			return 0xfffd;
		}
		c = c << 6 | (s[i] & 0x3f);
	}
	*p = s + n + 1;
	return c;
}

size_t
words_count(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;
	int in = 0;

	while (*p != '\0') {
		if (words_space(next(&p)))
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

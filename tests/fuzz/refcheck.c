/* The reference reader as a command, for mutate.py: exit 0 when the
 * file is a valid canonical trace, 1 when it is not, 2 when the
 * reference cannot tell (zstd, escaped keys, harness records). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refreader.h"

int
main(int argc, char **argv)
{
	FILE *fp = argc == 2 ? fopen(argv[1], "rb") : NULL;
	char *buf = NULL;
	size_t n = 0, cap = 0, got;
	int ok;

	if (fp == NULL) {
		fprintf(stderr, "usage: refcheck FILE\n");
		return 64;
	}
	do {
		if (n == cap && (buf = realloc(buf, cap = cap ? 2 * cap :
		    65536)) == NULL)
			return 70;
		got = fread(buf + n, 1, cap - n, fp);
		n += got;
	} while (got > 0);
	fclose(fp);
	if (n >= 15 && memmem(buf, n, "\"model_metrics\"", 15) != NULL)
		return 2;
	ok = refreader_accepts(buf, n);
	free(buf);
	return ok < 0 ? 2 : ok ? 0 : 1;
}

/* Replays a fuzz target's corpus without libFuzzer, in any build: each
 * file named (a directory: each file in it, sorted) goes once through
 * LLVMFuzzerTestOneInput. With no argument it replays
 * $IPWSIM_SRCDIR/tests/fuzz/corpus/NAME, NAME from the program's name
 * (replay_NAME). Any crash, sanitizer report or abort fails the test. */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int
one(const char *path)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t n = 0, cap = 0, got;

	if (fp == NULL) {
		fprintf(stderr, "replay: %s: cannot open\n", path);
		return -1;
	}
	do {
		if (n == cap) {
			unsigned char *p = realloc(buf, cap = cap ? 2 * cap :
			    65536);
			if (p == NULL)
				abort();
			buf = p;
		}
		got = fread(buf + n, 1, cap - n, fp);
		n += got;
	} while (got > 0);
	fclose(fp);
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	return 0;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
replay(const char *path, int *count)
{
	struct stat st;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0;
	DIR *d;

	if (stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
		(*count)++;
		return one(path);
	}
	if ((d = opendir(path)) == NULL) {
		fprintf(stderr, "replay: %s: cannot open\n", path);
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		char **p;
		if (e->d_name[0] == '.')
			continue;
		if ((p = realloc(names, (n + 1) * sizeof(*p))) == NULL)
			abort();
		names = p;
		if ((names[n] = malloc(strlen(path) + strlen(e->d_name) + 2)) ==
		    NULL)
			abort();
		sprintf(names[n++], "%s/%s", path, e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), by_name);
	for (size_t i = 0; i < n; i++) {
		(*count)++;
		if (one(names[i]) < 0)
			return -1;
		free(names[i]);
	}
	free(names);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/'), *src = getenv("IPWSIM_SRCDIR");
	char dir[4096];
	int count = 0;

	name = name ? name + 1 : argv[0];
	if (strncmp(name, "replay_", 7) == 0)
		name += 7;
	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	if (argc < 2) {
		snprintf(dir, sizeof(dir), "%s/tests/fuzz/corpus/%s",
		    src ? src : ".", name);
		if (replay(dir, &count) < 0)
			return 1;
	}
	for (int i = 1; i < argc; i++)
		if (replay(argv[i], &count) < 0)
			return 1;
	printf("replay %s: %d inputs, no crash\n", name, count);
	return 0;
}

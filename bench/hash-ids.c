/* The query-id hash: FNV-1a's byte loop (strtab.c before) against XXH3
 * inlined from libxxhash's header (strtab.c now), on 1.2M ids of each of
 * two shapes, 10 rounds, best of 3; prints ns a hash. Built and run by
 * bench/libs.sh. */
#define XXH_INLINE_ALL
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

#define N 1200000

static char ids[N][48];
static size_t len[N];

static uint32_t
fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int
main(void)
{
	static const char *const shape[] = { "q%d (short)",
		"%08x-1b4e-4c2a-9d3f-%012x (UUID)" };

	for (int k = 0; k < 2; k++) {
		double best[2] = { 1e9, 1e9 };
		uint32_t acc = 0;
		for (int i = 0; i < N; i++)
			len[i] = (size_t)(k == 0 ? sprintf(ids[i], "q%d", i / 6) :
			    sprintf(ids[i], "%08x-1b4e-4c2a-9d3f-%012x",
			    (unsigned)(i / 6), (unsigned)(i / 6 * 7919)));
		for (int r = 0; r < 3; r++)
			for (int h = 0; h < 2; h++) {
				double t = now();
				for (int round = 0; round < 10; round++)
					for (int i = 0; i < N; i++)
						acc += h == 0 ? fnv(ids[i], len[i]) :
						    (uint32_t)XXH3_64bits(ids[i],
						    len[i]);
				t = now() - t;
				best[h] = t < best[h] ? t : best[h];
			}
		printf("ids %-36s fnv1a %.1f ns, xxh3 %.1f ns a hash (%u)\n",
		    shape[k], best[0] / (10.0 * N) * 1e9, best[1] / (10.0 * N) *
		    1e9, acc);
	}
	return 0;
}

/* Threads for work that splits: a set of workers started together and
 * joined together, or one function run on n indexes at once. Ingest's
 * parsers, curve pareto's subsets, the sweep's points and the bootstrap's
 * halves use them. */
#ifndef IPW_WORKERS_H
#define IPW_WORKERS_H

#include <pthread.h>

#define WORKERS_MAX 64

struct workers {
	pthread_t tid[WORKERS_MAX];
	int started;
};

/* Starts up to n threads (at most WORKERS_MAX) each running fn(arg);
 * returns how many started, 0 when none could be. */
int workers_start(struct workers *w, int n, void *(*fn)(void *), void *arg);
/* Waits for the started threads. */
void workers_join(struct workers *w);

/* fn(ctx, i) for i from 0 to n - 1 (n at most WORKERS_MAX): i > 0 each on
 * a thread of its own, 0 on this one; an index whose thread cannot be
 * started runs here too, so the results do not depend on how many
 * threads there were. Returns when all are done. */
void workers_run(int n, void (*fn)(void *ctx, int i), void *ctx);

#endif

#include "config.h"

#include "workers.h"

int
workers_start(struct workers *w, int n, void *(*fn)(void *), void *arg)
{
	n = n > WORKERS_MAX ? WORKERS_MAX : n;
	w->started = 0;
	while (w->started < n && pthread_create(&w->tid[w->started], NULL,
	    fn, arg) == 0)
		w->started++;
	return w->started;
}

void
workers_join(struct workers *w)
{
	for (int i = 0; i < w->started; i++)
		pthread_join(w->tid[i], NULL);
	w->started = 0;
}

/* One index of workers_run, on a thread of its own. */
struct job {
	void (*fn)(void *ctx, int i);
	void *ctx;
	int i;
};

static void *
job_main(void *arg)
{
	struct job *j = arg;

	j->fn(j->ctx, j->i);
	return NULL;
}

void
workers_run(int n, void (*fn)(void *ctx, int i), void *ctx)
{
	pthread_t tid[WORKERS_MAX];
	struct job job[WORKERS_MAX];
	int threaded[WORKERS_MAX] = { 0 };

	n = n > WORKERS_MAX ? WORKERS_MAX : n;
	for (int i = 1; i < n; i++) {
		job[i] = (struct job){ fn, ctx, i };
		threaded[i] = pthread_create(&tid[i], NULL, job_main,
		    &job[i]) == 0;
	}
	if (n > 0)
		fn(ctx, 0);
	for (int i = 1; i < n; i++)
		if (!threaded[i])
			fn(ctx, i);
	for (int i = 1; i < n; i++)
		if (threaded[i])
			pthread_join(tid[i], NULL);
}

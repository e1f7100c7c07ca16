/* Measures ingest throughput of one trace file, then routing and
 * accounting time and memory on the loaded table, with the library the
 * program uses. Prints one line of figures per phase.
 * usage: bench_ipwsim FILE [REPEATS [routers|none]] */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "account.h"
#include "catalog.h"
#include "route.h"
#include "sim.h"
#include "trace.h"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static long
peak_rss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static int
load(struct table *t, const char *path)
{
	struct trace_options o;
	struct ipw_errlist errs;
	int rc;

	trace_options_init(&o);
	ipw_errlist_init(&errs, 1);
	rc = trace_load(t, path, &o, &errs);
	if (rc < 0)
		ipw_error_print(stderr, "bench", &errs.items[0]);
	ipw_errlist_release(&errs);
	table_shrink(t);
	return rc;
}

static void
simulate(struct table *t, int repeats)
{
	struct catalog cat;
	struct pool p;
	struct pool_options po;
	struct ipw_error err;
	struct account a;
	uint8_t *assign = malloc(t->nq);
	double t0, best = 1e9, saving = 0;

	catalog_init(&cat);
	memset(&po, 0, sizeof(po));
	if (catalog_load_default(&cat, &err) < 0 ||
	    pool_init(&p, t, &cat, &po, &err) < 0) {
		ipw_error_print(stderr, "bench", &err);
		exit(1);
	}
	for (int r = 0; r < repeats; r++) {
		double base;
		t0 = now();
		route_cloud_only(&p, assign);
		account_run(&p, assign, &a);
		base = a.total.energy_j;
		route_oracle(&p, ORACLE_SMALLEST, assign, &err);
		account_run(&p, assign, &a);
		saving = account_saving(a.total.energy_j, base);
		if (now() - t0 < best)
			best = now() - t0;
	}
	printf("simulate: %u queries x %d configs: cloud-only + oracle in "
	    "%.3f s (best of %d), oracle energy saving %.4f\n", t->nq,
	    p.nlocal + 1, best, repeats, saving);
	pool_release(&p);
	catalog_release(&cat);
	free(assign);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* simulate as the command runs it: cloud-only, oracle and five routers
 * (three random, two fitted), Monte Carlo and bootstrap at 200. */
static void
routers(struct table *t)
{
	static const char *const specs[] = { "paper:0.8", "cascade:0.8",
		"mixture:0.8", "domain", "size-cascade" };
	struct catalog cat;
	struct sim_options o;
	struct ipw_error err;
	struct sim *s = malloc(sizeof(*s));
	double t0, times[3];

	catalog_init(&cat);
	sim_options_init(&o);
	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++)
		policy_parse(specs[i], &o.router[o.nrouters++], &err);
	if (catalog_load_default(&cat, &err) < 0) {
		ipw_error_print(stderr, "bench", &err);
		exit(1);
	}
	for (int i = 0; i < 3; i++) {
		t0 = now();
		if (sim_run(s, t, &cat, &o, &err) < 0) {
			ipw_error_print(stderr, "bench", &err);
			exit(1);
		}
		times[i] = now() - t0;
		if (i < 2)
			sim_release(s);
	}
	/* Three runs: this machine's speed varies by tens of percent. */
	qsort(times, 3, sizeof(times[0]), cmp_double);
	printf("routers: %u queries x %d configs, 5 routers, %d Monte Carlo "
	    "and %d bootstrap replicates: best %.2f s, median %.2f s of 3\n",
	    t->nq, s->p.nlocal + 1, o.replicates, o.bootstrap, times[0],
	    times[1]);
	sim_release(s);
	free(s);
	catalog_release(&cat);
}

int
main(int argc, char **argv)
{
	struct table t;
	struct stat sb;
	double t0, s;
	long rss0;

	if (argc < 2) {
		fprintf(stderr, "usage: bench_ipwsim FILE [REPEATS]\n");
		return 64;
	}
	stat(argv[1], &sb);
	table_init(&t);
	rss0 = peak_rss_kb();
	t0 = now();
	if (load(&t, argv[1]) < 0)
		return 65;
	s = now() - t0;
	printf("ingest: %s: %llu records in %.2f s = %.0f records/s, "
	    "%.1f MB/s (file bytes)\n", argv[1],
	    (unsigned long long)t.nrecords, s, (double)t.nrecords / s,
	    (double)sb.st_size / s / 1e6);
	printf("memory: table %.1f bytes per stored cell (%zu bytes, %llu "
	    "cells); peak RSS %.1f MB (%.1f bytes per cell)\n",
	    (double)table_memory(&t) / (double)table_cells(&t),
	    table_memory(&t), (unsigned long long)table_cells(&t),
	    (double)peak_rss_kb() / 1024,
	    (double)(peak_rss_kb() - rss0) * 1024 / (double)table_cells(&t));
	simulate(&t, argc > 2 ? atoi(argv[2]) : 5);
	if (argc <= 3 || strcmp(argv[3], "routers") == 0)
		routers(&t);
	table_release(&t);
	return 0;
}

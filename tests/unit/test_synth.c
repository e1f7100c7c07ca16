#include "config.h"

#include <string.h>

#include <gsl/gsl_integration.h>

#include "synth.h"
#include "unit.h"

/* ---- a second method: adaptive integration over the normal ------------- */

struct integrand {
	double a, sigma;
	int square_miss;	/* (1 - p)^2 instead of p */
};

static double
density_times(double z, void *arg)
{
	const struct integrand *g = arg;
	double p = 1 / (1 + exp(-(g->a - g->sigma * z)));
	double v = g->square_miss ? (1 - p) * (1 - p) : p;

	return v * exp(-z * z / 2) / sqrt(2 * M_PI);
}

static double
qagi(struct integrand *g)
{
	gsl_integration_workspace *w = gsl_integration_workspace_alloc(1000);
	gsl_function f = { density_times, g };
	double v, e;

	ck_assert_int_eq(gsl_integration_qagi(&f, 1e-13, 1e-11, 1000, w, &v,
	    &e), 0);
	gsl_integration_workspace_free(w);
	return v;
}

START_TEST(test_nodes)
{
	double x[48], w[48], s = 0, m2 = 0, m4 = 0;

	ck_assert_int_eq(synth_normal_nodes(48, x, w), 0);
	for (int i = 0; i < 48; i++) {
		s += w[i];
		m2 += w[i] * x[i] * x[i];
		m4 += w[i] * pow(x[i], 4);
	}
	/* moments of the standard normal: 1, 1, 3 */
	ck_assert(fabs(s - 1) < 1e-12);
	ck_assert(fabs(m2 - 1) < 1e-12);
	ck_assert(fabs(m4 - 3) < 1e-10);
	ck_assert_int_eq(synth_normal_nodes(65, x, w), -1);
}
END_TEST

/* Gauss-Hermite expectation of logistic(a - sigma Z) against GSL's
 * adaptive integration over the whole line. */
START_TEST(test_quadrature_vs_qagi)
{
	double x[48], w[48], gh = 0;
	struct integrand g = { 0.7, 1.3, 0 };

	synth_normal_nodes(48, x, w);
	for (int i = 0; i < 48; i++)
		gh += w[i] / (1 + exp(-(g.a - g.sigma * x[i])));
	ck_assert(fabs(gh - qagi(&g)) < 1e-9);
}
END_TEST

static struct synth_calib cal;
static struct synth_fit fit;

static void
load_tiny(void)
{
	struct ipw_error err;

	ck_assert_int_eq(synth_load(&cal, testdata("synth/tiny.json"), &err),
	    0);
	ck_assert_int_eq(synth_fit(&cal, &fit, &err), 0);
}

static void
release_tiny(void)
{
	synth_release(&cal);
}

/* tiny.json: two local models at 50% on one dataset whose domains have
 * mean difficulty 0 (the "easy" target is not fitted). By symmetry,
 * E[logistic(a - sigma Z)] = 1/2 only at a = 0; sigma then solves
 * 1 - E[(1 - p)^2] = 0.7, checked by adaptive integration. */
START_TEST(test_fit_tiny)
{
	struct integrand g;

	ck_assert_int_eq(cal.nds, 1);
	ck_assert_int_eq(cal.nm, 3);
	ck_assert_int_eq(fit.params, 3);	/* two abilities, sigma */
	ck_assert(fabs(fit.ability[0][0]) < 1e-6);
	ck_assert(fabs(fit.ability[1][0]) < 1e-6);
	ck_assert(fit.always[2][0]);
	ck_assert(fabs(fit.mu[0][0]) == 0 && fabs(fit.mu[0][1]) == 0);
	g.a = 0;
	g.sigma = fit.sigma[0];
	g.square_miss = 1;
	ck_assert(fabs(1 - qagi(&g) - 0.7) < 1e-6);
	/* the fit's expectations (quadrature) against adaptive integration
	 * at the fitted parameters: accuracy of small, solvability */
	ck_assert(fabs(1 - qagi(&g) - fit.expected[3]) < 1e-9);
	g.a = fit.ability[0][0];
	g.square_miss = 0;
	ck_assert(fabs(qagi(&g) - fit.expected[0]) < 1e-9);
	/* the unfitted target is reported at the model's value, 0.7 */
	ck_assert(!cal.tg[4].fit);
	ck_assert(fabs(fit.expected[4] - 0.7) < 1e-6);
}
END_TEST

struct collect {
	uint64_t n;
	double energy, latency, tin, tout, correct[3];
	unsigned long long hash;
	int only;		/* config to hash, -1 all */
};

static int
collect(void *ctx, const struct synth_row *r)
{
	struct collect *c = ctx;
	double v[5] = { r->energy_j, r->latency_s, r->tokens_in, r->tokens_out,
		r->correct };

	c->n++;
	c->energy += r->energy_j;
	c->latency += r->latency_s;
	c->tin += r->tokens_in;
	c->tout += r->tokens_out;
	c->correct[r->config] += r->correct;
	if (c->only < 0 || r->config == c->only)
		for (int i = 0; i < 5; i++) {	/* FNV-1a over the bytes */
			const unsigned char *b = (const unsigned char *)&v[i];
			for (size_t k = 0; k < sizeof(double); k++)
				c->hash = (c->hash ^ b[k]) * 1099511628211ull;
		}
	return 0;
}

/* The Monte Carlo trace against the fit: within 4 standard errors. With
 * no noise and log-sd 0, every record's numbers are known by hand:
 * tokens in round(e^4) = 55, small 100 tokens x 2 J = 200 J and
 * 100 x 0.01 = 1 s, mid 200 x 3 = 600 J, big 300 x 5 = 1500 J. */
START_TEST(test_generate_tiny)
{
	struct synth_gen g;
	struct synth_tally t;
	struct collect c = { .hash = 14695981039346656037ull, .only = -1 };
	double n, se = sqrt(0.25 / 200000);

	synth_gen_init(&g, &cal);
	g.queries = 200000;
	ck_assert_int_eq(synth_generate(&cal, &fit, &g, collect, &c, &t), 0);
	ck_assert_uint_eq(c.n, 600000);
	ck_assert_close(c.tin, 55.0 * 600000);
	ck_assert_close(c.energy, 200000.0 * (200 + 600 + 1500));
	ck_assert_close(c.latency, 200000.0 * (1 + 4 + 9));
	ck_assert(fabs(c.correct[0] / 200000 - 0.5) < 4 * se);
	ck_assert(fabs(c.correct[1] / 200000 - 0.5) < 4 * se);
	ck_assert(c.correct[2] == 200000);
	ck_assert(fabs(synth_realised(&cal, &t, 3, &n) - 0.7) < 4 *
	    sqrt(0.21 / 200000));
	ck_assert(n == 200000);
	ck_assert(fabs(synth_realised(&cal, &t, 0, &n) - c.correct[0] /
	    200000) < 1e-15);
}
END_TEST

/* The same seed gives the same records; another seed others; a query's
 * values do not depend on which configurations are written. */
START_TEST(test_deterministic)
{
	struct synth_gen g;
	struct collect a = { .hash = 14695981039346656037ull, .only = 1 };
	struct collect b = a, c = a, d = a;

	synth_gen_init(&g, &cal);
	g.queries = 5000;
	synth_generate(&cal, &fit, &g, collect, &a, NULL);
	synth_generate(&cal, &fit, &g, collect, &b, NULL);
	ck_assert_uint_eq(a.hash, b.hash);
	g.use[0] = g.use[2] = 0;
	synth_generate(&cal, &fit, &g, collect, &c, NULL);
	ck_assert_uint_eq(c.n, 5000);
	ck_assert_uint_eq(a.hash, c.hash);
	g.seed = 2;
	synth_generate(&cal, &fit, &g, collect, &d, NULL);
	ck_assert_uint_ne(a.hash, d.hash);
}
END_TEST

/* The bundled calibration: every fitted target met in expectation. */
START_TEST(test_bundled_fit)
{
	struct synth_calib *c = calloc(1, sizeof(*c));
	struct synth_fit *f = calloc(1, sizeof(*f));
	struct ipw_error err;
	char path[4096];

	snprintf(path, sizeof(path), "%s/../../data/calibration/"
	    "ipw-2511.07885.json", testdata(""));
	ck_assert_int_eq(synth_load(c, path, &err), 0);
	ck_assert_int_eq(synth_fit(c, f, &err), 0);
	for (int i = 0; i < c->nt; i++)
		if (c->tg[i].fit)
			ck_assert_msg(fabs(f->expected[i] - c->tg[i].value) <
			    1e-3, "target %d: %g vs %g", i, f->expected[i],
			    c->tg[i].value);
	synth_release(c);
	free(c);
	free(f);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("synth");
	TCase *tc = tcase_create("core"), *tf = tcase_create("tiny");

	tcase_add_test(tc, test_nodes);
	tcase_add_test(tc, test_quadrature_vs_qagi);
	tcase_add_test(tc, test_bundled_fit);
	tcase_add_checked_fixture(tf, load_tiny, release_tiny);
	tcase_add_test(tf, test_fit_tiny);
	tcase_add_test(tf, test_generate_tiny);
	tcase_add_test(tf, test_deterministic);
	tcase_set_timeout(tf, 60);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tf);
	return s;
}

UNIT_MAIN(suite)

/* A synthetic trace calibrated to what a paper publishes per model, per
 * dataset and per domain (data/calibration/): queries with a latent
 * difficulty, models with an ability per dataset, correct with
 * probability logistic(ability - difficulty); tokens, energy and latency
 * from per-token constants with sources. */
#ifndef IPW_SYNTH_H
#define IPW_SYNTH_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "jsonfile.h"

#define SYNTH_MAX_DS 8
#define SYNTH_MAX_DOM 24
#define SYNTH_MAX_MODELS 32
#define SYNTH_MAX_CONFIGS 64
#define SYNTH_MAX_TARGETS 512

enum synth_kind {
	SYNTH_ACCURACY,		/* a model's accuracy on a dataset */
	SYNTH_ACCURACY_MEAN,	/* its plain mean over the datasets */
	SYNTH_REFERENCE,	/* always correct: the dataset's reference */
	SYNTH_SOLVABLE,		/* share some local-set model answers */
	SYNTH_BEST_OF_LOCAL,	/* the same over the size mix */
};

struct synth_target {
	enum synth_kind kind;
	int model, dataset, domain;	/* -1 when the target has none */
	double value;
	int fit;			/* 0: reported, not fitted */
	const char *source;
};

struct synth_dataset {
	const char *name;
	double size;
	int reasoning;			/* outputs of kind "reasoning" */
	int ndom;			/* 0: no domains */
	const char *dom[SYNTH_MAX_DOM];
	double share[SYNTH_MAX_DOM];	/* sums to 1 */
};

struct synth_model {
	const char *name;
	int local_set;			/* counts for solvable/best_of_local */
	int profile_of;			/* -1, or a model whose abilities it
					 * follows, shifted */
	double out_mean[2];		/* mean output tokens: chat, reasoning */
};

struct synth_config {
	int model;
	const char *accel;
	int by_default;
	double batch, e_tok, t_tok;	/* J and s per output token */
	double devices;			/* accelerators of the measured
					 * replica; NaN: not given */
};

struct synth_calib {
	struct jsondoc doc;		/* texts point into it */
	char path[PATH_MAX + 64];	/* the file, for messages */
	struct synth_dataset ds[SYNTH_MAX_DS];
	struct synth_model m[SYNTH_MAX_MODELS];
	struct synth_target tg[SYNTH_MAX_TARGETS];
	struct synth_config c[SYNTH_MAX_CONFIGS];
	int nds, nm, nt, nc;
	double in_mu, in_sd;		/* ln(input tokens) */
	double out_sd, out_max;
	double energy_cv, latency_cv;
	double tolerance;
};

/* Reads a calibration; path NULL for the default in the data directory.
 * Errors name the file, line and field (65), or the file (66). */
int synth_load(struct synth_calib *c, const char *path,
    struct ipw_error *err);
void synth_release(struct synth_calib *c);

/* The fitted latent model. */
struct synth_fit {
	double ability[SYNTH_MAX_MODELS][SYNTH_MAX_DS];
	unsigned char always[SYNTH_MAX_MODELS][SYNTH_MAX_DS];
	double mu[SYNTH_MAX_DS][SYNTH_MAX_DOM];	/* mean difficulty */
	double sigma[SYNTH_MAX_DS];
	double expected[SYNTH_MAX_TARGETS];	/* each target under the fit */
	int params, iterations;
};

/* Fits the fitted targets by least squares (GSL trust region) with
 * expectations by Gauss-Hermite quadrature over the difficulty. Fills
 * f->expected for every target, fitted or not. 70 if GSL fails. */
int synth_fit(const struct synth_calib *c, struct synth_fit *f,
    struct ipw_error *err);

/* Gauss-Hermite nodes and weights for E[g(Z)], Z standard normal:
 * sum w[i] g(x[i]) with sum w = 1. n <= 64; returns 0 or -1. */
int synth_normal_nodes(int n, double *x, double *w);

/* One generated record. */
struct synth_row {
	uint64_t query;		/* 0-based */
	int dataset, domain, config;	/* domain -1 when none */
	int correct;
	double p_correct;	/* the model's probability of a correct
				 * answer to this query under the fit */
	double tokens_in, tokens_out, energy_j, latency_s;
};

/* What was realised, per target: numerator and denominator, summed over
 * the generated queries (best_of_local: per dataset, reweighted). */
struct synth_tally {
	double n_ds[SYNTH_MAX_DS], n_dom[SYNTH_MAX_DS][SYNTH_MAX_DOM];
	double correct[SYNTH_MAX_MODELS][SYNTH_MAX_DS];
	double solv_ds[SYNTH_MAX_DS], solv_dom[SYNTH_MAX_DS][SYNTH_MAX_DOM];
	/* solved by a local-set model among the configurations written */
	double solv_written_ds[SYNTH_MAX_DS];
};

struct synth_gen {
	uint64_t queries;
	unsigned long seed;
	double mix[SYNTH_MAX_DS];	/* weights by dataset, sum 1 */
	unsigned char use[SYNTH_MAX_CONFIGS];	/* configurations written */
};

/* The calibration's size mix and default configurations. */
void synth_gen_init(struct synth_gen *g, const struct synth_calib *c);
/* Generates g->queries queries; emit gets each record of each used
 * configuration, in query order then configuration order, and returns 0
 * or -1 to stop. Returns 0, -1 when emit stopped, or -2 out of memory.
 * Deterministic for the seed; a query's values do not depend on which
 * configurations are used. Fills tally when not NULL. */
int synth_generate(const struct synth_calib *c, const struct synth_fit *f,
    const struct synth_gen *g, int (*emit)(void *ctx,
    const struct synth_row *r), void *ctx, struct synth_tally *tally);
/* Target i realised in tally: value and the number of queries behind it
 * (NaN, 0 when none). */
double synth_realised(const struct synth_calib *c,
    const struct synth_tally *t, int i, double *n);

/* Target i (a best_of_local one) over the local-set models of the
 * configurations written only; NaN when i is not best_of_local. */
double synth_realised_written(const struct synth_calib *c,
    const struct synth_tally *t, int i, double *n);

const char *synth_kind_name(enum synth_kind k);
/* The query id of the 0-based query q ("s00000001"), into buf. */
void synth_query_id(char *buf, size_t size, uint64_t q);

#endif

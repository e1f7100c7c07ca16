/* What-if models: the deployment assumptions the paper fixed, made
 * parameters. A configuration's per-query energy and latency measured at
 * the trace's batch size are moved to another batch size along a measured
 * curve; then cloud fleet utilization (idle accelerators), host overhead
 * and PUE, or a local device's idle power (marginal or dedicated), are
 * added; carbon follows from grid intensity. The formulas, with units,
 * are in docs/models.md and ipwsim-simulate(1). */
#ifndef IPW_WHATIF_H
#define IPW_WHATIF_H

#include <gsl/gsl_interp.h>

#include "catalog.h"
#include "error.h"

/* A measured energy-per-token and inter-token-latency curve against
 * batch size, interpolated linearly in log batch (so it passes through
 * every measured point). */
struct curve {
	char model[64], accel[64], precision[32], source[160];
	int gpus;
	int n;
	double *logb;		/* ln(batch), strictly increasing */
	double *ept;		/* J per output token, whole replica */
	double *itl;		/* s per output token */
	gsl_interp *ie, *il;
	long line;		/* first line in the file */
};

struct curves {
	struct curve *c;
	int n;
	char file[1024];	/* the files read, comma separated */
};

int curves_load(struct curves *cs, const char *path, struct ipw_error *err);
/* data/curves/mlenergy-v3.csv and mlenergy-v2.csv from the data
 * directory. */
int curves_load_default(struct curves *cs, struct ipw_error *err);
void curves_release(struct curves *cs);
/* The curve for a model on an accelerator, by catalog names: bfloat16
 * first, then the most points, then the fewest GPUs. With no curve for
 * an H200, the H100 one stands in (*stand_in set). NULL if none. */
const struct curve *curves_find(const struct curves *cs,
    const struct catalog *cat, const char *model, const char *accel,
    int *stand_in);
/* What a curve can stand in for (bits of *stand_in). */
enum { STAND_IN_ACCEL = 1, STAND_IN_PRECISION = 2, STAND_IN_DEVICES = 4 };
/* The same for a configuration that states its precision (canonical
 * name, or NULL) and devices (0: not stated): a curve at that precision
 * and replica size first, then at that precision, then any (bfloat16
 * first, the most points, the fewest GPUs). *stand_in says what differs
 * (STAND_IN_* bits) and why[0..size) in words ("H100 curve standing in
 * for H200, BF16 for FP8, 8 devices for 4"; "" when nothing). */
const struct curve *curves_find_config(const struct curves *cs,
    const struct catalog *cat, const char *model, const char *accel,
    const char *precision, int devices, int *stand_in, char *why,
    size_t size);
/* Energy per token and latency per token at batch b; an error outside
 * the measured range (no extrapolation). */
int curve_at(const struct curve *c, double b, double *ept, double *itl,
    struct ipw_error *err);

/* Request arrivals (vidur's processed traces: arrived_at s,
 * num_prefill_tokens, num_decode_tokens). */
struct arrivals {
	double *t;		/* s, nondecreasing */
	double *decode;		/* output tokens */
	size_t n;
	char file[256];
	long last_line;		/* of the file, for errors about it all */
};

int arrivals_load(struct arrivals *a, const char *path, struct ipw_error *err);
void arrivals_release(struct arrivals *a);
/* What a continuously batching replica forms when the arrivals come at
 * `rate` requests/s (<= 0: the file's own rate): each request is in the
 * batch for its output tokens x the curve's inter-token latency at the
 * mean batch, found by fixed-point iteration (clamped to the curve's
 * measured range; *clamped set when it had to be). Gives the mean batch
 * size while busy and the busy share of the time. */
int arrivals_replica(const struct arrivals *a, const struct curve *c,
    double rate, double *batch, double *util, int *clamped,
    struct ipw_error *err);

enum local_mode {
	LOCAL_MEASURED,		/* the trace's energy as it is (the paper) */
	LOCAL_MARGINAL,		/* only energy above idle: on anyway */
	LOCAL_DEDICATED,	/* idle time over the on-hours charged too */
};

enum cost_mode {
	COST_TOKENS,		/* the trace's cost, else token prices */
	COST_TCO,		/* electricity and hardware */
};

/* Accounting hypotheses: ways the paper may have charged the cloud and
 * priced tokens (docs/reproduction.md has each formula). */
enum cloud_charge {
	CHARGE_SHARE,		/* a query's share of a batch step (ipwsim) */
	CHARGE_STEP,		/* the whole step: share x batch size */
};

enum energy_basis {
	BASIS_MEASURED,		/* each query's own energy (per its tokens) */
	BASIS_PER_QUERY,	/* one energy for every query: the mean */
};

enum token_pricing {
	PRICING_BOTH,		/* input and output tokens at their prices */
	PRICING_OUTPUT,		/* output tokens only */
	PRICING_OUTPUT_RATE,	/* every token at the output price */
};

#define WHATIF_MAX_BATCH 16

struct whatif {
	double cloud_batch, local_batch;	/* NaN: as measured */
	/* per configuration, over the side's: "model@accelerator", the
	 * first batch_len bytes of batch_config (the option's text, left
	 * whole) */
	const char *batch_config[WHATIF_MAX_BATCH];
	int batch_len[WHATIF_MAX_BATCH];
	double batch_value[WHATIF_MAX_BATCH];
	int nbatch;
	/* --measured-batch: the batch a configuration whose records give no
	 * batch_size was measured at */
	const char *measured_config[WHATIF_MAX_BATCH];
	int measured_len[WHATIF_MAX_BATCH];
	double measured_value[WHATIF_MAX_BATCH];
	int nmeasured;
	/* --measured-batch local=B, cloud=B: the same for every such
	 * configuration of a side; NaN: none */
	double local_measured_batch, cloud_measured_batch;
	double cloud_util;	/* busy share of the fleet, (0, 1] */
	double cloud_host;	/* host energy / accelerator energy, >= 0 */
	double cloud_pue, local_pue;		/* >= 1 */
	double cloud_idle_w, local_idle_w;	/* NaN: the catalog's */
	enum local_mode local_mode;
	double local_qpd;	/* queries a device serves per day */
	double local_on_hours;	/* hours a dedicated device is on per day */
	double cloud_grid, local_grid;		/* g CO2e/kWh; NaN: none */
	enum batch_model { BATCH_MEASURED, BATCH_LENGTH_MODEL,
		BATCH_ROOFLINE } batch_model;	/* what moves a batch */
	enum cost_mode cost;
	double cloud_kwh_usd, local_kwh_usd;	/* electricity, USD/kWh */
	double cloud_rent_usd_h;	/* a cloud replica, USD per hour */
	double local_device_usd;	/* a local device's price, USD */
	double local_lifetime_years;
	enum cloud_charge cloud_charge;
	enum energy_basis cloud_basis;
	/* the cloud's energies and latencies were measured on this
	 * accelerator: scaled to the cloud's by memory bandwidth; NULL: as
	 * measured */
	const char *cloud_measured_on;
	enum token_pricing pricing;
};

/* The paper's setting: as measured, utilization 1, no host, PUE 1,
 * local energy as measured (ipwsim's defaults; --preset paper). */
void whatif_init(struct whatif *w);
int whatif_local_mode_parse(const char *s, enum local_mode *m);
/* Applies a preset: data/presets/NAME.json, or a file when name has a
 * '/' or ends in ".json". Every setting in it has a source. */
int whatif_preset(struct whatif *w, const char *name, struct ipw_error *err);
/* The same on top of w's settings (the preset's replace them). */
int whatif_preset_apply(struct whatif *w, const char *name,
    struct ipw_error *err);
const char *whatif_local_mode_name(enum local_mode m);
int whatif_cloud_charge_parse(const char *s, enum cloud_charge *c);
const char *whatif_cloud_charge_name(enum cloud_charge c);
int whatif_basis_parse(const char *s, enum energy_basis *b);
const char *whatif_basis_name(enum energy_basis b);
int whatif_pricing_parse(const char *s, enum token_pricing *p);
const char *whatif_pricing_name(enum token_pricing p);

#endif

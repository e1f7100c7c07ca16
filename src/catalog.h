/* The catalog of models and accelerators (data/catalog.json): the values
 * a trace may lack (parameters for FLOPs, token prices for cost) and the
 * device figures the plausibility checks use. Unknown values are NaN. */
#ifndef IPW_CATALOG_H
#define IPW_CATALOG_H

#include <cjson/cJSON.h>

#include "error.h"

enum catalog_tier { TIER_LOCAL, TIER_CLOUD };

struct catalog_model {
	const char *name;	/* strings point into the owning JSON tree */
	const char *family;
	const char *release;	/* "YYYY-MM" or NULL */
	const char *precision;	/* the released weights' precision, as
				 * precision.h names it, or NULL: not
				 * given */
	double params_total_b, params_active_b;
	double price_in, price_out;	/* USD per 1M tokens */
	double experts, experts_active;	/* MoE; NaN for dense models */
	/* the architecture the batch model reads (NaN: not given) */
	double layers;
	double kv_token;	/* KV cache bytes a context token adds over
				 * the layers attending to all of it */
	double kv_win_token;	/* the same over windowed layers */
	double kv_window;	/* their window, tokens */
	double state;		/* recurrent state, bytes a sequence */
	const cJSON *json;
	const char *file;	/* catalog file it came from */
};

struct catalog_accel {
	const char *name;
	enum catalog_tier tier;
	double memory_gb, bandwidth_gbs, peak_tflops, tdp_w;
	double idle_w;		/* one device, idle, W */
	/* a local device's whole system at the wall, W: idle, and typical
	 * while it serves a model (NaN: unknown) */
	double system_idle_w, system_active_w;
	const cJSON *json;
	const char *file;
};

#define CATALOG_MAX_FILES 16

struct catalog {
	cJSON *root[CATALOG_MAX_FILES];
	char *file[CATALOG_MAX_FILES];
	int nfiles;
	cJSON *merged;		/* entries made by merging, owned here */
	struct catalog_model *models;
	int nmodels;
	struct catalog_accel *accels;
	int naccels;
	/* catalog_architecture's estimates from the models loaded (set by
	 * catalog_load): ln L = arch_a + arch_b ln sqrt(A P), and KV bytes
	 * a token arch_kappa sqrt(A) */
	double arch_a, arch_b, arch_kappa;
};

/* What the length-aware batch model needs of a model's architecture
 * (lenmodel.h gives its terms), and which of it was estimated. */
struct catalog_arch {
	double layers, kv_token, kv_win_token, kv_window, state;
	int layers_estimated, kv_estimated;
};

/* The architecture of model m (NULL: not in the catalog) of active_b and
 * total_b billion parameters: the catalog's figures where it gives them
 * (a model without kv_window_bytes_per_token has no windowed layers and
 * one without state_bytes_per_sequence no recurrent state); what it lacks
 * estimated from the catalog's other models: layers L = exp(a) (A P)^(b/2)
 * by least squares of ln L on ln sqrt(A P) over the models that give
 * layers, and KV bytes a token kappa sqrt(A), kappa the median of
 * kv_bytes_per_token / sqrt(A) over the models that give it and have no
 * windowed layers; with fewer than three such models, L = 48 and kappa =
 * 45,000 bytes (CATALOG_LAYERS_DEFAULT, CATALOG_KV_PER_SQRT_DEFAULT). */
void catalog_architecture(const struct catalog *cat,
    const struct catalog_model *m, double active_b, double total_b,
    struct catalog_arch *out);

/* What an architecture's estimate was, for a report: "layers", "KV
 * cache", "layers and KV cache", or NULL when nothing was estimated. */
const char *catalog_arch_estimated(const struct catalog_arch *a);

#define CATALOG_LAYERS_DEFAULT 48
#define CATALOG_KV_PER_SQRT_DEFAULT 45000

void catalog_init(struct catalog *cat);
void catalog_release(struct catalog *cat);
/* Adds the entries of one catalog file. An entry whose name (or alias)
 * is already known is merged into the earlier one: the fields it gives
 * replace those fields, the others are kept. */
int catalog_load(struct catalog *cat, const char *path, struct ipw_error *err);
/* Loads data/catalog.json from the data directory, then each extra file. */
int catalog_load_default(struct catalog *cat, struct ipw_error *err);
/* By name or alias, ignoring case; NULL if absent. */
const struct catalog_model *catalog_model(const struct catalog *cat,
    const char *name);
/* Where a configuration's precision comes from when its records give
 * none. */
enum catalog_prec_from {
	PREC_NONE,		/* nowhere: BF16 is assumed */
	PREC_MODEL_ID,		/* the model id's last part names one
				 * ("...-FP8", "qwen3:8b-q4_K_M") */
	PREC_CATALOG,		/* the catalog's release precision */
};
/* The precision of model's weights when nothing else states it: one
 * named by the last "-" or ":" part of the id, else the catalog model's
 * release precision, else NULL (PREC_NONE). */
const char *catalog_default_precision(const struct catalog *cat,
    const char *model, enum catalog_prec_from *from);
/* How that reads in a report: "FP8, named in the model id", "MXFP4, the
 * catalog's release precision", "BF16 assumed". */
void catalog_precision_text(const char *precision,
    enum catalog_prec_from from, char *buf, size_t size);
/* An accelerator as a collector names N of them, "NAME xN" (the IPW
 * harness: "NVIDIA H100 80GB HBM3 x8"), is NAME's entry, a device's
 * figures. */
const struct catalog_accel *catalog_accel(const struct catalog *cat,
    const char *name);
/* The devices a configuration's accelerator name counts: N of a name
 * ending in " xN" (1 to 9999), else 1. A replica's TDP and idle power
 * are N times a device's. */
int catalog_devices(const char *name);
/* What a value says of itself: measured (by a public measurement),
 * vendor (a vendor's figure) or assumed (neither: its source says how it
 * was made). */
extern const char *const catalog_bases[];	/* NULL-terminated */
/* A text of an entry's value object: key "source" or "basis"; NULL when
 * the value is a bare number or the key is absent. */
const char *catalog_value_text(const cJSON *entry, const char *field,
    const char *key);
/* The directory holding ipwsim's data files: $IPWSIM_DATADIR, else the
 * installed pkgdatadir, else data/ next to the executable (a build tree).
 * Writes into buf; returns -1 if none has catalog.json. */
int catalog_datadir(char *buf, size_t size, struct ipw_error *err);

#endif

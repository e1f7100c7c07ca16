/* Measurement rows in the ML.ENERGY Leaderboard's per-configuration CSV
 * form (the columns of its lm-arena-chat and gpqa tables): one serving
 * configuration at one max_num_seqs per row, turned into batch-model
 * points. Columns used:
 *
 *   required  model_id, gpu, num_gpus, avg_output_len, and
 *             max_num_seqs or avg_batch_size (the mean running batch,
 *             preferred when given)
 *   optional  weight_precision (else catalog_default_precision's, else
 *             bf16), active_params_B, total_params_B (else the
 *             catalog's), task, avg_input_len (else the assumed prompt
 *             length)
 *   measured  energy_per_token_J (J per output token, replica),
 *             median_itl_ms, avg_power_W_all_gpus (else energy per token
 *             x output_tok_per_s): required to fit, optional to predict
 *
 * Leaderboard v2's names stand for v3's where v3's are absent (model,
 * tp, max_bs, avg_bs, avg_out_tokens, energy_per_out_token_J, avg_tpot_s
 * in seconds, token_tput).
 *
 * Other columns are kept (for ipwsim fit --predict to write back). */
#ifndef IPW_MLEDATA_H
#define IPW_MLEDATA_H

#include <stddef.h>

#include "catalog.h"
#include "error.h"
#include "lenmodel.h"

#define MLE_MAX_NAMES 256

struct mle_row {
	struct lm_point pt;
	char **field;		/* the row's cells as read (nfields) */
	char why[256];		/* "" or why the row cannot be predicted */
	char model[96];		/* model_id as given */
	const char *precision;	/* canonical precision name */
	int catalog_params;	/* parameters taken from the catalog */
	int prec_default;	/* no weight_precision: a default taken */
	enum catalog_prec_from prec_from;	/* and where from */
	struct catalog_arch arch;	/* its architecture, and what of it
					 * was estimated */
};

struct mle_set {
	struct mle_row *row;
	size_t n, cap;
	char **header;		/* column names of the first file */
	int *map;		/* the file being read: where each of them is */
	int nfields;
	/* index tables the points refer to */
	char *accel[MLE_MAX_NAMES], *task[MLE_MAX_NAMES];
	int naccel, ntask, nfamily, nconfig, nsetup, nmodel;
	char file[512];		/* files read, ", "-separated */
	double prompt_len;	/* assumed where a row gives none */
};

/* Copies the architecture into the point. */
void mle_set_architecture(struct lm_point *q, const struct catalog_arch *a);
void mle_init(struct mle_set *s, double prompt_len);
void mle_release(struct mle_set *s);
/* Appends the rows of path. measured != 0: every row must carry the
 * measured columns (a fit's data); 0: they may be absent (rows to
 * predict) and a row the catalog cannot describe is kept with why set.
 * Errors (IPW_EX_DATAERR, at file:line:col naming the column): a missing
 * required column, a cell that is not a number in range, num_gpus < 1,
 * an unknown weight_precision (the message lists the known ones).
 * Each file is read by its own header; the rows keep the first file's
 * columns (by name, empty where a later file lacks one). */
int mle_read(struct mle_set *s, const char *path, const struct catalog *cat,
    int measured, struct ipw_error *err);
/* Row r of set rows against a fitted set train: the index of train's
 * accelerator named like r's (-1: none), and in *cfg a measured
 * configuration of r's setup (same model id, accelerator, devices and
 * precision), on r's task if train has one there (*same_task set), else
 * on another; -1 if none. */
int mle_match(const struct mle_set *train, const struct mle_set *rows,
    const struct mle_row *r, int *cfg, int *same_task);
/* Appends the shipped measurements (the data directory's
 * measurements/mlenergy-v3-chat.csv and -gpqa.csv), and names them so in
 * s->file. */
int mle_read_shipped(struct mle_set *s, const struct catalog *cat,
    struct ipw_error *err);
/* The points of s, copied into a new array of s->n (NULL: no memory). */
struct lm_point *mle_points(const struct mle_set *s);

#endif

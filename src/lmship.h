/* The length-aware batch model as simulate uses it: the shipped
 * measurements (data/measurements) read once per process, the fits and
 * the validated errors made when first asked (the curve ratios at once,
 * every fold in about a second). Thread safe. */
#ifndef IPW_LMSHIP_H
#define IPW_LMSHIP_H

#include "catalog.h"
#include "error.h"
#include "lmvalid.h"

/* The lengths assumed for a configuration whose records give no token
 * counts (docs/models.md). */
#define LMSHIP_PROMPT_LEN 1000
#define LMSHIP_OUTPUT_LEN 600

/* Energy and latency ratios between batch b1 and b0 for a model on a
 * replica of the accelerator at mean prompt and output lengths (tokens):
 * the model at the precision given (canonical name; NULL: BF16 assumed)
 * on the devices given (0: the fewest whose memory holds the weights at
 * 90%, assumed), with the accelerator's fit, or the nearest fitted
 * accelerator's with its own figures (*stand_in set; set too when the
 * accelerator's fit took another's power shares, none measured on it).
 * Describes what it used in how. */
int lmship_scale(const struct catalog *cat, const char *model,
    const char *accel, const char *precision, int devices, double b0,
    double b1, double in_len, double out_len,
    double *e_scale, double *l_scale, int *stand_in, char *how,
    size_t howlen, struct ipw_error *err);
/* Every fold of the validation on the shipped measurements; only the
 * curve-ratio folds (which fit nothing: fast). */
const struct lmv *lmship_folds(const struct catalog *cat,
    struct ipw_error *err);
const struct lmv *lmship_ratios(const struct catalog *cat,
    struct ipw_error *err);

#endif

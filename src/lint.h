/* Plausibility checks of a trace (ipwsim check): counts, per-configuration
 * summaries and the warnings a reviewer needs before trusting it. */
#ifndef IPW_LINT_H
#define IPW_LINT_H

#include <stdint.h>
#include <stdio.h>

#include "catalog.h"
#include "prov.h"
#include "table.h"

enum lint_kind {
	LINT_POWER_ABOVE_TDP,
	LINT_POWER_BELOW_IDLE,
	LINT_POWER_TINY,	/* under TDP / 1000: kJ, Wh or kW read as J or W */
	LINT_ZERO_ENERGY,
	LINT_ALL_CORRECT,
	LINT_ALL_WRONG,
	LINT_SAME_TOKENS,
	LINT_NOT_IN_CATALOG,
	LINT_KINDS
};

struct lint_config {
	uint32_t records;
	uint32_t correct;
	double energy_sum;
	double power_sum;	/* implied power over records with latency */
	uint32_t with_power;
	uint64_t tokens_in, tokens_out;
	uint32_t count[LINT_KINDS];	/* records showing each problem */
	uint32_t example[LINT_KINDS];	/* a query row that shows it */
	double limit[LINT_KINDS];	/* the TDP or idle figure compared */
	uint32_t source[PROV_SOURCES];	/* records by energy_source */
	uint32_t scope[PROV_SCOPES];	/* and by energy_scope */
};

struct lint {
	uint32_t nq, nc;
	uint64_t cells, missing;
	struct lint_config *cfg;	/* nc entries */
	int same_tokens;	/* every record has the same token counts */
	/* the energy scopes of the local tier's records and the cloud
	 * tier's (bit per prov_scope), when they differ; else 0 */
	unsigned scope_local, scope_cloud;
	uint32_t nwarnings;
};

int lint_run(struct lint *l, const struct table *t, const struct catalog *cat);
void lint_release(struct lint *l);
/* The text of warning k of configuration c (no trailing newline). */
void lint_warning(const struct lint *l, const struct table *t, uint32_t c,
    enum lint_kind k, char *buf, size_t size);
/* The mixed-scope warning's text, when scope_local != scope_cloud. */
void lint_scope_warning(const struct lint *l, char *buf, size_t size);
/* A configuration's energy_source (scope = 0) or energy_scope (1) as one
 * word: the one all its records have, or "mixed". */
const char *lint_provenance(const struct lint_config *lc, int scope);

#endif

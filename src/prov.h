/* Provenance of an energy: how it was obtained (source) and what it
 * counts (scope). Every record may state both (energy_source,
 * energy_scope); readers fill them for the formats whose tools are known,
 * and ipwsim's own models label what they add. The vocabulary is
 * ipwsim(1)'s "Provenance" section. */
#ifndef IPW_PROV_H
#define IPW_PROV_H

#include <stddef.h>
#include <stdint.h>

enum prov_source {
	PROV_SRC_UNSTATED,	/* the input does not say */
	PROV_SRC_MEASURED,	/* hardware counters: NVML, powermetrics, RAPL,
				 * a wall meter */
	PROV_SRC_ESTIMATED,	/* a software estimate from utilisation */
	PROV_SRC_MODELLED,	/* a model's output (ipwsim's what-ifs, a
				 * per-token profile, synth) */
	PROV_SRC_ASSUMED,	/* a constant taken as given */
	PROV_SOURCES
};

enum prov_scope {
	PROV_SCOPE_UNSTATED,
	PROV_SCOPE_ACCELERATOR,	/* the GPU or NPU alone */
	PROV_SCOPE_PACKAGE,	/* the SoC or CPU package (GPU, CPU, memory
				 * on one die or package) */
	PROV_SCOPE_SYSTEM,	/* the whole server or machine: host CPU,
				 * memory, fans, power supply losses */
	PROV_SCOPE_WALL,	/* at the wall, with the facility (PUE) */
	PROV_SCOPES
};

/* A cell's provenance in one byte: source in the low nibble, scope in
 * the high one; 0 is unstated and unstated. */
#define PROV_PACK(src, scope) ((uint8_t)((src) | ((scope) << 4)))
#define PROV_SRC(b) ((b) & 15)
#define PROV_SCOPE(b) ((b) >> 4)

const char *prov_source_name(int src);
const char *prov_scope_name(int scope);
/* The code of s[0..len) (exact, lower case; "modeled" is "modelled"),
 * or -1. "unstated" is not accepted: leave the field out instead. */
int prov_source_parse(const char *s, size_t len);
int prov_scope_parse(const char *s, size_t len);
/* "measured, estimated, modelled or assumed" (and the scopes'), for
 * messages and --help. */
extern const char prov_source_list[], prov_scope_list[];

/* The words of a kind (scope 0: sources, 1: scopes): how many, the
 * code of the i-th in the order every report lists them (unstated last)
 * and a code's name. */
static inline int
prov_words(int scope)
{
	return scope ? PROV_SCOPES : PROV_SOURCES;
}

static inline int
prov_order(int scope, int i)
{
	return (i + 1) % prov_words(scope);
}

const char *prov_name(int scope, int code);
/* The column a report gives the share of a code under:
 * "energy_measured_share", "energy_unstated_source_share",
 * "scope_wall_share". */
void prov_column(int scope, int code, char *buf, size_t size);

/* Energy by source and by scope, J. */
struct prov_sums {
	double source[PROV_SOURCES];
	double scope[PROV_SCOPES];
};

void prov_sums_add(struct prov_sums *to, const struct prov_sums *from);

/* The energy of source (scope 0) or scope (1) code k. */
static inline double
prov_sum(const struct prov_sums *s, int scope, int k)
{
	return scope ? s->scope[k] : s->source[k];
}
/* The total over sources (equal to the total over scopes). */
double prov_sums_total(const struct prov_sums *s);

#endif

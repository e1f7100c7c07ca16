#include "config.h"

#include <stdio.h>
#include <string.h>

#include "prov.h"

static const char *const source_names[PROV_SOURCES] = {
	"unstated", "measured", "estimated", "modelled", "assumed",
};

static const char *const scope_names[PROV_SCOPES] = {
	"unstated", "accelerator", "package", "system", "wall",
};

const char prov_source_list[] = "measured, estimated, modelled or assumed";
const char prov_scope_list[] = "accelerator, package, system or wall";

const char *
prov_source_name(int src)
{
	return src >= 0 && src < PROV_SOURCES ? source_names[src] : "?";
}

const char *
prov_scope_name(int scope)
{
	return scope >= 0 && scope < PROV_SCOPES ? scope_names[scope] : "?";
}

const char *
prov_name(int scope, int code)
{
	return scope ? prov_scope_name(code) : prov_source_name(code);
}

void
prov_column(int scope, int code, char *buf, size_t size)
{
	snprintf(buf, size, "%s_%s%s_share", scope ? "scope" : "energy",
	    prov_name(scope, code), !scope && code == PROV_SRC_UNSTATED ?
	    "_source" : "");
}

static int
lookup(const char *const *names, int n, const char *s, size_t len)
{
	for (int i = 1; i < n; i++)
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			return i;
	return -1;
}

int
prov_source_parse(const char *s, size_t len)
{
	if (len == 7 && memcmp(s, "modeled", 7) == 0)
		return PROV_SRC_MODELLED;
	return lookup(source_names, PROV_SOURCES, s, len);
}

int
prov_scope_parse(const char *s, size_t len)
{
	return lookup(scope_names, PROV_SCOPES, s, len);
}

void
prov_sums_add(struct prov_sums *to, const struct prov_sums *from)
{
	for (int i = 0; i < PROV_SOURCES; i++)
		to->source[i] += from->source[i];
	for (int i = 0; i < PROV_SCOPES; i++)
		to->scope[i] += from->scope[i];
}

double
prov_sums_total(const struct prov_sums *s)
{
	double t = 0;

	for (int i = 0; i < PROV_SOURCES; i++)
		t += s->source[i];
	return t;
}

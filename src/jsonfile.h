/* Whole-file JSON documents (catalog, scenarios), with parse errors
 * reported at their line and column. */
#ifndef IPW_JSONFILE_H
#define IPW_JSONFILE_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "error.h"

/* The largest JSON document read whole: catalogs and scenarios are small. */
#define JSONFILE_MAX (64u << 20)

/* Parses text[0..len); on failure fills err at the offending line:col of
 * `name`. Caller frees *out with cJSON_Delete. */
int jsonfile_parse(const char *name, const char *text, size_t len,
    cJSON **out, struct ipw_error *err);
int jsonfile_read(const char *path, cJSON **out, struct ipw_error *err);
/* 1-based line and column of byte offset `off` in text. */
void jsonfile_position(const char *text, size_t off, long *line, long *col);

#endif

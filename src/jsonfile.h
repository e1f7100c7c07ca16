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

/* A JSON document kept with its text, so that an error about one field
 * can name the line and column where the field is. */
struct jsondoc {
	const char *name;
	char *text;
	size_t len;
	cJSON *root;
};

int jsondoc_read(struct jsondoc *d, const char *path, struct ipw_error *err);
void jsondoc_release(struct jsondoc *d);
/* Byte offset of the value at path ("a.b[2].c") in text; when a part is
 * missing, the offset of the deepest object or array found on the way. */
size_t jsonfile_locate(const char *text, size_t len, const char *path);
/* IPW_EX_DATAERR "path: why" at the field's line and column in d.
 * Returns -1. */
int jsondoc_error(const struct jsondoc *d, struct ipw_error *err,
    const char *path, const char *why);

/* Each key of object o that is not in known (NULL-ended): a warning at
 * its place, with the nearest known key (ipw_warn); prefix is o's path
 * ("" at the top, "models[2]."). Returns -1, err filled, when --strict
 * makes one an error. */
int jsondoc_unknown_keys(const struct jsondoc *d, const cJSON *o,
    const char *prefix, const char *const *known, struct ipw_error *err);

#endif

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "jsonfile.h"
#include "jsonstrict.h"
#include "suggest.h"

void
jsonfile_position(const char *text, size_t off, long *line, long *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else
			(*col)++;
	}
}

int
jsonfile_parse(const char *name, const char *text, size_t len, cJSON **out,
    struct ipw_error *err)
{
	struct jsonstrict_error je;
	long line, col;

	*out = NULL;
	if (len == 0) {
		ipw_error_set(err, IPW_EX_DATAERR, "empty file");
		ipw_error_at(err, name, 0, 0);
		return -1;
	}
	if (jsonstrict_check(text, len, &je) < 0) {
		jsonfile_position(text, je.off, &line, &col);
		ipw_error_set(err, IPW_EX_DATAERR, "malformed JSON: %s",
		    je.what);
		ipw_error_at(err, name, line, col);
		return -1;
	}
	*out = cJSON_ParseWithLengthOpts(text, len, NULL, 0);
	if (*out != NULL)
		return 0;
	/* The check accepted what cJSON refused: only memory can fail. */
	return ipw_error_oom(err);
}

int
jsonfile_read(const char *path, cJSON **out, struct ipw_error *err)
{
	struct jsondoc d;

	if (jsondoc_read(&d, path, err) < 0)
		return -1;
	*out = d.root;
	d.root = NULL;
	jsondoc_release(&d);
	return 0;
}

/* ---- documents with positions --------------------------------------------- */

static size_t
skip_ws(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
	    s[i] == '\r'))
		i++;
	return i;
}

/* Past the string that starts at s[i] == '"'. */
static size_t
skip_string(const char *s, size_t n, size_t i)
{
	for (i++; i < n && s[i] != '"'; i++)
		if (s[i] == '\\')
			i++;
	return i < n ? i + 1 : n;
}

/* Past the value at s[i] (after white space). */
static size_t
skip_value(const char *s, size_t n, size_t i)
{
	int depth = 0;

	i = skip_ws(s, n, i);
	do {
		if (i >= n)
			return n;
		if (s[i] == '"')
			i = skip_string(s, n, i);
		else {
			if (s[i] == '{' || s[i] == '[')
				depth++;
			else if (s[i] == '}' || s[i] == ']')
				depth--;
			else if (depth == 0) {
				while (i < n && !strchr(",}] \t\r\n", s[i]))
					i++;
				return i;
			}
			i++;
		}
	} while (depth > 0);
	return i;
}

/* The value of member key[0..klen) of the object at s[i], or n. */
static size_t
member(const char *s, size_t n, size_t i, const char *key, size_t klen)
{
	i = skip_ws(s, n, i);
	if (i >= n || s[i] != '{')
		return n;
	i = skip_ws(s, n, i + 1);
	while (i < n && s[i] == '"') {
		size_t k = i + 1, e = skip_string(s, n, i);
		int match = e - k - 1 == klen && memcmp(s + k, key, klen) == 0;
		i = skip_ws(s, n, e);
		if (i >= n || s[i] != ':')
			return n;
		i = skip_ws(s, n, i + 1);
		if (match)
			return i;
		i = skip_ws(s, n, skip_value(s, n, i));
		if (i < n && s[i] == ',')
			i = skip_ws(s, n, i + 1);
	}
	return n;
}

/* Element idx of the array at s[i], or n. */
static size_t
element(const char *s, size_t n, size_t i, long idx)
{
	i = skip_ws(s, n, i);
	if (i >= n || s[i] != '[')
		return n;
	i = skip_ws(s, n, i + 1);
	for (long k = 0; i < n && s[i] != ']'; k++) {
		size_t from = i;
		if (k == idx)
			return i;
		i = skip_ws(s, n, skip_value(s, n, i));
		if (i < n && s[i] == ',')
			i = skip_ws(s, n, i + 1);
		if (i == from)
			return n;	/* not JSON here: no progress */
	}
	return n;
}

size_t
jsonfile_locate(const char *text, size_t len, const char *path)
{
	size_t at = skip_ws(text, len, 0), next;
	const char *p = path;

	while (*p != '\0' && at < len) {
		if (*p == '.')
			p++;
		if (*p == '[') {
			char *end;
			long idx = strtol(p + 1, &end, 10);
			next = element(text, len, at, idx);
			p = *end == ']' ? end + 1 : end;
		} else {
			size_t k = strcspn(p, ".[");
			next = member(text, len, at, p, k);
			p += k;
		}
		if (next >= len)
			break;
		at = next;
	}
	return at < len ? at : 0;
}

int
jsondoc_read(struct jsondoc *d, const char *path, struct ipw_error *err)
{
	FILE *fp = fopen(path, "rb");
	size_t cap = 0;

	memset(d, 0, sizeof(*d));
	d->name = path;
	if (fp == NULL) {
		ipw_error_set(err, IPW_EX_NOINPUT, "cannot open: %s",
		    strerror(errno));
		ipw_error_at(err, path, 0, 0);
		return -1;
	}
	{
		struct stat st;
		if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
			fclose(fp);
			ipw_error_set(err, IPW_EX_NOINPUT, "cannot read: is a "
			    "directory");
			ipw_error_at(err, path, 0, 0);
			return -1;
		}
	}
	for (;;) {	/* in chunks: the path may be a pipe */
		if (cap - d->len < 65537) {
			char *p;
			cap = cap ? cap * 2 : 65536;
			if (cap > JSONFILE_MAX + 65536 ||
			    (p = realloc(d->text, cap)) == NULL) {
				fclose(fp);
				jsondoc_release(d);
				ipw_error_set(err, IPW_EX_DATAERR,
				    "file is larger than %u bytes",
				    JSONFILE_MAX);
				ipw_error_at(err, path, 0, 0);
				return -1;
			}
			d->text = p;
		}
		size_t got = fread(d->text + d->len, 1, cap - d->len - 1, fp);
		d->len += got;
		if (got == 0)
			break;
	}
	d->text[d->len] = '\0';
	if (ferror(fp)) {
		int e = errno;
		fclose(fp);
		jsondoc_release(d);
		ipw_error_set(err, IPW_EX_IOERR, "read error: %s", strerror(e));
		ipw_error_at(err, path, 0, 0);
		return -1;
	}
	fclose(fp);
	/* A UTF-8 byte-order mark is no part of the JSON text. */
	if (d->len >= 3 && memcmp(d->text, "\xef\xbb\xbf", 3) == 0) {
		memmove(d->text, d->text + 3, d->len - 3 + 1);
		d->len -= 3;
	}
	if (jsonfile_parse(path, d->text, d->len, &d->root, err) < 0) {
		jsondoc_release(d);
		return -1;
	}
	return 0;
}

void
jsondoc_release(struct jsondoc *d)
{
	cJSON_Delete(d->root);
	free(d->text);
	d->root = NULL;
	d->text = NULL;
}

int
jsondoc_error(const struct jsondoc *d, struct ipw_error *err,
    const char *path, const char *why)
{
	long line, col;

	jsonfile_position(d->text, jsonfile_locate(d->text, d->len, path),
	    &line, &col);
	if (path[0] != '\0')
		ipw_error_set(err, IPW_EX_DATAERR, "%s: %s", path, why);
	else
		ipw_error_set(err, IPW_EX_DATAERR, "%s", why);
	ipw_error_at(err, d->name, line, col);
	return -1;
}

int
jsondoc_unknown_keys(const struct jsondoc *d, const cJSON *o,
    const char *prefix, const char *const *known, struct ipw_error *err)
{
	const cJSON *item;

	if (!cJSON_IsObject(o))
		return 0;
	cJSON_ArrayForEach(item, o) {
		struct suggest sg;
		const char *near;
		char path[160], why[200];
		int k;
		for (k = 0; known[k] != NULL; k++)
			if (strcmp(item->string, known[k]) == 0)
				break;
		if (known[k] != NULL)
			continue;
		suggest_init(&sg, item->string, strlen(item->string));
		for (k = 0; known[k] != NULL; k++)
			suggest_offer(&sg, known[k]);
		near = suggest_result(&sg);
		snprintf(path, sizeof(path), "%s%.100s", prefix, item->string);
		snprintf(why, sizeof(why), "unknown key%s%s%s; ignored",
		    near ? " (did you mean " : "", near ? near : "",
		    near ? "?)" : "");
		jsondoc_error(d, err, path, why);
		if (ipw_warn(IPW_WARNING, err) < 0) {
			ipw_error_strict(err);
			return -1;
		}
	}
	return 0;
}

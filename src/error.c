#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

void
ipw_error_clear(struct ipw_error *err)
{
	memset(err, 0, sizeof(*err));
}

int
ipw_error_vset(struct ipw_error *err, int code, const char *fmt, va_list ap)
{
	ipw_error_clear(err);
	err->code = code;
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	return -1;
}

int
ipw_error_set(struct ipw_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ipw_error_vset(err, code, fmt, ap);
	va_end(ap);
	return -1;
}

void
ipw_error_at(struct ipw_error *err, const char *file, long line, long col)
{
	snprintf(err->file, sizeof(err->file), "%s", file ? file : "");
	err->line = line;
	err->col = col;
}

int
ipw_error_field(struct ipw_error *err, const char *file, const char *field,
    const char *why)
{
	ipw_error_set(err, IPW_EX_DATAERR, "%s: %s", field, why);
	ipw_error_at(err, file, 0, 0);
	return -1;
}

int
ipw_error_oom(struct ipw_error *err)
{
	return ipw_error_set(err, IPW_EX_SOFTWARE, "out of memory");
}

void
ipw_error_print(FILE *fp, const char *cmd, const struct ipw_error *err)
{
	fprintf(fp, "ipwsim: ");
	if (cmd != NULL)
		fprintf(fp, "%s: ", cmd);
	if (err->file[0] != '\0') {
		fprintf(fp, "%s:", err->file);
		if (err->line > 0)
			fprintf(fp, "%ld:", err->line);
		if (err->line > 0 && err->col > 0)
			fprintf(fp, "%ld:", err->col);
		fputc(' ', fp);
	}
	fprintf(fp, "%s\n", err->msg);
}

int
ipw_errlist_init(struct ipw_errlist *list, size_t max)
{
	memset(list, 0, sizeof(*list));
	list->max = max > 0 ? max : 1;
	return 0;
}

void
ipw_errlist_release(struct ipw_errlist *list)
{
	free(list->items);
	memset(list, 0, sizeof(*list));
}

/* The list grows as errors come (a --max-errors of 10 million costs
 * nothing on a clean trace); an error that finds no memory is counted
 * and ends the reading. */
int
ipw_errlist_add(struct ipw_errlist *list, const struct ipw_error *err)
{
	list->total++;
	if (list->n == list->cap && list->n < list->max) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		struct ipw_error *p;
		if (cap > list->max)
			cap = list->max;
		if ((p = realloc(list->items, cap * sizeof(*p))) == NULL)
			return 1;
		list->items = p;
		list->cap = cap;
	}
	if (list->n < list->max)
		list->items[list->n++] = *err;
	return list->n >= list->max;
}

static ipw_warn_fn warn_fn;
static void *warn_ctx;

void
ipw_warn_handler(ipw_warn_fn fn, void *ctx)
{
	warn_fn = fn;
	warn_ctx = ctx;
}

int
ipw_warn(enum ipw_notice kind, const struct ipw_error *w)
{
	return warn_fn != NULL ? warn_fn(warn_ctx, kind, w) : 0;
}

void
ipw_error_strict(struct ipw_error *w)
{
	char *tail = strstr(w->msg, "; ignored");
	size_t at = tail != NULL ? (size_t)(tail - w->msg) : strlen(w->msg);

	snprintf(w->msg + at, sizeof(w->msg) - at, " (--strict)");
}

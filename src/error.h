/* Errors as values: library code fills a struct ipw_error and returns -1;
 * only the command layer prints, and only main exits. */
#ifndef IPW_ERROR_H
#define IPW_ERROR_H

#include <stdarg.h>
#include <stdio.h>

/* Exit statuses, from sysexits(3); documented in ipwsim(1). */
enum {
	IPW_EX_OK = 0,
	IPW_EX_USAGE = 64,
	IPW_EX_DATAERR = 65,
	IPW_EX_NOINPUT = 66,
	IPW_EX_SOFTWARE = 70,
	IPW_EX_CANTCREAT = 73,
	IPW_EX_IOERR = 74,
};

struct ipw_error {
	int code;		/* exit status the command should end with */
	char file[256];		/* "" when the error has no input position */
	long line;		/* 1-based; 0 when unknown */
	long col;		/* 1-based byte column; 0 when unknown */
	char msg[512];
};

void ipw_error_clear(struct ipw_error *err);
/* Sets code and message (printf style); keeps nothing else. Returns -1 so
 * callers can write `return ipw_error_set(...)`. */
int ipw_error_set(struct ipw_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same with the arguments as a va_list. */
int ipw_error_vset(struct ipw_error *err, int code, const char *fmt,
    va_list ap) __attribute__((format(printf, 3, 0)));
/* Adds a position to an error that already has a message. */
void ipw_error_at(struct ipw_error *err, const char *file, long line, long col);
/* IPW_EX_DATAERR "field: why" in file (no line); returns -1. */
int ipw_error_field(struct ipw_error *err, const char *file,
    const char *field, const char *why);
int ipw_error_oom(struct ipw_error *err);
/* "ipwsim: CMD: FILE:LINE:COL: message\n" */
void ipw_error_print(FILE *fp, const char *cmd, const struct ipw_error *err);

/* A bounded list of data errors, for --max-errors. */
struct ipw_errlist {
	struct ipw_error *items;
	size_t n, cap, max;	/* stores at most max; counts every one */
	size_t total;
};

int ipw_errlist_init(struct ipw_errlist *list, size_t max);
void ipw_errlist_release(struct ipw_errlist *list);
/* Records err; returns 1 when the list is now full (stop reading). */
int ipw_errlist_add(struct ipw_errlist *list, const struct ipw_error *err);

/* Warnings and notes from library code (an unknown field, a byte-order
 * mark). The command layer installs the handler that prints or keeps
 * them; without one they are dropped. */
enum ipw_notice {
	IPW_WARNING,	/* something was ignored; --strict makes it an error */
	IPW_NOTE,	/* worth saying in a report, never an error */
};

typedef int (*ipw_warn_fn)(void *ctx, enum ipw_notice kind,
    const struct ipw_error *w);

void ipw_warn_handler(ipw_warn_fn fn, void *ctx);
/* A warning made an error by --strict: its trailing "; ignored" becomes
 * " (--strict)". */
void ipw_error_strict(struct ipw_error *w);
/* Passes w on. Returns 0 to go on, -1 when the handler makes it an
 * error (--strict): the caller then reports w as its own error. */
int ipw_warn(enum ipw_notice kind, const struct ipw_error *w);

#endif

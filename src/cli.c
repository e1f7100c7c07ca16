#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "prov.h"
#include "tracemap.h"
#include "suggest.h"

void
cli_common_init(struct cli_common *c, const struct cmd *cmd)
{
	memset(c, 0, sizeof(*c));
	c->cmd = cmd;
	trace_options_init(&c->trace);
	c->max_errors = 1;
	c->format = REPORT_TABLE;
	/* IPWSIM_THREADS: the default of --threads (CI runs the suite with
	 * 1 and with 2); a value that is not 1 to 64 is ignored */
	{
		const char *t = getenv("IPWSIM_THREADS");
		char *end;
		long n = t != NULL ? strtol(t, &end, 10) : 0;
		if (t != NULL && *t != '\0' && *end == '\0' && n >= 1 &&
		    n <= TRACE_MAX_THREADS)
			c->trace.threads = (int)n;
	}
}

void
cli_common_release(struct cli_common *c)
{
	if (c->map != NULL) {
		tracemap_release(c->map);
		free(c->map);
		c->map = NULL;
	}
	free(c->notices);
	c->notices = NULL;
	c->nnotices = 0;
}

/* The handler of library warnings: an error under --strict, kept for a
 * report, or printed once on stderr ("ipwsim: CMD: warning: ..."). */
static int
on_warning(void *ctx, enum ipw_notice kind, const struct ipw_error *w)
{
	struct cli_common *c = ctx;
	struct cli_notice *p;

	if (kind == IPW_WARNING && c->strict)
		return -1;
	if (c->quiet && !c->keep_notices)
		return 0;
	if (c->keep_notices) {
		p = realloc(c->notices, (c->nnotices + 1) * sizeof(*p));
		if (p != NULL) {
			c->notices = p;
			p[c->nnotices].kind = kind;
			p[c->nnotices++].e = *w;
		}
		return 0;
	}
	{
		struct ipw_error e = *w;
		const char *tag = kind == IPW_WARNING ? "warning: " : "note: ";
		size_t n = strlen(tag);
		/* "ipwsim: CMD: FILE:LINE:COL: warning: ..." (or note:) */
		memcpy(e.msg, tag, n);
		snprintf(e.msg + n, sizeof(e.msg) - n, "%.*s",
		    (int)(sizeof(e.msg) - n - 1), w->msg);
		ipw_error_print(stderr, c->cmd->name, &e);
	}
	return 0;
}

int
cli_show_progress(const struct cli_common *c)
{
	return c->progress || (!c->quiet && isatty(STDERR_FILENO));
}

int
cli_show_notes(const struct cli_common *c)
{
	return !c->quiet;
}

void
cli_watch_warnings(struct cli_common *c)
{
	ipw_warn_handler(on_warning, c);
}

int
cli_usage(const struct cmd *cmd, const char *fmt, ...)
{
	va_list ap;

	/* One line, the hint included, so that scripts see one message. */
	fprintf(stderr, "ipwsim: %s: ", cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see 'ipwsim %s --help')\n", cmd->name);
	return IPW_EX_USAGE;
}

int
cli_fail(const struct cmd *cmd, const struct ipw_error *err)
{
	ipw_error_print(stderr, cmd->name, err);
	return err->code ? err->code : IPW_EX_SOFTWARE;
}

int
cli_error(const struct cmd *cmd, const struct ipw_error *err)
{
	return err->code == IPW_EX_USAGE ? cli_usage(cmd, "%s", err->msg) :
	    cli_fail(cmd, err);
}

int
cli_help(const struct cmd *cmd)
{
	fputs(cmd->usage, stdout);
	return 0;
}

int
opt_double(const char *opt, const char *arg, double lo, double hi,
    double *out, struct ipw_error *err)
{
	char *end;

	errno = 0;
	*out = strtod(arg, &end);
	if (end == arg || *end != '\0' || errno != 0 || !isfinite(*out) ||
	    *out < lo || *out > hi)
		return ipw_error_set(err, IPW_EX_USAGE, "%s: \"%s\" is not a "
		    "number in [%g, %g]", opt, arg, lo, hi);
	return 0;
}

int
opt_size(const char *opt, const char *arg, size_t lo, size_t *out,
    struct ipw_error *err)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(arg, &end, 10);
	if (end == arg || *end != '\0' || errno != 0 || arg[0] == '-' ||
	    v < lo)
		return ipw_error_set(err, IPW_EX_USAGE, "%s: \"%s\" is not a "
		    "whole number >= %zu", opt, arg, lo);
	*out = (size_t)v;
	return 0;
}

int
opt_whole(const char *opt, const char *arg, long lo, long hi, int *out,
    struct ipw_error *err)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || errno != 0 || v < lo || v > hi)
		return ipw_error_set(err, IPW_EX_USAGE, "%s: \"%s\" is not a "
		    "whole number from %ld to %ld", opt, arg, lo, hi);
	*out = (int)v;
	return 0;
}

/* The checks above, their message printed as a usage error: rc is the
 * check's result, err what it filled. */
static int
usage_if(const struct cmd *cmd, int rc, const struct ipw_error *err)
{
	if (rc == 0)
		return 0;
	cli_usage(cmd, "%s", err->msg);
	return -1;
}

int
cli_double(const struct cmd *cmd, const char *opt, const char *arg,
    double lo, double hi, double *out)
{
	struct ipw_error err;

	return usage_if(cmd, opt_double(opt, arg, lo, hi, out, &err), &err);
}

int
cli_size(const struct cmd *cmd, const char *opt, const char *arg, size_t lo,
    size_t *out)
{
	struct ipw_error err;

	return usage_if(cmd, opt_size(opt, arg, lo, out, &err), &err);
}

int
cli_whole(const struct cmd *cmd, const char *opt, const char *arg, long lo,
    long hi, int *out)
{
	struct ipw_error err;

	return usage_if(cmd, opt_whole(opt, arg, lo, hi, out, &err), &err);
}

int
cli_common_option(struct cli_common *c, int opt, const char *arg)
{
	switch (opt) {
	case OPT_CATALOG:
		if (c->ncatalogs == CATALOG_MAX_FILES - 1) {
			cli_usage(c->cmd, "--catalog: at most %d files",
			    CATALOG_MAX_FILES - 1);
			return -1;
		}
		c->catalogs[c->ncatalogs++] = arg;
		return 1;
	case OPT_INPUT_FORMAT:
		if (trace_format_parse(arg, &c->trace.format) < 0) {
			cli_usage(c->cmd, "--input-format: \"%s\" is not auto, "
			    "jsonl, csv, harness or querytrace", arg);
			return -1;
		}
		return 1;
	case OPT_ACCELERATOR:
		c->trace.accelerator = arg;
		return 1;
	case OPT_MODEL:
		c->trace.model = arg;
		return 1;
	case OPT_CORRECT_FROM:
		c->trace.correct_from = arg;
		return 1;
	case OPT_SCORE_THRESHOLD:
		return cli_double(c->cmd, "--score-threshold", arg, 0, 1,
		    &c->trace.score_threshold) < 0 ? -1 : 1;
	case OPT_MAX_ERRORS:
		return cli_size(c->cmd, "--max-errors", arg, 1,
		    &c->max_errors) < 0 ? -1 : 1;
	case OPT_MAX_LINE:
		return cli_size(c->cmd, "--max-line", arg, 64,
		    &c->trace.max_line) < 0 ? -1 : 1;
	case OPT_STRICT:
		c->strict = 1;
		return 1;
	case OPT_SKIP_UNSCORED:
		c->trace.skip_unscored = 1;
		return 1;
	case OPT_SKIP_UNMEASURED:
		c->trace.skip_unmeasured = 1;
		return 1;
	case OPT_MAP:
		c->map_file = arg;
		return 1;
	case OPT_THREADS:
		return cli_whole(c->cmd, "--threads", arg, 1, TRACE_MAX_THREADS,
		    &c->trace.threads) < 0 ? -1 : 1;
	case OPT_ENERGY_SOURCE:
	case OPT_ENERGY_SCOPE: {
		int scope = opt == OPT_ENERGY_SCOPE;
		int v = scope ? prov_scope_parse(arg, strlen(arg)) :
		    prov_source_parse(arg, strlen(arg));
		if (v < 0) {
			cli_usage(c->cmd, "--energy-%s: \"%s\" is not %s", scope ?
			    "scope" : "source", arg, scope ? prov_scope_list :
			    prov_source_list);
			return -1;
		}
		*(scope ? &c->trace.energy_scope : &c->trace.energy_source) = v;
		return 1;
	}
	case OPT_QUIET:
		c->quiet = 1;
		c->progress = 0;
		return 1;
	case OPT_PROGRESS:
		c->progress = 1;
		c->quiet = 0;
		return 1;
	case OPT_FORMAT:
		if (report_format_parse(arg, &c->format) < 0) {
			cli_usage(c->cmd, "--format: \"%s\" is not table, csv "
			    "or json", arg);
			return -1;
		}
		return 1;
	case 'o':
		if (arg[0] == '\0') {
			cli_usage(c->cmd, "-o: the file name is empty");
			return -1;
		}
		c->output = arg;
		return 1;
	case 'h':
		c->help = 1;
		return 1;
	default:
		return 0;
	}
}

/* "unknown option", with the nearest long option when one is close. */
static int
unknown_option(const struct cmd *cmd, const char *arg,
    const struct option *longopts)
{
	const char *name = arg + strspn(arg, "-");
	struct suggest sg;
	const char *near;

	suggest_init(&sg, name, strcspn(name, "="));
	for (int i = 0; longopts[i].name != NULL; i++)
		suggest_offer(&sg, longopts[i].name);
	if (arg[0] == '-' && arg[1] == '-' && (near = suggest_result(&sg)))
		return cli_usage(cmd, "unknown option \"%.80s\" (did you mean "
		    "--%s?)", arg, near);
	return cli_usage(cmd, "unknown option \"%.80s\"", arg);
}

int
cli_parse(struct cli_common *c, int argc, char **argv,
    const struct option *longopts, int (*own)(void *ctx, int opt,
    const char *arg), void *ctx, int need_operands)
{
	int opt, rc;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		if (opt == '?')
			return unknown_option(c->cmd, argv[optind - 1],
			    longopts);
		if (opt == ':')
			return cli_usage(c->cmd, "option \"%s\" needs a value",
			    argv[optind - 1]);
		rc = cli_common_option(c, opt, optarg);
		if (rc < 0)
			return IPW_EX_USAGE;
		if (rc == 0 && (own == NULL || (rc = own(ctx, opt, optarg)) != 0))
			return own == NULL ? cli_usage(c->cmd,
			    "unknown option") : rc;
	}
	if (need_operands == 1 && !c->help && optind == argc)
		return cli_usage(c->cmd, "no trace given");
	if (!need_operands && optind < argc)
		return cli_usage(c->cmd, "unexpected argument \"%s\"",
		    argv[optind]);
	return 0;
}

int
cli_shard(const struct cmd *cmd, const char *arg, long *k, long *n)
{
	char *end;

	errno = 0;
	*k = strtol(arg, &end, 10);
	if (end == arg || *end != '/' || (*n = strtol(end + 1, &end, 10),
	    *end != '\0') || errno != 0 || *n < 1 || *n > 1000000 || *k < 1 ||
	    *k > *n) {
		cli_usage(cmd, "--shard: \"%s\" is not K/N with 1 <= K <= N", arg);
		return -1;
	}
	return 0;
}

int
cli_load_catalog(struct cli_common *c, struct catalog *cat)
{
	struct ipw_error err;

	catalog_init(cat);
	if (catalog_load_default(cat, &err) < 0)
		return cli_fail(c->cmd, &err);
	for (int i = 0; i < c->ncatalogs; i++)
		if (catalog_load(cat, c->catalogs[i], &err) < 0)
			return cli_fail(c->cmd, &err);
	return 0;
}

/* ---- progress on a terminal ------------------------------------------ */

struct progress {
	struct timespec start;
	int shown;
	int tty;		/* stderr is a terminal: one line, redrawn */
	double last;		/* s, the last line written to a log */
	const char *cmd;
};

static double
elapsed(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) +
	    (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/* --progress to a log, not a terminal: whole lines, one every 5 s at
 * most and one when an input is done. */
static void
log_progress(struct progress *p, const struct input *in, uint64_t records,
    int done, double s)
{
	if (!done && s - p->last < 5)
		return;
	p->last = s;
	fprintf(stderr, "ipwsim: %s: %s %s: %.1f MB, %llu records, %.1f s\n",
	    p->cmd, done ? "read" : "reading", in->name,
	    (double)input_raw_bytes(in) / 1e6, (unsigned long long)records, s);
}

static void
show_progress(void *ctx, const struct input *in, uint64_t records, int done)
{
	struct progress *p = ctx;
	double s = elapsed(&p->start), rate = s > 0 ? (double)records / s : 0;
	double mb = (double)input_raw_bytes(in) / 1e6;

	if (!p->tty) {
		log_progress(p, in, records, done, s);
		return;
	}
	if (done) {
		if (p->shown)
			fputs("\r\033[K", stderr);
		p->shown = 0;
		return;
	}
	fprintf(stderr, "\r\033[Kreading %s: %.1f MB, %llu records, %.0f/s",
	    in->name, mb, (unsigned long long)records, rate);
	if (in->size > 0 && input_raw_bytes(in) > 0 && s > 0) {
		double left = s * ((double)in->size /
		    (double)input_raw_bytes(in) - 1);
		fprintf(stderr, ", %.0f s left", left > 0 ? left : 0);
	}
	p->shown = 1;
}

int
cli_load_traces(struct cli_common *c, char **files, int nfiles,
    struct table *t)
{
	struct ipw_errlist errs;
	struct progress prog;
	int failed = 0, code = 0;

	if (c->map_file != NULL && c->map == NULL) {
		struct ipw_error err;
		if ((c->map = calloc(1, sizeof(*c->map))) == NULL) {
			ipw_error_oom(&err);
			return cli_fail(c->cmd, &err);
		}
		if (tracemap_load(c->map, c->map_file, &err) < 0)
			return cli_fail(c->cmd, &err);
		c->trace.map = c->map;
	}
	if (ipw_errlist_init(&errs, c->max_errors) < 0) {
		fprintf(stderr, "ipwsim: %s: out of memory\n", c->cmd->name);
		return IPW_EX_SOFTWARE;
	}
	memset(&prog, 0, sizeof(prog));
	clock_gettime(CLOCK_MONOTONIC, &prog.start);
	prog.tty = isatty(STDERR_FILENO);
	prog.cmd = c->cmd->name;
	if (cli_show_progress(c)) {
		c->trace.progress = show_progress;
		c->trace.progress_ctx = &prog;
	}
	for (int i = 0; i < nfiles && errs.n < errs.max; i++)
		if (trace_load(t, files[i], &c->trace, &errs) < 0)
			failed = 1;
	for (size_t i = 0; i < errs.n; i++) {
		ipw_error_print(stderr, c->cmd->name, &errs.items[i]);
		if (code == 0 || errs.items[i].code == IPW_EX_NOINPUT)
			code = errs.items[i].code;
	}
	if (errs.n > 1 || errs.total > errs.n)
		fprintf(stderr, "ipwsim: %s: %zu error%s%s\n", c->cmd->name,
		    errs.n, errs.n == 1 ? "" : "s", errs.total > errs.n ||
		    errs.n == errs.max ? " (stopped at --max-errors)" : "");
	ipw_errlist_release(&errs);
	if (failed)
		return code ? code : IPW_EX_DATAERR;
	table_shrink(t);
	return 0;
}

int
cli_start(struct cli_common *c, int argc, char **argv,
    const struct option *longopts, int (*own)(void *ctx, int opt,
    const char *arg), void *ctx, struct catalog *cat, struct table *t,
    int *done)
{
	int rc = cli_parse(c, argc, argv, longopts, own, ctx, t == NULL ? 0 :
	    c->traces_optional ? 2 : 1);

	*done = 1;
	if (rc == 0 && c->help)
		return cli_help(c->cmd);
	cli_watch_warnings(c);
	if (rc != 0 || (rc = cli_load_catalog(c, cat)) != 0)
		return rc;
	if (t != NULL && optind < argc && (rc = cli_load_traces(c, argv + optind,
	    argc - optind, t)) != 0)
		return rc;
	*done = 0;
	return 0;
}

struct format_job {
	const struct cli_writers *w;
	enum report_format f;
	void *ctx;
};

static int
write_format(void *arg, FILE *fp)
{
	struct format_job *j = arg;

	switch (j->f) {
	case REPORT_CSV:
		return j->w->csv(j->ctx, fp);
	case REPORT_JSON:
		return j->w->json(j->ctx, fp);
	default:
		return j->w->table(j->ctx, fp);
	}
}

int
cli_write_report(struct cli_common *c, const struct cli_writers *w, void *ctx)
{
	struct format_job j = { w, c->format, ctx };

	return cli_write_output(c, write_format, &j);
}

int
cli_write_output(struct cli_common *c, int (*write)(void *ctx, FILE *fp),
    void *ctx)
{
	return cli_write_file(c->cmd, c->output, write, ctx);
}

int
cli_write_file(const struct cmd *cmd, const char *path,
    int (*write)(void *ctx, FILE *fp), void *ctx)
{
	struct outfile out;
	struct ipw_error err;

	if (outfile_open(&out, path, &err) < 0)
		return cli_fail(cmd, &err);
	if (write(ctx, out.fp) < 0) {
		/* a failed write (a full disk, a file size limit) is I/O with
		 * the system's reason; anything else is ipwsim's own */
		int e = errno, io = ferror(out.fp);
		const char *name = path ? path : "standard output";
		outfile_abort(&out);
		if (io) {
			ipw_error_set(&err, IPW_EX_IOERR, "write error: %s",
			    strerror(e));
			ipw_error_at(&err, name, 0, 0);
		} else
			ipw_error_set(&err, IPW_EX_SOFTWARE, "cannot format "
			    "the output");
		return cli_fail(cmd, &err);
	}
	if (outfile_commit(&out, &err) < 0)
		return cli_fail(cmd, &err);
	return 0;
}

/* What the commands share: the command descriptor, the options every
 * trace-reading command takes, loading traces and the catalog with errors
 * printed once, and writing an output file. */
#ifndef IPW_CLI_H
#define IPW_CLI_H

#include <getopt.h>
#include <stdio.h>

#include "catalog.h"
#include "error.h"
#include "outfile.h"
#include "report.h"
#include "table.h"
#include "trace.h"

struct cmd {
	const char *name;
	const char *summary;	/* one line, for `ipwsim --help` */
	const char *usage;	/* full --help text */
	int (*run)(int argc, char **argv);	/* returns an exit status */
};

/* Long-option codes shared by the commands (above any short option). */
enum {
	OPT_CATALOG = 1000,
	OPT_INPUT_FORMAT,
	OPT_ACCELERATOR,
	OPT_SCORE_THRESHOLD,
	OPT_MAX_ERRORS,
	OPT_MAX_LINE,
	OPT_FORMAT,
	OPT_STRICT,
	OPT_QUIET,
	OPT_PROGRESS,
	OPT_MODEL,
	OPT_CORRECT_FROM,
	OPT_SKIP_UNSCORED,
	OPT_SKIP_UNMEASURED,
	OPT_MAP,
	OPT_THREADS,
	OPT_ENERGY_SOURCE,
	OPT_ENERGY_SCOPE,
	OPT_HELP,
	OPT_FIRST_COMMAND_OWN,	/* commands number their own from here */
};

/* --help lines for the shared input options, in CLI_COMMON_OPTIONS. */
#define CLI_INPUT_USAGE                                                      \
"  --input-format F      auto (default), jsonl, csv, harness or querytrace\n" \
"  --accelerator NAME    accelerator of harness records (overrides gpu_info)\n" \
"                        and of QueryTrace records (over summary.json)\n" \
"  --model NAME          model of QueryTrace records (over summary.json)\n" \
"  --correct-from KEY    QueryTrace's correctness field (is_resolved)\n" \
"  --score-threshold X   correct = score >= X when correct is absent (0.5)\n" \
"  --catalog FILE        add catalog entries, or override fields (repeat)\n" \
"  --max-errors N        report up to N bad records before stopping (1)\n" \
"  --skip-unscored       skip records with no correctness, and count them\n" \
"  --skip-unmeasured     skip records with no energy, and count them\n" \
"  --map FILE            read every trace by this map: any per-query JSON\n" \
"                        Lines or CSV log (ipwsim-convert(1), MAPS)\n" \
"  --energy-source S     measured, estimated, modelled or assumed: the\n" \
"                        energy_source of records that state none\n" \
"  --energy-scope S      accelerator, package, system or wall: the\n" \
"                        energy_scope of records that state none\n" \
"  --max-line BYTES      longest accepted line (1048576)\n" \
"  --threads N           threads reading a canonical trace, 1 to 64\n" \
"                        (default: the online CPUs, up to 8; the same\n" \
"                        result)\n" \
"  --strict              unknown fields are errors, not warnings\n" \
"  --quiet               no warnings, notes or progress on stderr (errors\n" \
"                        still)\n" \
"  --progress            a progress line on stderr even when it is not a\n" \
"                        terminal (for batch logs)\n"

/* --help's output options and exit status, for a command with all three
 * formats. */
#define CLI_OUTPUT_USAGE                                                     \
"Output:\n" \
"  --format F            table (default), csv or json\n" \
"  -o, --output FILE     write to FILE atomically instead of stdout\n" \
"  -h, --help            show this help\n" \
"\n" \
"Exit status: 0 ok, 64 usage, 65 bad data, 66 cannot open input,\n" \
"70 internal error, 73 cannot create output, 74 I/O error.\n"

/* getopt_long entries for the shared options; end a command's table with
 * CLI_COMMON_OPTIONS, then {0}. */
#define CLI_COMMON_OPTIONS                                                   \
	{ "catalog", required_argument, NULL, OPT_CATALOG },                 \
	{ "input-format", required_argument, NULL, OPT_INPUT_FORMAT },       \
	{ "accelerator", required_argument, NULL, OPT_ACCELERATOR },         \
	{ "model", required_argument, NULL, OPT_MODEL },                     \
	{ "correct-from", required_argument, NULL, OPT_CORRECT_FROM },       \
	{ "score-threshold", required_argument, NULL, OPT_SCORE_THRESHOLD }, \
	{ "max-errors", required_argument, NULL, OPT_MAX_ERRORS },           \
	{ "max-line", required_argument, NULL, OPT_MAX_LINE },               \
	{ "strict", no_argument, NULL, OPT_STRICT },                         \
	{ "skip-unscored", no_argument, NULL, OPT_SKIP_UNSCORED },           \
	{ "skip-unmeasured", no_argument, NULL, OPT_SKIP_UNMEASURED },       \
	{ "map", required_argument, NULL, OPT_MAP },                         \
	{ "threads", required_argument, NULL, OPT_THREADS },                 \
	{ "energy-source", required_argument, NULL, OPT_ENERGY_SOURCE },     \
	{ "energy-scope", required_argument, NULL, OPT_ENERGY_SCOPE },       \
	{ "quiet", no_argument, NULL, OPT_QUIET },                           \
	{ "progress", no_argument, NULL, OPT_PROGRESS },                     \
	{ "format", required_argument, NULL, OPT_FORMAT },                   \
	{ "output", required_argument, NULL, 'o' },                          \
	{ "help", no_argument, NULL, 'h' }

struct cli_common {
	const struct cmd *cmd;
	const char *catalogs[CATALOG_MAX_FILES - 1];
	int ncatalogs;
	struct trace_options trace;
	const char *map_file;	/* --map; read when the traces are */
	struct tracemap *map;
	size_t max_errors;
	enum report_format format;
	const char *output;	/* NULL: stdout */
	int help;
	int traces_optional;	/* cli_start reads none when none given */
	int strict;		/* --strict: warnings about input are errors */
	int quiet;		/* --quiet: no warning, note or progress */
	int progress;		/* --progress: the progress line, tty or not */
	/* keep_notices: warnings and notes about input are kept here (for a
	 * report) instead of printed on stderr */
	int keep_notices;
	struct cli_notice {
		enum ipw_notice kind;
		struct ipw_error e;
	} *notices;
	size_t nnotices;
};

/* Whether the progress line is shown: --progress, or stderr is a
 * terminal and not --quiet. */
int cli_show_progress(const struct cli_common *c);
/* Whether notes (what a run left out or assumed) go to stderr. */
int cli_show_notes(const struct cli_common *c);
/* Routes library warnings to c: printed, kept (keep_notices) or, under
 * --strict, made errors. cli_start does it. */
void cli_watch_warnings(struct cli_common *c);
/* Frees what cli_common holds (the kept notices). */
void cli_common_release(struct cli_common *c);

void cli_common_init(struct cli_common *c, const struct cmd *cmd);
/* Handles a shared option. Returns 1 if it was one, 0 if not, or -1 after
 * printing a usage error. */
int cli_common_option(struct cli_common *c, int opt, const char *arg);
/* Runs getopt_long over argv with longopts (short options "ho:"), giving
 * shared options to cli_common_option and others to own(ctx, opt, arg),
 * which returns 0 or an exit status. Leaves optind at the first operand.
 * Returns 0 or an exit status (64 after printing a usage error). A
 * need_operands: 0 takes none, 1 needs some, 2 takes any number. */
int cli_parse(struct cli_common *c, int argc, char **argv,
    const struct option *longopts, int (*own)(void *ctx, int opt,
    const char *arg), void *ctx, int need_operands);
/* Prints "ipwsim: CMD: message (see 'ipwsim CMD --help')"; returns 64. */
int cli_usage(const struct cmd *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Prints err once; returns its exit code. */
int cli_fail(const struct cmd *cmd, const struct ipw_error *err);
/* A usage-coded error as cli_usage (with the --help hint), any other as
 * cli_fail. */
int cli_error(const struct cmd *cmd, const struct ipw_error *err);
int cli_help(const struct cmd *cmd);
/* An option's value: a number in [lo, hi], a whole number >= lo, a
 * whole number from lo to hi. 0, or -1 with a usage-coded err naming
 * opt and arg; nothing is printed. */
int opt_double(const char *opt, const char *arg, double lo, double hi,
    double *out, struct ipw_error *err);
int opt_size(const char *opt, const char *arg, size_t lo, size_t *out,
    struct ipw_error *err);
int opt_whole(const char *opt, const char *arg, long lo, long hi, int *out,
    struct ipw_error *err);
/* The same, -1 after printing the message as a usage error. */
int cli_double(const struct cmd *cmd, const char *opt, const char *arg,
    double lo, double hi, double *out);
int cli_size(const struct cmd *cmd, const char *opt, const char *arg,
    size_t lo, size_t *out);
/* A whole number from lo to hi (lo >= 0, hi <= INT_MAX); -1 after a
 * usage message. */
int cli_whole(const struct cmd *cmd, const char *opt, const char *arg,
    long lo, long hi, int *out);

/* --shard K/N: 1 <= K <= N <= 1000000; -1 after a usage message. */
int cli_shard(const struct cmd *cmd, const char *arg, long *k, long *n);

/* Loads the default catalog and the --catalog files. 0 or exit status. */
int cli_load_catalog(struct cli_common *c, struct catalog *cat);
/* Reads every input into t (concatenated), printing up to --max-errors
 * errors, and a progress line when stderr is a terminal. 0 or status. */
int cli_load_traces(struct cli_common *c, char **files, int nfiles,
    struct table *t);

/* The start every trace-reading command shares: parse options (see
 * cli_parse), print --help, load the catalog, read the operands as traces
 * (with c->traces_optional, none is fine and t stays empty).
 * Returns 0 when the command should go on to its work, else the status
 * to exit with (0 after --help). */
int cli_start(struct cli_common *c, int argc, char **argv,
    const struct option *longopts, int (*own)(void *ctx, int opt,
    const char *arg), void *ctx, struct catalog *cat, struct table *t,
    int *done);

/* A command's writers, one per --format; each gets the command's context. */
struct cli_writers {
	int (*table)(void *ctx, FILE *fp);
	int (*csv)(void *ctx, FILE *fp);
	int (*json)(void *ctx, FILE *fp);
};

/* cli_write_output with the writer --format names. */
int cli_write_report(struct cli_common *c, const struct cli_writers *w,
    void *ctx);

/* Opens -o (or stdout), lets write() fill it, commits atomically.
 * write returns 0 or -1. Returns 0 or an exit status. */
int cli_write_output(struct cli_common *c,
    int (*write)(void *ctx, FILE *fp), void *ctx);
/* The same to path (NULL: stdout): a side file such as --html, --svg. */
int cli_write_file(const struct cmd *cmd, const char *path,
    int (*write)(void *ctx, FILE *fp), void *ctx);

#endif

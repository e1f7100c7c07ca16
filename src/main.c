/* ipwsim: the command table and the one place that exits. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>

#include "cmd/cmds.h"
#include "plot.h"

static const struct cmd *const commands[] = {
	&cmd_simulate,
	&cmd_check,
	&cmd_catalog,
	&cmd_fit,
	&cmd_convert,
	&cmd_curve,
	&cmd_sweep,
	&cmd_merge,
	&cmd_reproduce,
	&cmd_synth,
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: ipwsim <command> [options]\n"
	    "       ipwsim --version | --help\n\n"
	    "Replay local-vs-cloud LLM routing on measured per-query traces.\n\n"
	    "Commands:\n");
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "  %-10s %s\n", commands[i]->name,
		    commands[i]->summary);
	fprintf(fp, "\n'ipwsim <command> --help' describes a command; "
	    "ipwsim(1) and ipwsim-<command>(1) document them.\n");
}

/* Output that did not reach stdout is an error even when every printf
 * seemed to succeed (a full disk, a closed pipe). */
static int
close_stdout(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "ipwsim: write error on standard "
			    "output: %s\n", strerror(errno));
		return status ? status : 74;
	}
	/* A closed descriptor 1 is no error for a run that wrote nothing
	 * to it (ipwsim ... -o FILE >&-): every byte was flushed above. */
	if (fclose(stdout) != 0 && errno != EBADF) {
		fprintf(stderr, "ipwsim: write error on standard output: %s\n",
		    strerror(errno));
		return status ? status : 74;
	}
	return status;
}

static int
dispatch(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 64;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("ipwsim %s\n", PACKAGE_VERSION);
		return 0;
	}
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(argv[1], commands[i]->name) == 0)
			return commands[i]->run(argc - 1, argv + 1);
	fprintf(stderr, "ipwsim: \"%s\" is not a command; see 'ipwsim "
	    "--help'\n", argv[1]);
	return 64;
}

int
main(int argc, char **argv)
{
	int status;

	/* Library code checks every GSL status; GSL must never abort. */
	gsl_set_error_handler_off();
	/* Past a file size limit, write(2) fails with EFBIG and the output's
	 * error path removes its temporary file; the signal would kill the
	 * run and leave it behind. */
	signal(SIGXFSZ, SIG_IGN);
	status = dispatch(argc, argv);
	plot_release_fonts();
	return close_stdout(status);
}

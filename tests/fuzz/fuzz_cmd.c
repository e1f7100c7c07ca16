/* libFuzzer target past the readers: any bytes as the input of one
 * command, run as ipwsim runs it, through the table checks into the
 * engines and the report. FUZZ_CMD picks the command at build time:
 *   simulate  the bytes as a trace; oracle and three routers, report
 *   sweep     the bytes as a scenario over tests/data/tiny.jsonl
 *   merge     the bytes as a sweep or simulate partial
 *   convert   the bytes as the wide table (first byte even) or the
 *             profile (odd) of convert --wide
 *   catalog   the bytes as a --catalog file
 * IPW_TOP is the source tree (for data/ and tests/data/). Reports go to
 * /dev/null; messages too (libFuzzer's -close_fd_mask=3 in run.sh). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cmds.h"

#ifndef FUZZ_CMD
#define FUZZ_CMD simulate
#endif
#define STR2(x) #x
#define STR(x) STR2(x)

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char top[4096];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *t = getenv("IPW_TOP");

	snprintf(top, sizeof(top), "%s", t ? t : IPW_TOP);
	if (getenv("IPWSIM_DATADIR") == NULL) {
		char d[4200];
		snprintf(d, sizeof(d), "%s/data", top);
		setenv("IPWSIM_DATADIR", d, 1);
	}
	return 0;
}

static int
run(const struct cmd *cmd, int argc, char **argv)
{
	int rc = cmd->run(argc, argv);

	/* only the documented statuses, never a crash or 70 */
	if (rc != 0 && rc != 64 && rc != 65 && rc != 66 && rc != 73 &&
	    rc != 74) {
		fprintf(stderr, "fuzz_cmd: %s exited %d\n", cmd->name, rc);
		abort();
	}
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char file[] = "/tmp/ipwsim-fuzz-cmd-XXXXXX", a[4200], b[4200];
	const char *which = STR(FUZZ_CMD);
	int fd = mkstemp(file);

	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	close(fd);
	if (strcmp(which, "simulate") == 0) {
		char *v1[] = { "simulate", "--router", "paper:0.8", "--router",
			"cascade:0.8", "--router", "mixture:0.5", "--bootstrap",
			"20", "--replicates", "20", "--format", "json", "-o",
			"/dev/null", file, NULL };
		char *v2[] = { "simulate", "--drop-incomplete", "--oracle",
			"cheapest-energy", "--router", "random:0.5",
			"--bootstrap", "0", "--replicates", "10", "--format",
			"csv", "-o", "/dev/null", file, NULL };
		run(&cmd_simulate, 16, v1);
		run(&cmd_simulate, 15, v2);
	} else if (strcmp(which, "sweep") == 0) {
		/* a shard of a 100,000th keeps a large grid to a few points */
		char *v[] = { "sweep", file, "--max-errors", "3", "--shard",
			"1/100000", "-o", "/dev/null", a, NULL };
		snprintf(a, sizeof(a), "%s/tests/data/tiny.jsonl", top);
		run(&cmd_sweep, 9, v);
	} else if (strcmp(which, "merge") == 0) {
		char *v[] = { "merge", "--format", "json", "-o", "/dev/null",
			file, NULL };
		run(&cmd_merge, 6, v);
	} else if (strcmp(which, "convert") == 0) {
		int table = size == 0 || data[0] % 2 == 0;
		char *v[] = { "convert", "--wide", a, "--profile", b, "-o",
			"/dev/null", NULL };
		snprintf(a, sizeof(a), "%s/tests/data/wide-table.csv", top);
		snprintf(b, sizeof(b), "%s/tests/data/wide-profile.json", top);
		snprintf(table ? a : b, sizeof(a), "%s", file);
		run(&cmd_convert, 7, v);
	} else if (strcmp(which, "catalog") == 0) {
		char *v[] = { "catalog", "--catalog", file, "--format", "json",
			"-o", "/dev/null", NULL };
		run(&cmd_catalog, 7, v);
	}
	unlink(file);
	return 0;
}

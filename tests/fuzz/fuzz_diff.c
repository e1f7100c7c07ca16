/* Differential libFuzzer target: whatever ipwsim's trace reader accepts
 * (auto-detected JSON Lines or CSV), the small strict reference reader
 * in refreader.c, written apart from src/, must accept too. Accepting
 * what the documented format refuses aborts. */
#include "config.h"

#define _GNU_SOURCE 1

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "refreader.h"
#include "table.h"
#include "trace.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/ipwsim-fuzz-diff-XXXXXX";
	struct trace_options o;
	struct ipw_errlist errs;
	struct table t;
	int fd, ours, ref;

	/* harness records are another format, with no reference here */
	if (memmem(data, size, "\"model_metrics\"", 15) != NULL)
		return 0;
	if ((fd = mkstemp(path)) < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	close(fd);
	trace_options_init(&o);
	table_init(&t);
	ipw_errlist_init(&errs, 1);
	ours = trace_load(&t, path, &o, &errs) == 0;
	ipw_errlist_release(&errs);
	table_release(&t);
	unlink(path);
	ref = refreader_accepts((const char *)data, size);
	if (ours && ref == 0) {
		fprintf(stderr, "fuzz_diff: ipwsim accepted an input the "
		    "reference reader refuses\n");
		abort();
	}
	return 0;
}

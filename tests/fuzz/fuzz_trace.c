/* libFuzzer target: any bytes as a trace file, in every input format.
 * Not part of make check; see tests/fuzz/README.md. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "table.h"
#include "trace.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum trace_format formats[] = { TRACE_AUTO, TRACE_JSONL,
		TRACE_CSV, TRACE_HARNESS, TRACE_QUERYTRACE };
	char path[] = "/tmp/ipwsim-fuzz-XXXXXX";
	int fd = mkstemp(path);

	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	close(fd);
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		struct trace_options o;
		struct ipw_errlist errs;
		struct table t;

		trace_options_init(&o);
		o.format = formats[i];
		o.max_line = 4096;
		/* the QueryTrace pass names its model and accelerator and
		 * skips what is unscored or unmeasured, counting it */
		if (formats[i] == TRACE_QUERYTRACE) {
			o.model = "M";
			o.accelerator = "A";
			o.skip_unscored = o.skip_unmeasured = 1;
		}
		table_init(&t);
		ipw_errlist_init(&errs, 4);
		trace_load(&t, path, &o, &errs);
		ipw_errlist_release(&errs);
		table_release(&t);
	}
	unlink(path);
	return 0;
}

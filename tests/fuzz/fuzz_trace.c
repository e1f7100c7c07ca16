/* libFuzzer target: any bytes as a trace file, in every input format,
 * and as a log read by each shipped map and a test map (nested paths,
 * units, status strings, skip rules, each). Not part of make check; see
 * tests/fuzz/README.md. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "table.h"
#include "trace.h"
#include "tracemap.h"

static const char *const map_files[] = {
	IPW_TOP "/data/maps/harness-profiling.json",
	IPW_TOP "/data/maps/harness-querytrace.json",
	IPW_TOP "/data/maps/canonical.json",
	IPW_TOP "/tests/data/map-lab.json",
	IPW_TOP "/tests/data/map-lab-csv.json",
};
#define NMAPS (sizeof(map_files) / sizeof(map_files[0]))

static void
load(struct table *t, const char *path, const struct trace_options *o)
{
	struct ipw_errlist errs;

	table_init(t);
	ipw_errlist_init(&errs, 4);
	trace_load(t, path, o, &errs);
	ipw_errlist_release(&errs);
	table_release(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum trace_format formats[] = { TRACE_AUTO, TRACE_JSONL,
		TRACE_CSV, TRACE_HARNESS, TRACE_QUERYTRACE };
	static struct tracemap maps[NMAPS];
	static int loaded;
	char path[] = "/tmp/ipwsim-fuzz-XXXXXX";
	int fd = mkstemp(path);

	if (!loaded) {
		struct ipw_error err;
		for (size_t i = 0; i < NMAPS; i++)
			if (tracemap_load(&maps[i], map_files[i], &err) < 0)
				abort();
		loaded = 1;
	}

	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	close(fd);
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		struct trace_options o;
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
		load(&t, path, &o);
	}
	for (size_t i = 0; i < NMAPS; i++) {
		struct trace_options o;
		struct table t;
		trace_options_init(&o);
		o.max_line = 4096;
		o.map = &maps[i];
		o.model = "M";
		o.accelerator = "A";
		o.skip_unscored = o.skip_unmeasured = i % 2;
		load(&t, path, &o);
	}
	unlink(path);
	return 0;
}

/* libFuzzer target for the JSON inputs with positions: jsonfile_locate
 * over any text and path, and the synth calibration loader over any
 * file. Build and run with tests/fuzz/run.sh json SECONDS. */
#include "config.h"

#define _GNU_SOURCE 1
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "jsonfile.h"
#include "synth.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = { "targets[0].value", "models[1]",
		"datasets[0].domains[3].share.value", "a.b[2].c", "[0]", "",
		".", "[", "x[99999999999999999999]" };
	char *text = malloc(size + 1), path[64], file[64];
	static struct synth_calib cal;
	struct ipw_error err;
	size_t plen = size < 24 ? size : 24;
	int fd;

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
		(void)jsonfile_locate(text, size, paths[i]);
	memcpy(path, data, plen);	/* the input's start as a path too */
	path[plen] = '\0';
	(void)jsonfile_locate(text, size, path);
	fd = memfd_create("calibration", 0);
	if (fd >= 0 && write(fd, data, size) == (ssize_t)size) {
		snprintf(file, sizeof(file), "/proc/self/fd/%d", fd);
		if (synth_load(&cal, file, &err) == 0)
			synth_release(&cal);
	}
	if (fd >= 0)
		close(fd);
	free(text);
	return 0;
}

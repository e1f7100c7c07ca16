/* libFuzzer target: any bytes as an ML.ENERGY-format measurement file
 * (v3's columns or v2's), read as ipwsim fit reads its data (every row
 * measured) and as --predict reads its rows, with the shipped catalog;
 * each row read is then turned into its points, and a predict row's
 * default precision and note text made. Not part of make check; see
 * tests/fuzz/README.md. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "mledata.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct catalog cat;
	static int loaded;
	char path[] = "/tmp/ipwsim-fuzz-mle-XXXXXX";
	int fd = mkstemp(path);

	if (!loaded) {
		struct ipw_error err;
		if (getenv("IPWSIM_DATADIR") == NULL)
			setenv("IPWSIM_DATADIR", IPW_TOP "/data", 1);
		catalog_init(&cat);
		if (catalog_load_default(&cat, &err) < 0)
			abort();
		loaded = 1;
	}
	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	close(fd);
	for (int measured = 0; measured <= 1; measured++) {
		struct mle_set s;
		struct ipw_error err;
		struct lm_point *p;
		mle_init(&s, 1000);
		(void)mle_read(&s, path, &cat, measured, &err);
		p = mle_points(&s);
		for (size_t i = 0; p != NULL && i < s.n; i++) {
			char buf[96];
			const struct mle_row *r = &s.row[i];
			/* every kept row is finite where the model reads it */
			if (r->why[0] == '\0' && !(p[i].batch > 0 &&
			    p[i].out_len > 0 && p[i].devices >= 1))
				abort();
			catalog_precision_text(r->prec_from == PREC_NONE ? NULL :
			    r->precision, r->prec_from, buf, sizeof(buf));
		}
		free(p);
		mle_release(&s);
	}
	unlink(path);
	return 0;
}

/* Output files written atomically: into a temporary file in the target's
 * directory, flushed, fsynced and closed, then renamed over the target.
 * A failed or interrupted run leaves the old target untouched and no
 * temporary file behind. A target that exists and is a symbolic link or
 * not a regular file (/dev/null, a FIFO, /dev/stdout) is written
 * directly, not atomically: renaming over it would replace the link or
 * the device. */
#ifndef IPW_OUTFILE_H
#define IPW_OUTFILE_H

#include <stdio.h>

#include "error.h"

struct outfile {
	FILE *fp;		/* write here */
	char *path;		/* target; NULL for stdout */
	char *tmp;		/* temporary file while open */
	int direct;		/* writing to a non-regular target itself */
};

/* path NULL or "-" writes to stdout (not atomic, nothing to rename). */
int outfile_open(struct outfile *o, const char *path, struct ipw_error *err);
/* Flushes, syncs, closes and renames; on failure removes the temporary
 * file. IPW_EX_IOERR or IPW_EX_CANTCREAT. */
int outfile_commit(struct outfile *o, struct ipw_error *err);
/* Drops the output: removes the temporary file. Safe after commit. */
void outfile_abort(struct outfile *o);

#endif

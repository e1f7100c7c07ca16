/* Line-oriented reading of a file or stdin, plain or zstd-compressed.
 * Compression is recognised by the zstd frame magic, not by the name. */
#ifndef IPW_INPUT_H
#define IPW_INPUT_H

#include <stdint.h>
#include <stdio.h>

#include <zstd.h>

#include "error.h"

/* The default bound on one line (bytes, without the newline). */
#define INPUT_MAX_LINE (1u << 20)
/* What one read or decode gives at most (bytes). */
#define INPUT_BLOCK (1u << 17)

struct input {
	char name[256];		/* path as given, or "<stdin>" */
	FILE *fp;
	int is_zstd;
	ZSTD_DCtx *dctx;
	unsigned char *raw;	/* compressed bytes read from fp */
	size_t raw_cap;
	ZSTD_inBuffer zin;
	size_t zret;		/* last ZSTD_decompressStream hint; 0 = frame done */
	char *buf;		/* plain bytes; [pos, len) not yet returned */
	size_t pos, len, cap;
	int eof;		/* fp is exhausted */
	long line;		/* number of the line last returned */
	uint64_t raw_bytes;	/* bytes read from fp, for progress */
	uint64_t size;		/* file size when known (regular file), else 0 */
	size_t max_line;
	int bom;		/* the data began with a UTF-8 BOM (skipped) */
	int bom_checked;
	struct zthread *zt;	/* zstd decoded ahead on a thread, or NULL */
};

/* path "-" reads stdin. A zstd stream is recognised by any frame magic
 * (skippable frames are skipped, concatenated frames read in order); a
 * UTF-8 byte-order mark at the start of the data is skipped and noted in
 * in->bom. Fails with IPW_EX_NOINPUT when it cannot open. */
int input_open(struct input *in, const char *path, size_t max_line,
    struct ipw_error *err);
/* Returns 1 and sets *line (NUL-terminated, without "\n" or "\r\n"; valid
 * until the next call) and *len; 0 at end of input; -1 on error (over-long
 * line, read error, corrupt or truncated zstd). */
int input_getline(struct input *in, char **line, size_t *len,
    struct ipw_error *err);
/* Buffered bytes not yet returned, decoding more if none are; does not
 * consume them. *n == 0 only at end of input. */
int input_peek(struct input *in, const char **data, size_t *n,
    struct ipw_error *err);
/* The next decoded bytes as they come, not cut into lines: first those
 * input_getline has buffered, then at most cap more (cap >= INPUT_BLOCK).
 * Returns the count put in dst, 0 at the end of the input, -1 on an
 * error (placed at line in->line + 1, which this does not advance: the
 * caller counts the lines it cuts). */
long input_take(struct input *in, char *dst, size_t cap,
    struct ipw_error *err);
/* Gives bytes input_take returned back, to be read again first (by
 * input_getline too); -1 when out of memory. */
int input_unread(struct input *in, const char *data, size_t n);
/* From now on, a zstd input is decoded ahead on a thread of its own
 * (nothing changes for a plain one, or if the thread cannot start): the
 * lines and errors are the same. */
void input_prefetch(struct input *in);
/* Bytes read from the file so far, for progress (any thread may ask). */
uint64_t input_raw_bytes(const struct input *in);
void input_close(struct input *in);

#endif

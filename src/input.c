#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <pthread.h>

#include "input.h"

#define RAW_CHUNK INPUT_BLOCK
#define ZBLOCKS 8	/* decoded blocks of RAW_CHUNK bytes held ahead */

/* zstd decoded ahead: the thread fills blocks in turn, fill() takes them
 * in the same turn. A block that ends the input (empty) or holds an
 * error stays full: every later fill sees it. */
struct zblock {
	char data[RAW_CHUNK];
	size_t len;
	int state;		/* 0 free, 1 full, 2 full and the last */
	int code;		/* an error: its exit code, what and detail */
	const char *what;
	char detail[128];
};

struct zthread {
	pthread_t tid;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct zblock b[ZBLOCKS];
	int rd, wr, stop;
};

static int
fail(struct input *in, struct ipw_error *err, int code, const char *what,
    const char *detail)
{
	ipw_error_set(err, code, "%s: %s", what, detail);
	ipw_error_at(err, in->name, in->line + 1, 0);
	return -1;
}

/* A zstd frame's magic, or a skippable frame's (little-endian
 * 0x184D2A50 to 0x184D2A5F), as RFC 8878 defines them. */
static int
is_zstd_frame(const unsigned char *p)
{
	uint32_t m = (uint32_t)p[0] | (uint32_t)p[1] << 8 |
	    (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;

	return m == ZSTD_MAGICNUMBER || (m & ZSTD_MAGIC_SKIPPABLE_MASK) ==
	    ZSTD_MAGIC_SKIPPABLE_START;
}

static size_t
read_raw(struct input *in, unsigned char *dst, size_t n)
{
	size_t got = fread(dst, 1, n, in->fp);

	__atomic_fetch_add(&in->raw_bytes, got, __ATOMIC_RELAXED);
	if (got < n)
		in->eof = 1;
	return got;
}

int
input_open(struct input *in, const char *path, size_t max_line,
    struct ipw_error *err)
{
	struct stat sb;
	size_t got;

	memset(in, 0, sizeof(*in));
	in->max_line = max_line ? max_line : INPUT_MAX_LINE;
	snprintf(in->name, sizeof(in->name), "%s",
	    strcmp(path, "-") == 0 ? "<stdin>" : path);
	in->fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (in->fp == NULL) {
		ipw_error_set(err, IPW_EX_NOINPUT, "cannot open: %s",
		    strerror(errno));
		ipw_error_at(err, path, 0, 0);
		return -1;
	}
	if (fstat(fileno(in->fp), &sb) == 0 && S_ISREG(sb.st_mode))
		in->size = (uint64_t)sb.st_size;
	else if (fstat(fileno(in->fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		input_close(in);
		ipw_error_set(err, IPW_EX_NOINPUT, "cannot read: is a directory");
		ipw_error_at(err, path, 0, 0);
		return -1;
	}
	in->raw_cap = RAW_CHUNK;
	in->cap = RAW_CHUNK * 2;
	in->raw = malloc(in->raw_cap);
	in->buf = malloc(in->cap);
	if (in->raw == NULL || in->buf == NULL) {
		input_close(in);
		return ipw_error_oom(err);
	}
	got = read_raw(in, in->raw, in->raw_cap);
	if (ferror(in->fp)) {
		input_close(in);
		return fail(in, err, IPW_EX_IOERR, "read error",
		    strerror(errno));
	}
	/* Any frame zstd -d would take, skippable ones included. */
	if (got >= 4 && is_zstd_frame(in->raw)) {
		in->is_zstd = 1;
		in->dctx = ZSTD_createDCtx();
		if (in->dctx == NULL) {
			input_close(in);
			return ipw_error_oom(err);
		}
		in->zin.src = in->raw;
		in->zin.size = got;
		in->zin.pos = 0;
		in->zret = 1;
	} else {
		memcpy(in->buf, in->raw, got);
		in->len = got;
	}
	return 0;
}

/* Moves the unreturned bytes to the front and makes room for at least
 * `want` more; the buffer never grows past a line's bound plus a chunk. */
static int
make_room(struct input *in, size_t want)
{
	if (in->pos > 0) {
		memmove(in->buf, in->buf + in->pos, in->len - in->pos);
		in->len -= in->pos;
		in->pos = 0;
	}
	if (in->cap - in->len < want) {
		size_t ncap = in->len + want;
		char *p = realloc(in->buf, ncap);
		if (p == NULL)
			return -1;
		in->buf = p;
		in->cap = ncap;
	}
	return 0;
}

/* Decodes into dst[0..cap): *n bytes, 0 at the end; on an error its
 * code, what and detail (detail copied into a buffer of dsize). */
static int
decode(struct input *in, char *dst, size_t cap, size_t *n, int *code,
    const char **what, char *detail, size_t dsize)
{
	ZSTD_outBuffer out = { dst, cap, 0 };

	*n = 0;
	while (out.pos == 0) {
		if (in->zin.pos == in->zin.size) {
			if (in->eof)
				break;
			in->zin.size = read_raw(in, in->raw, in->raw_cap);
			in->zin.pos = 0;
			if (ferror(in->fp)) {
				*code = IPW_EX_IOERR;
				*what = "read error";
				snprintf(detail, dsize, "%s", strerror(errno));
				return -1;
			}
			if (in->zin.size == 0)
				break;
		}
		in->zret = ZSTD_decompressStream(in->dctx, &out, &in->zin);
		if (ZSTD_isError(in->zret)) {
			/* what this call decoded is dropped, as zstd -d does */
			*code = IPW_EX_DATAERR;
			*what = "corrupt zstd data";
			snprintf(detail, dsize, "%s",
			    ZSTD_getErrorName(in->zret));
			return -1;
		}
		if (out.pos == out.size)
			break;
	}
	*n = out.pos;
	if (out.pos == 0 && in->zret != 0) {
		*code = IPW_EX_DATAERR;
		*what = "truncated zstd frame";
		snprintf(detail, dsize, "input ends inside a frame");
		return -1;
	}
	return 0;
}

static void *
decoder(void *arg)
{
	struct input *in = arg;
	struct zthread *z = in->zt;

	for (;;) {
		struct zblock *b = &z->b[z->wr];
		int last;
		pthread_mutex_lock(&z->mu);
		while (b->state != 0 && !z->stop)
			pthread_cond_wait(&z->cv, &z->mu);
		pthread_mutex_unlock(&z->mu);
		if (z->stop)
			break;
		b->code = 0;
		last = decode(in, b->data, sizeof(b->data), &b->len, &b->code,
		    &b->what, b->detail, sizeof(b->detail)) < 0 || b->len == 0;
		pthread_mutex_lock(&z->mu);
		b->state = last ? 2 : 1;
		pthread_cond_broadcast(&z->cv);
		pthread_mutex_unlock(&z->mu);
		z->wr = (z->wr + 1) % ZBLOCKS;
		if (last)
			break;
	}
	return NULL;
}

/* The next block the decoder made, into dst (room for RAW_CHUNK). */
static long
take_block(struct input *in, char *dst, struct ipw_error *err)
{
	struct zthread *z = in->zt;
	struct zblock *b = &z->b[z->rd];
	size_t n;

	pthread_mutex_lock(&z->mu);
	while (b->state == 0)
		pthread_cond_wait(&z->cv, &z->mu);
	pthread_mutex_unlock(&z->mu);
	if (b->code != 0)
		return fail(in, err, b->code, b->what, b->detail);
	n = b->len;	/* the block is the decoder's again once freed */
	memcpy(dst, b->data, n);
	if (b->state == 1) {
		pthread_mutex_lock(&z->mu);
		b->state = 0;
		pthread_cond_broadcast(&z->cv);
		pthread_mutex_unlock(&z->mu);
		z->rd = (z->rd + 1) % ZBLOCKS;
	}
	return (long)n;
}

static int
fill_zstd(struct input *in, struct ipw_error *err)
{
	size_t n;
	int code;
	const char *what;
	char detail[128];

	/* RAW_CHUNK at a time, as the decoding thread's blocks: where a
	 * corrupt stream stops is then the same on any number of threads */
	if (decode(in, in->buf + in->len, RAW_CHUNK, &n, &code, &what,
	    detail, sizeof(detail)) < 0)
		return fail(in, err, code, what, detail);
	in->len += n;
	return 0;
}

void
input_prefetch(struct input *in)
{
	struct zthread *z;

	if (!in->is_zstd || in->zt != NULL || (z = calloc(1, sizeof(*z))) ==
	    NULL)
		return;
	pthread_mutex_init(&z->mu, NULL);
	pthread_cond_init(&z->cv, NULL);
	in->zt = z;
	if (pthread_create(&z->tid, NULL, decoder, in) != 0) {
		in->zt = NULL;
		pthread_mutex_destroy(&z->mu);
		pthread_cond_destroy(&z->cv);
		free(z);
	}
}

uint64_t
input_raw_bytes(const struct input *in)
{
	return __atomic_load_n(&in->raw_bytes, __ATOMIC_RELAXED);
}

/* Reads more plain bytes into buf. Returns the count added, -1 on error. */
static long
fill(struct input *in, struct ipw_error *err)
{
	size_t before;

	if (make_room(in, RAW_CHUNK) < 0)
		return ipw_error_oom(err);
	before = in->len;
	if (in->zt != NULL) {
		long n = take_block(in, in->buf + in->len, err);
		if (n > 0)
			in->len += (size_t)n;
		return n;
	}
	if (in->is_zstd) {
		if (fill_zstd(in, err) < 0)
			return -1;
	} else if (!in->eof) {
		in->len += read_raw(in, (unsigned char *)in->buf + in->len,
		    in->cap - in->len);
		if (ferror(in->fp))
			return fail(in, err, IPW_EX_IOERR, "read error",
			    strerror(errno));
	}
	return (long)(in->len - before);
}

static void
cut_line(struct input *in, size_t end, char **line, size_t *len)
{
	size_t n = end - in->pos;
	char *s = in->buf + in->pos;

	if (n > 0 && s[n - 1] == '\r')
		n--;
	s[n] = '\0';
	*line = s;
	*len = n;
	in->line++;
}

static int
too_long(struct input *in, struct ipw_error *err)
{
	ipw_error_set(err, IPW_EX_DATAERR, "line is longer than %zu bytes",
	    in->max_line);
	ipw_error_at(err, in->name, in->line + 1, 0);
	return -1;
}

/* Skips a UTF-8 byte-order mark at the start of the data, once. */
static int
skip_bom(struct input *in, struct ipw_error *err)
{
	in->bom_checked = 1;
	while (in->len - in->pos < 3) {
		long got = fill(in, err);
		if (got < 0)
			return -1;
		if (got == 0)
			break;
	}
	if (in->len - in->pos >= 3 && memcmp(in->buf + in->pos,
	    "\xef\xbb\xbf", 3) == 0) {
		in->pos += 3;
		in->bom = 1;
	}
	return 0;
}

int
input_getline(struct input *in, char **line, size_t *len,
    struct ipw_error *err)
{
	size_t scanned = 0;

	if (!in->bom_checked && skip_bom(in, err) < 0)
		return -1;

	for (;;) {
		char *s = in->buf + in->pos + scanned;
		char *nl = memchr(s, '\n', in->len - in->pos - scanned);
		long got;

		if (nl != NULL) {
			size_t end = (size_t)(nl - in->buf);
			if (end - in->pos > in->max_line)
				return too_long(in, err);
			cut_line(in, end, line, len);
			in->pos = end + 1;
			return 1;
		}
		scanned = in->len - in->pos;
		if (scanned > in->max_line)
			return too_long(in, err);
		got = fill(in, err);
		if (got < 0)
			return -1;
		if (got == 0) {
			if (in->pos == in->len)
				return 0;
			/* A last line without a newline. */
			if (make_room(in, 1) < 0)
				return ipw_error_oom(err);
			cut_line(in, in->len, line, len);
			in->pos = in->len;
			return 1;
		}
	}
}

int
input_peek(struct input *in, const char **data, size_t *n,
    struct ipw_error *err)
{
	if (!in->bom_checked && skip_bom(in, err) < 0)
		return -1;
	if (in->pos == in->len && fill(in, err) < 0)
		return -1;
	*data = in->buf + in->pos;
	*n = in->len - in->pos;
	return 0;
}

long
input_take(struct input *in, char *dst, size_t cap, struct ipw_error *err)
{
	size_t n;
	int code;
	const char *what;
	char detail[128];

	if (!in->bom_checked && skip_bom(in, err) < 0)
		return -1;
	if (in->pos < in->len) {
		n = in->len - in->pos < cap ? in->len - in->pos : cap;
		memcpy(dst, in->buf + in->pos, n);
		in->pos += n;
		return (long)n;
	}
	if (cap < INPUT_BLOCK)
		return ipw_error_set(err, IPW_EX_SOFTWARE, "input_take: room "
		    "for %zu bytes, below a block", cap);
	if (in->zt != NULL)
		return take_block(in, dst, err);
	if (in->is_zstd) {
		if (decode(in, dst, INPUT_BLOCK, &n, &code, &what, detail,
		    sizeof(detail)) < 0)
			return fail(in, err, code, what, detail);
		return (long)n;
	}
	if (in->eof)
		return 0;
	n = read_raw(in, (unsigned char *)dst, cap);
	if (ferror(in->fp))
		return fail(in, err, IPW_EX_IOERR, "read error",
		    strerror(errno));
	return (long)n;
}

int
input_unread(struct input *in, const char *data, size_t n)
{
	size_t pending = in->len - in->pos;

	if (n == 0)
		return 0;
	if (in->cap < n + pending + 1) {
		char *p = realloc(in->buf, n + pending + RAW_CHUNK);
		if (p == NULL)
			return -1;
		in->buf = p;
		in->cap = n + pending + RAW_CHUNK;
	}
	memmove(in->buf + n, in->buf + in->pos, pending);
	memcpy(in->buf, data, n);
	in->pos = 0;
	in->len = n + pending;
	return 0;
}

void
input_close(struct input *in)
{
	if (in->zt != NULL) {
		pthread_mutex_lock(&in->zt->mu);
		in->zt->stop = 1;
		pthread_cond_broadcast(&in->zt->cv);
		pthread_mutex_unlock(&in->zt->mu);
		pthread_join(in->zt->tid, NULL);
		pthread_mutex_destroy(&in->zt->mu);
		pthread_cond_destroy(&in->zt->cv);
		free(in->zt);
		in->zt = NULL;
	}
	if (in->fp != NULL && in->fp != stdin)
		fclose(in->fp);
	ZSTD_freeDCtx(in->dctx);
	free(in->raw);
	free(in->buf);
	in->fp = NULL;
	in->dctx = NULL;
	in->raw = NULL;
	in->buf = NULL;
}

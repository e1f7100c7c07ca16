#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outfile.h"

/* The temporary file to remove if a signal ends the run; one output is
 * open at a time. */
static volatile sig_atomic_t have_pending;
static char pending[4096];

static void
on_signal(int sig)
{
	if (have_pending)
		unlink(pending);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
watch(const char *tmp)
{
	static int installed;

	snprintf(pending, sizeof(pending), "%s", tmp);
	have_pending = 1;
	if (!installed) {
		signal(SIGINT, on_signal);
		signal(SIGTERM, on_signal);
		signal(SIGHUP, on_signal);
		signal(SIGPIPE, on_signal);
		installed = 1;
	}
}

static void
unwatch(void)
{
	have_pending = 0;
}

int
outfile_open(struct outfile *o, const char *path, struct ipw_error *err)
{
	struct stat st;
	size_t n;
	int fd;

	memset(o, 0, sizeof(*o));
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	if ((lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) ||
	    (stat(path, &st) == 0 && !S_ISREG(st.st_mode))) {
		o->fp = fopen(path, "w");
		if (o->fp == NULL) {
			ipw_error_set(err, IPW_EX_CANTCREAT, "cannot open: %s",
			    strerror(errno));
			ipw_error_at(err, path, 0, 0);
			return -1;
		}
		o->direct = 1;
		o->path = strdup(path);	/* for messages; may be NULL */
		return 0;
	}
	n = strlen(path) + 16;
	o->path = strdup(path);
	o->tmp = malloc(n);
	if (o->path == NULL || o->tmp == NULL) {
		outfile_abort(o);
		return ipw_error_oom(err);
	}
	/* Same directory as the target, so rename(2) stays atomic. */
	snprintf(o->tmp, n, "%s.tmpXXXXXX", path);
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		ipw_error_set(err, IPW_EX_CANTCREAT, "cannot create: %s",
		    strerror(errno));
		ipw_error_at(err, path, 0, 0);
		free(o->tmp);
		o->tmp = NULL;
		outfile_abort(o);
		return -1;
	}
	/* mkstemp makes 0600; give the umask's usual 0666 instead. */
	{
		mode_t mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	watch(o->tmp);
	o->fp = fdopen(fd, "w");
	if (o->fp == NULL) {
		close(fd);
		outfile_abort(o);
		return ipw_error_set(err, IPW_EX_CANTCREAT, "cannot open "
		    "temporary file");
	}
	return 0;
}

static int
io_fail(struct outfile *o, const char *what, int e, struct ipw_error *err)
{
	ipw_error_set(err, IPW_EX_IOERR, "%s: %s", what, strerror(e));
	ipw_error_at(err, o->path, 0, 0);
	outfile_abort(o);
	return -1;
}

int
outfile_commit(struct outfile *o, struct ipw_error *err)
{
	int fd;

	if (o->direct) {
		int bad = fflush(o->fp) != 0 || ferror(o->fp);
		int e = errno;
		bad |= fclose(o->fp) != 0;
		o->fp = NULL;
		o->direct = 0;
		if (bad) {
			ipw_error_set(err, IPW_EX_IOERR, "write error: %s",
			    strerror(e));
			ipw_error_at(err, o->path ? o->path : "output", 0, 0);
		}
		free(o->path);
		o->path = NULL;
		return bad ? -1 : 0;
	}
	if (o->path == NULL)
		return 0;	/* stdout: main checks it when it closes */
	if (fflush(o->fp) != 0 || ferror(o->fp))
		return io_fail(o, "write error", errno, err);
	fd = fileno(o->fp);
	if (fsync(fd) != 0)
		return io_fail(o, "fsync failed", errno, err);
	if (fclose(o->fp) != 0) {
		o->fp = NULL;
		return io_fail(o, "close failed", errno, err);
	}
	o->fp = NULL;
	if (rename(o->tmp, o->path) != 0) {
		int e = errno;
		ipw_error_set(err, IPW_EX_CANTCREAT, "cannot rename into "
		    "place: %s", strerror(e));
		ipw_error_at(err, o->path, 0, 0);
		outfile_abort(o);
		return -1;
	}
	unwatch();
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	return 0;
}

void
outfile_abort(struct outfile *o)
{
	if (o->fp != NULL && o->fp != stdout)
		fclose(o->fp);
	o->fp = NULL;
	o->direct = 0;
	if (o->tmp != NULL) {
		unlink(o->tmp);
		unwatch();
	}
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
}

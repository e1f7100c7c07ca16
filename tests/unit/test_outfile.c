#include "config.h"

#include <dirent.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outfile.h"
#include "unit.h"

static char dir[64];

static void
setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/ipwsim-out-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static int
entries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static void
slurp(const char *path, char *buf, size_t size)
{
	FILE *fp = fopen(path, "r");
	size_t n;

	ck_assert_ptr_nonnull(fp);
	n = fread(buf, 1, size - 1, fp);
	buf[n] = '\0';
	fclose(fp);
}

START_TEST(test_commit_replaces)
{
	struct outfile o;
	struct ipw_error err;
	char path[128], buf[64];

	snprintf(path, sizeof(path), "%s/report.csv", dir);
	ck_assert_int_eq(outfile_open(&o, path, &err), 0);
	fputs("first\n", o.fp);
	ck_assert_int_eq(outfile_commit(&o, &err), 0);
	ck_assert_int_eq(outfile_open(&o, path, &err), 0);
	fputs("second\n", o.fp);
	/* Until commit, the old file is whole and in place. */
	slurp(path, buf, sizeof(buf));
	ck_assert_str_eq(buf, "first\n");
	ck_assert_int_eq(entries(), 2);
	ck_assert_int_eq(outfile_commit(&o, &err), 0);
	slurp(path, buf, sizeof(buf));
	ck_assert_str_eq(buf, "second\n");
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(test_abort_keeps_old)
{
	struct outfile o;
	struct ipw_error err;
	char path[128], buf[64];

	snprintf(path, sizeof(path), "%s/report.csv", dir);
	ck_assert_int_eq(outfile_open(&o, path, &err), 0);
	fputs("kept\n", o.fp);
	ck_assert_int_eq(outfile_commit(&o, &err), 0);
	ck_assert_int_eq(outfile_open(&o, path, &err), 0);
	fputs("half a rep", o.fp);
	outfile_abort(&o);
	slurp(path, buf, sizeof(buf));
	ck_assert_str_eq(buf, "kept\n");
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(test_cannot_create)
{
	struct outfile o;
	struct ipw_error err;
	char path[128];

	snprintf(path, sizeof(path), "%s/missing/report.csv", dir);
	ck_assert_int_eq(outfile_open(&o, path, &err), -1);
	ck_assert_int_eq(err.code, IPW_EX_CANTCREAT);
	ck_assert_str_eq(err.file, path);
}
END_TEST

/* A symbolic link stays a link: the file it names gets the output. */
START_TEST(test_symlink_kept)
{
	struct outfile o;
	struct ipw_error err;
	char path[128], link[128], buf[64];
	struct stat st;

	snprintf(path, sizeof(path), "%s/real.csv", dir);
	snprintf(link, sizeof(link), "%s/link.csv", dir);
	ck_assert_int_eq(symlink("real.csv", link), 0);
	ck_assert_int_eq(outfile_open(&o, link, &err), 0);
	fputs("through\n", o.fp);
	ck_assert_int_eq(outfile_commit(&o, &err), 0);
	ck_assert_int_eq(lstat(link, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	slurp(path, buf, sizeof(buf));
	ck_assert_str_eq(buf, "through\n");
	ck_assert_int_eq(entries(), 2);
}
END_TEST

/* A FIFO is written, not replaced by a regular file. */
START_TEST(test_fifo_kept)
{
	struct outfile o;
	struct ipw_error err;
	char path[128], buf[64];
	struct stat st;
	FILE *rd;

	snprintf(path, sizeof(path), "%s/pipe", dir);
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	rd = fopen(path, "r+");	/* keeps the FIFO open for the writer */
	ck_assert_ptr_nonnull(rd);
	ck_assert_int_eq(outfile_open(&o, path, &err), 0);
	fputs("piped\n", o.fp);
	ck_assert_int_eq(outfile_commit(&o, &err), 0);
	ck_assert_ptr_nonnull(fgets(buf, sizeof(buf), rd));
	ck_assert_str_eq(buf, "piped\n");
	fclose(rd);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert(S_ISFIFO(st.st_mode));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("outfile");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_commit_replaces);
	tcase_add_test(tc, test_abort_keeps_old);
	tcase_add_test(tc, test_cannot_create);
	tcase_add_test(tc, test_symlink_kept);
	tcase_add_test(tc, test_fifo_kept);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)

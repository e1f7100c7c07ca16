/* ipwsim merge: the partial CSVs of a sharded sweep into the CSV the
 * unsharded sweep writes. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmds.h"
#include "sweepfile.h"

static const char usage[] =
"usage: ipwsim merge [options] PARTIAL...\n"
"\n"
"Combine the partial CSVs of ipwsim sweep --shard K/N, one for each K,\n"
"into exactly the CSV the sweep writes without --shard.\n"
"\n"
"Options:\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 partials that do not fit together\n"
"(another scenario, trace or version, a shard missing or twice),\n"
"66 cannot open a partial, 73 cannot create output, 74 I/O error.\n";

struct part {
	const char *file;
	char version[64];
	unsigned long long key;
	long k, n, points;
	char *header;		/* the CSV header line */
	char **rows;		/* the CSV rows, in the file's order */
	long nrows;
};

struct merge {
	struct cli_common common;
	struct part *part;
	int nparts;
	char **row;		/* by point - 1 */
	long points;
};

static int
fail(const char *file, long line, const char *why)
{
	if (line > 0)
		fprintf(stderr, "ipwsim: merge: %s:%ld: %s\n", file, line, why);
	else
		fprintf(stderr, "ipwsim: merge: %s: %s\n", file, why);
	return IPW_EX_DATAERR;
}

static int
read_part(struct part *p)
{
	FILE *fp = fopen(p->file, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long lineno = 0, cap_rows = 0;
	int rc = 0;

	if (fp == NULL) {
		fprintf(stderr, "ipwsim: merge: %s: cannot open: %s\n",
		    p->file, strerror(errno));
		return IPW_EX_NOINPUT;
	}
	while (rc == 0 && (len = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		if (lineno == 1) {
			if (strncmp(line, SWEEP_PARTIAL_TAG,
			    strlen(SWEEP_PARTIAL_TAG)) != 0 ||
			    sscanf(line + strlen(SWEEP_PARTIAL_TAG),
			    " version=%63s key=%llx shard=%ld/%ld points=%ld",
			    p->version, &p->key, &p->k, &p->n, &p->points) != 5)
				rc = fail(p->file, 1, "not a partial of ipwsim "
				    "sweep --shard");
		} else if (lineno == 2) {
			if ((p->header = strdup(line)) == NULL)
				rc = IPW_EX_SOFTWARE;
		} else {
			if (p->nrows == cap_rows) {
				char **r = realloc(p->rows, (size_t)(cap_rows =
				    cap_rows ? 2 * cap_rows : 256) *
				    sizeof(*r));
				if (r == NULL) {
					rc = IPW_EX_SOFTWARE;
					break;
				}
				p->rows = r;
			}
			if ((p->rows[p->nrows++] = strdup(line)) == NULL)
				rc = IPW_EX_SOFTWARE;
		}
	}
	if (rc == 0 && ferror(fp)) {
		fprintf(stderr, "ipwsim: merge: %s: read error\n", p->file);
		rc = IPW_EX_IOERR;
	}
	if (rc == 0 && lineno < 2)
		rc = fail(p->file, 0, "not a partial of ipwsim sweep --shard "
		    "(no header)");
	free(line);
	fclose(fp);
	return rc;
}

/* Every partial is of the first one's sweep, each shard once, and each
 * point of the grid comes from the shard that owns it. */
static int
check_and_place(struct merge *m)
{
	const struct part *a = &m->part[0];
	char why[256];

	m->points = a->points;
	if (a->n != m->nparts) {
		snprintf(why, sizeof(why), "a shard of %ld, but %d partial%s "
		    "given", a->n, m->nparts, m->nparts == 1 ? "" : "s");
		return fail(a->file, 0, why);
	}
	if ((m->row = calloc((size_t)m->points + 1, sizeof(*m->row))) ==
	    NULL)
		return IPW_EX_SOFTWARE;
	for (int i = 0; i < m->nparts; i++) {
		const struct part *p = &m->part[i];
		if (strcmp(p->version, a->version) || p->key != a->key ||
		    p->n != a->n || p->points != a->points ||
		    strcmp(p->header, a->header)) {
			snprintf(why, sizeof(why), "not of the same sweep as "
			    "%s (scenario, trace or ipwsim version differ)",
			    a->file);
			return fail(p->file, 0, why);
		}
		for (int j = 0; j < i; j++)
			if (m->part[j].k == p->k) {
				snprintf(why, sizeof(why), "shard %ld/%ld again "
				    "(also %s)", p->k, p->n, m->part[j].file);
				return fail(p->file, 0, why);
			}
		for (long r = 0; r < p->nrows; r++) {
			char *end;
			long pt = strtol(p->rows[r], &end, 10);
			if (end == p->rows[r] || *end != ',' || pt < 1 ||
			    pt > m->points || (pt - 1) % p->n != p->k - 1 ||
			    m->row[pt - 1] != NULL)
				return fail(p->file, r + 3, "field point: not a "
				    "point of this shard, or a point twice");
			m->row[pt - 1] = p->rows[r];
		}
	}
	for (long pt = 0; pt < m->points; pt++)
		if (m->row[pt] == NULL) {
			snprintf(why, sizeof(why), "point %ld is in no partial "
			    "(shard %ld/%ld is short)", pt + 1, pt % a->n + 1,
			    a->n);
			return fail(a->file, 0, why);
		}
	return 0;
}

static int
write_merged(void *ctx, FILE *fp)
{
	const struct merge *m = ctx;

	fputs(m->part[0].header, fp);
	for (long pt = 0; pt < m->points; pt++)
		fputs(m->row[pt], fp);
	return 0;
}

static int
run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct merge m;
	int opt, rc = 0;

	memset(&m, 0, sizeof(m));
	cli_common_init(&m.common, &cmd_merge);
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "+ho:", longopts, NULL)) != -1) {
		if (opt == 'h') {
			fputs(usage, stdout);
			return 0;
		}
		if (opt != 'o')
			return cli_usage(&cmd_merge, "unknown option %s",
			    argv[optind - 1]);
		m.common.output = optarg;
	}
	m.nparts = argc - optind;
	if (m.nparts == 0)
		return cli_usage(&cmd_merge, "no partial given");
	if ((m.part = calloc((size_t)m.nparts, sizeof(*m.part))) == NULL)
		return IPW_EX_SOFTWARE;
	for (int i = 0; i < m.nparts && rc == 0; i++) {
		m.part[i].file = argv[optind + i];
		rc = read_part(&m.part[i]);
	}
	if (rc == 0 && (rc = check_and_place(&m)) == 0)
		rc = cli_write_output(&m.common, write_merged, &m);
	for (int i = 0; i < m.nparts; i++) {
		for (long r = 0; r < m.part[i].nrows; r++)
			free(m.part[i].rows[r]);
		free(m.part[i].rows);
		free(m.part[i].header);
	}
	free(m.part);
	free(m.row);
	return rc;
}

const struct cmd cmd_merge = {
	"merge",
	"combine the partial CSVs of a sharded sweep into the whole",
	usage,
	run,
};

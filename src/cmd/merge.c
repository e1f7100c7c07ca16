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
#include "simpartial.h"
#include "sweepfile.h"

static const char usage[] =
"usage: ipwsim merge [options] PARTIAL...\n"
"\n"
"Combine the partials of a sharded run, one for each K of K/N:\n"
"- of ipwsim sweep --shard K/N (CSV): into exactly the CSV the sweep\n"
"  writes without --shard;\n"
"- of ipwsim simulate --shard K/N (JSON): into the report simulate writes\n"
"  without --shard (sums, latency quantiles and bootstrap intervals as\n"
"  the unsharded run's; the Monte Carlo of random routers from the\n"
"  shards' own draws).\n"
"\n"
"Options:\n"
"  --format F            simulate partials: table (default), csv or json\n"
"  -o, --output FILE     write to FILE atomically instead of stdout\n"
"  -h, --help            show this help\n"
"\n"
"Exit status: 0 ok, 64 usage, 65 partials that do not fit together\n"
"(another scenario, run, trace or version, a shard missing or twice),\n"
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

/* line[0..len) and a newline, as the merged CSV writes it. */
static char *
dup_line(const char *line, size_t len)
{
	char *s = malloc(len + 2);

	if (s != NULL) {
		memcpy(s, line, len);
		s[len] = '\n';
		s[len + 1] = '\0';
	}
	return s;
}

/* Reads a sweep partial; lines are bounded by the reader's default line
 * limit, so a device such as /dev/zero fails instead of filling memory. */
static int
read_part(struct part *p)
{
	struct input in;
	struct ipw_error err;
	char *line;
	size_t len;
	long cap_rows = 0;
	int rc = 0, got;

	if (input_open(&in, p->file, 0, &err) < 0)
		return cli_fail(&cmd_merge, &err);
	while (rc == 0 && (got = input_getline(&in, &line, &len, &err)) > 0) {
		if (in.line == 1) {
			if (strncmp(line, SWEEP_PARTIAL_TAG,
			    strlen(SWEEP_PARTIAL_TAG)) != 0 ||
			    sscanf(line + strlen(SWEEP_PARTIAL_TAG),
			    " version=%63s key=%llx shard=%ld/%ld points=%ld",
			    p->version, &p->key, &p->k, &p->n, &p->points) != 5)
				rc = fail(p->file, 1, "not a partial of ipwsim "
				    "sweep --shard");
		} else if (in.line == 2) {
			if ((p->header = dup_line(line, len)) == NULL)
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
			if ((p->rows[p->nrows++] = dup_line(line, len)) == NULL)
				rc = IPW_EX_SOFTWARE;
		}
	}
	if (rc == 0 && got < 0)
		rc = cli_fail(&cmd_merge, &err);
	if (rc == 0 && in.line < 2)
		rc = fail(p->file, 0, "not a partial of ipwsim sweep --shard "
		    "(no header)");
	input_close(&in);
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

/* Whether the first partial is simulate's (JSON) rather than sweep's. */
static int
simulate_partials(char **files, int n)
{
	char head[sizeof(SIMPARTIAL_MAGIC)] = "";
	FILE *fp = n > 0 ? fopen(files[0], "r") : NULL;
	size_t got;

	if (fp == NULL)
		return 0;	/* the sweep path reports it */
	got = fread(head, 1, sizeof(head) - 1, fp);
	head[got] = '\0';
	fclose(fp);
	return strcmp(head, SIMPARTIAL_MAGIC) == 0;
}

struct simulate_merge {
	const struct report *r;
	enum report_format f;
};

static int
write_simulate(void *ctx, FILE *fp)
{
	const struct simulate_merge *j = ctx;

	return report_write(j->r, j->f, fp);
}

static int
merge_simulate(struct cli_common *c, char **files, int n)
{
	struct ipw_error err;
	struct simpartial *g = simpartial_merge(files, n, &err);
	struct simulate_merge j;
	int rc;

	if (g == NULL)
		return cli_fail(&cmd_merge, &err);
	j.r = simpartial_report(g);
	j.f = c->format;
	rc = cli_write_output(c, write_simulate, &j);
	simpartial_free(g);
	return rc;
}

static int
run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct merge m;
	int opt, rc = 0, format_given = 0;

	memset(&m, 0, sizeof(m));
	cli_common_init(&m.common, &cmd_merge);
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "+ho:", longopts, NULL)) != -1) {
		if (opt == 'h') {
			fputs(usage, stdout);
			return 0;
		}
		if (opt == 'f') {
			if (report_format_parse(optarg, &m.common.format) < 0)
				return cli_usage(&cmd_merge, "--format: \"%s\" is "
				    "not table, csv or json", optarg);
			format_given = 1;
			continue;
		}
		if (opt != 'o')
			return cli_usage(&cmd_merge, "unknown option %s",
			    argv[optind - 1]);
		m.common.output = optarg;
	}
	m.nparts = argc - optind;
	if (m.nparts == 0)
		return cli_usage(&cmd_merge, "no partial given");
	if (simulate_partials(argv + optind, m.nparts))
		return merge_simulate(&m.common, argv + optind, m.nparts);
	if (format_given)
		return cli_usage(&cmd_merge, "--format: sweep partials merge "
		    "into their CSV");
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
	"combine the partials of a sharded sweep or simulation into the whole",
	usage,
	run,
};

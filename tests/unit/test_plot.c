#include "config.h"

#include <string.h>

#include "plot.h"
#include "unit.h"

#define MAXBOX 1024

static struct plot_box box[MAXBOX];

/* Every text box on the page, and none over another. */
static void
assert_fitted(int n)
{
	ck_assert_int_gt(n, 0);
	ck_assert_int_le(n, MAXBOX);
	for (int i = 0; i < n; i++) {
		const struct plot_box *a = &box[i];
		ck_assert_msg(a->x >= -0.01 && a->y >= -0.01 && a->x + a->w <=
		    PLOT_WIDTH + 0.01 && a->y + a->h <= PLOT_HEIGHT + 0.01,
		    "%s \"%s\" off the page: %g,%g %gx%g", a->what, a->text,
		    a->x, a->y, a->w, a->h);
		for (int j = 0; j < i; j++) {
			const struct plot_box *b = &box[j];
			double ox = fmin(a->x + a->w, b->x + b->w) - fmax(a->x,
			    b->x);
			double oy = fmin(a->y + a->h, b->y + b->h) - fmax(a->y,
			    b->y);
			if (a->deg == b->deg && a->deg != 0) {
				/* turned alike: compare their own boxes in
				 * their own frame */
				double r = a->deg * M_PI / 180, dx = b->cx - a->cx;
				double dy = b->cy - a->cy;
				double u = dx * cos(r) - dy * sin(r);
				double v = dx * sin(r) + dy * cos(r);
				ox = (a->tw + b->tw) / 2 - fabs(u);
				oy = (a->th + b->th) / 2 - fabs(v);
			}
			ck_assert_msg(ox <= 0.01 || oy <= 0.01, "%s \"%s\" over %s "
			    "\"%s\" (%g x %g)", a->what, a->text, b->what, b->text,
			    ox, oy);
		}
	}
}

/* Whether some box of kind what reads text. */
static int
has_text(int n, const char *what, const char *text)
{
	for (int i = 0; i < n && i < MAXBOX; i++)
		if (strcmp(box[i].what, what) == 0 && strcmp(box[i].text,
		    text) == 0)
			return 1;
	return 0;
}

START_TEST(test_format_of_name)
{
	enum plot_format f;

	ck_assert_int_eq(plot_format_of("a.svg", &f), 0);
	ck_assert_int_eq(f, PLOT_SVG);
	ck_assert_int_eq(plot_format_of("dir.d/A.PNG", &f), 0);
	ck_assert_int_eq(f, PLOT_PNG);
	ck_assert_int_eq(plot_format_of("x.Pdf", &f), 0);
	ck_assert_int_eq(f, PLOT_PDF);
	ck_assert_int_eq(plot_format_of("x.jpg", &f), -1);
	ck_assert_int_eq(plot_format_of("svg", &f), -1);
	ck_assert_int_eq(plot_format_of(".svg", &f), -1);
	ck_assert_int_eq(plot_format_of("x.svgz", &f), -1);
}
END_TEST

/* 40 categories with long names (turned), long legend entries (wrapped)
 * and a long title and subtitle: nothing off the page or overlapping. */
START_TEST(test_crowded_bars_fit)
{
	static const char *const words[] = { "Computer and mathematical",
		"Life, physical and social science", "Arts and media",
		"Architecture and engineering",
		"Transportation and material moving occupations and more" };
	static char cat[40][80];
	static double x[40], y[2][40];
	struct plot p;
	struct ipw_error err;
	int n;

	plot_init(&p);
	p.title = "A title long enough to need more than one line on the page "
	    "when set in bold at fourteen points, which it must do without "
	    "running off the right edge of the page";
	p.subtitle = "trace a-very-long-file-name-with-no-spaces-at-all-"
	    "that-goes-on-and-on-and-on.jsonl (100000 queries). Local: A, B, "
	    "C, D, E, F, G on Apple-M4-Max. Cloud: Qwen3-235B-A22B@NVIDIA-"
	    "H200. Cloud batch 16 (as measured); what-if: cloud utilization "
	    "1, host overhead 0, PUE 1; local measured, PUE 1.";
	p.xlabel = "domain";
	p.ylabel = "queries some local model answers";
	p.bars = 1;
	p.percent = 1;
	p.xaxis = PLOT_CATEGORY;
	p.ncat = 40;
	for (int i = 0; i < 40; i++) {
		snprintf(cat[i], sizeof(cat[i]), "%s %d", words[i % 5], i);
		p.cat[i] = cat[i];
		x[i] = i;
		y[0][i] = 0.5 + 0.01 * i;
		y[1][i] = 0.9 - 0.015 * i;
	}
	for (int g = 0; g < 2; g++)
		p.s[p.nseries++] = (struct plot_series){ g ? "a second group "
			"whose name is far too long to sit on one line of the "
			"legend" : "first", 40, x, y[g], 0, -1, -1, 0, NULL, NULL };
	p.ref[p.nrefs++] = (struct plot_ref){ "paper", 3, 0.99, 0, 0 };
	n = plot_text_boxes(&p, box, MAXBOX, &err);
	assert_fitted(n);
	ck_assert(has_text(n, "tick", "0%"));
}
END_TEST

/* A scatter of many notes (a pareto frontier): the key under the legend
 * shrinks or cuts to fit, and the numbers by the points do not collide. */
START_TEST(test_notes_fit)
{
	static double x[60], y[60];
	static char text[60][120];
	struct plot p;
	struct ipw_error err;
	int n;

	plot_init(&p);
	p.title = "pareto";
	p.xlabel = "energy per query (J)";
	p.ylabel = "quality";
	p.percent = 1;
	for (int i = 0; i < 60; i++) {
		x[i] = 1000 + 97 * i;
		y[i] = 0.80 + 0.0015 * i;
		snprintf(text[i], sizeof(text[i]), "oracle: Qwen3-4B+Qwen3-8B+"
		    "Qwen3-14B+GPT-OSS-20B+GPT-OSS-120B subset %d", i);
		p.note[p.nnotes++] = (struct plot_note){ x[i], y[i], 0,
			text[i] };
	}
	p.s[p.nseries++] = (struct plot_series){ "frontier", 60, x, y, 0,
		-1, -1, 0, NULL, NULL };
	n = plot_text_boxes(&p, box, MAXBOX, &err);
	assert_fitted(n);
}
END_TEST

/* Ranges fitted to the data: a pareto-like y of 86-90% is not drawn
 * from 0; a year axis over 2023-2025.6 has whole-year ticks only; a
 * log2 axis from 7.99 to 228.47 is labelled 8 ... 256, ends included. */
START_TEST(test_ranges_and_ticks)
{
	double x[3] = { 1, 2, 3 }, y[3] = { 0.86, 0.88, 0.90 };
	double yx[3] = { 2023, 2025.25, 2025.583333 };
	double bx[3] = { 7.99, 42.7, 228.47 };
	struct plot p;
	struct ipw_error err;
	int n;

	plot_init(&p);
	p.title = p.xlabel = p.ylabel = "t";
	p.percent = 1;
	p.s[p.nseries++] = (struct plot_series){ "a", 3, x, y, 0, -1, -1, 1, NULL, NULL };
	n = plot_text_boxes(&p, box, MAXBOX, &err);
	assert_fitted(n);
	ck_assert(!has_text(n, "tick", "0%"));
	ck_assert(has_text(n, "tick", "86%") || has_text(n, "tick", "86.0%"));
	ck_assert(has_text(n, "tick", "90%") || has_text(n, "tick", "90.0%"));

	p.xaxis = PLOT_YEAR;
	p.s[0].x = yx;
	n = plot_text_boxes(&p, box, MAXBOX, &err);
	assert_fitted(n);
	ck_assert(has_text(n, "tick", "2023"));
	ck_assert(has_text(n, "tick", "2025"));
	ck_assert(has_text(n, "tick", "2026"));
	for (int i = 0; i < n; i++)
		ck_assert_msg(strcmp(box[i].what, "tick") != 0 ||
		    strchr(box[i].text, '.') == NULL, "tick %s", box[i].text);

	p.xaxis = PLOT_LOG2;
	p.s[0].x = bx;
	n = plot_text_boxes(&p, box, MAXBOX, &err);
	assert_fitted(n);
	ck_assert(has_text(n, "tick", "8"));
	ck_assert(has_text(n, "tick", "256"));
	ck_assert(!has_text(n, "tick", "4"));
	ck_assert(!has_text(n, "tick", "512"));
}
END_TEST

/* Three panels share the y axis: labels only on the first, and the
 * x labels of neighbouring panels do not meet. */
START_TEST(test_panels)
{
	double x[11], y[11];
	struct plot p;
	struct ipw_error err;
	int n, yticks = 0;

	plot_init(&p);
	p.title = p.xlabel = p.ylabel = "t";
	p.npanels = 3;
	p.panel_title[0] = "energy";
	p.panel_title[1] = "compute";
	p.panel_title[2] = "cost";
	for (int i = 0; i < 11; i++) {
		x[i] = i / 10.0;
		y[i] = i / 20.0;
	}
	for (int k = 0; k < 3; k++)
		p.s[p.nseries++] = (struct plot_series){ "r", 11, x, y, k, 0, 0,
			0, NULL, NULL };
	n = plot_text_boxes(&p, box, MAXBOX, &err);
	assert_fitted(n);
	for (int i = 0; i < n; i++)
		yticks += strcmp(box[i].what, "tick") == 0 &&
		    strcmp(box[i].text, "0.5") == 0;
	ck_assert_int_eq(yticks, 1);
	ck_assert(has_text(n, "panel", "compute"));
}
END_TEST

/* Each format's signature, written to a real file. */
START_TEST(test_formats_written)
{
	static const char *const sig[3] = { "<?xml", "\x89PNG", "%PDF-" };
	double x[2] = { 0, 1 }, y[2] = { 0, 1 };
	struct plot p;
	struct ipw_error err;

	plot_init(&p);
	p.title = p.xlabel = p.ylabel = "t";
	p.s[p.nseries++] = (struct plot_series){ "a", 2, x, y, 0, -1, -1, 0, NULL, NULL };
	for (int f = 0; f < 3; f++) {
		FILE *fp = tmpfile();
		char head[8] = "";
		long size;
		ck_assert_ptr_nonnull(fp);
		ck_assert_int_eq(plot_write(&p, (enum plot_format)f, fp, &err), 0);
		size = ftell(fp);
		rewind(fp);
		ck_assert_uint_eq(fread(head, 1, 5, fp), 5);
		ck_assert_msg(memcmp(head, sig[f], strlen(sig[f])) == 0,
		    "%s: starts %.5s", plot_format_name((enum plot_format)f),
		    head);
		ck_assert_int_gt(size, 1000);
		fclose(fp);
	}
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("plot");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_format_of_name);
	tcase_add_test(tc, test_crowded_bars_fit);
	tcase_add_test(tc, test_notes_fit);
	tcase_add_test(tc, test_ranges_and_ticks);
	tcase_add_test(tc, test_panels);
	tcase_add_test(tc, test_formats_written);
	suite_add_tcase(s, tc);
	return s;
}

/* Pango's font map is released when the process (each test's, under
 * Check's fork mode) ends, as ipwsim's main does. */
static void
release(void)
{
	plot_release_fonts();
}

static Suite *
suite_with_release(void)
{
	atexit(release);
	return suite();
}

UNIT_MAIN(suite_with_release)

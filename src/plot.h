/* Plots fit to publish, as SVG, PNG or PDF, drawn with Cairo and laid out
 * with Pango's text metrics: line plots (one or more panels side by side
 * sharing the y axis) and grouped bar charts. Axis ranges are fitted to
 * the data with round ticks; tick labels are measured and thinned,
 * wrapped or rotated so that none is clipped or overlaps another; the
 * legend sits outside the plot area and never covers data.
 *
 * Drawing order (which tests reading an SVG back rely on): grid and axes,
 * bands, each series' line in series order (one path, M then L, a new M
 * after a gap), each series' markers, bars (then their intervals),
 * reference marks (diamonds, closed four-point paths), numbered notes,
 * the legend. */
#ifndef IPW_PLOT_H
#define IPW_PLOT_H

#include <stdio.h>

#include "error.h"

#define PLOT_MAX_SERIES 24
#define PLOT_MAX_REFS 64
#define PLOT_MAX_BANDS 4
#define PLOT_MAX_PANELS 4
#define PLOT_MAX_CATS 64
#define PLOT_MAX_NOTES 64
#define PLOT_PALETTE 8		/* distinct colours before styles repeat */

enum plot_format { PLOT_SVG, PLOT_PNG, PLOT_PDF };

enum plot_axis {
	PLOT_LINEAR,
	PLOT_LOG2,		/* ticks at powers of two, ends included */
	PLOT_YEAR,		/* x in years + (month - 1) / 12: ticks at
				 * whole years, or months when under two */
	PLOT_CATEGORY		/* x = cat_x0 + i names category i */
};

struct plot_series {
	const char *name;	/* legend entry */
	int n;
	const double *x, *y;	/* NaN y: a gap */
	int panel;
	int color, dash;	/* palette index, dash pattern 0-3; -1: auto */
	int points_only;	/* markers, no line */
	const double *lo, *hi;	/* bars: an interval drawn on each, or NULL */
};

/* The paper's values: a diamond at (x, y), one legend entry per label. */
struct plot_ref {
	const char *label;
	double x, y;
	int panel;
	int color;		/* palette index of the fill, -1 black */
};

/* A shaded band between lo and hi (a forecast's range). */
struct plot_band {
	const char *name;
	int n;
	const double *x, *lo, *hi;
	int panel, color;
};

/* A point numbered on the plot and named in a key under the legend. */
struct plot_note {
	double x, y;
	int panel;
	const char *text;
};

struct plot {
	const char *title, *subtitle, *xlabel, *ylabel;
	enum plot_axis xaxis;
	int percent;		/* y values are fractions, shown as % */
	int bars;		/* series are groups of bars on categories */
	int yzero;		/* the y range includes 0 */
	double xmin, xmax;	/* the x range at least spans these; NaN: data */
	int npanels;		/* 0 or 1: one */
	const char *panel_title[PLOT_MAX_PANELS];
	int ncat;
	double cat_x0;
	const char *cat[PLOT_MAX_CATS];
	int nseries, nrefs, nbands, nnotes;
	struct plot_series s[PLOT_MAX_SERIES];
	struct plot_ref ref[PLOT_MAX_REFS];
	struct plot_band band[PLOT_MAX_BANDS];
	struct plot_note note[PLOT_MAX_NOTES];
	double vline;		/* a vertical marker on every panel; NaN: none */
	const char *vline_label;
};

/* A text's box on the page, in points from the top left: the upright
 * box that holds it, and the text's own box (centre, size, and the
 * degrees it is turned counter-clockwise). */
struct plot_box {
	double x, y, w, h;
	double cx, cy, tw, th, deg;
	const char *what;	/* "title", "tick", "legend", ... */
	char text[64];		/* its text, cut */
};

#define PLOT_WIDTH 900.0	/* the page, in points (PNG: 2 pixels each) */
#define PLOT_HEIGHT 560.0

void plot_init(struct plot *p);
/* plot_init, then grouped bars of savings by policy: categories are
 * policies, y a saving against cloud-only in %. */
void plot_init_policy_bars(struct plot *p, const char *title,
    const char *subtitle);
/* The format named by a file's extension (.svg, .png, .pdf, any case);
 * -1 if it has none of them. */
int plot_format_of(const char *path, enum plot_format *f);
const char *plot_format_name(enum plot_format f);
/* Draws p to fp. -1 with err set on a Cairo failure or a write error. */
int plot_write(const struct plot *p, enum plot_format f, FILE *fp,
    struct ipw_error *err);
/* Lays p out without writing it and returns up to max boxes of the text
 * drawn (the total count; -1 with err on failure): what tests check for
 * clipping and overlap. */
int plot_text_boxes(const struct plot *p, struct plot_box *box, int max,
    struct ipw_error *err);
/* Releases Pango's default font map, which holds the fonts for the life
 * of the process (fontconfig's own cache stays: tests/lsan.supp). Does
 * nothing when no plot was drawn. */
void plot_release_fonts(void);

#endif

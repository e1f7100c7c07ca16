/* Plots as standalone SVG: a line plot (lines with markers, reference
 * points, an optional vertical marker) and a grouped bar chart. No
 * dependency: the files are text any browser renders. */
#ifndef IPW_SVG_H
#define IPW_SVG_H

#include <stdio.h>

#define SVG_MAX_SERIES 16
#define SVG_MAX_REFS 32
#define SVG_MAX_CATS 64

struct svg_series {
	const char *name;
	int n;
	const double *x, *y;	/* NaN y: a gap */
	int color;		/* palette index */
	int style;		/* 0 solid, 1 dashed, 2 dotted */
	int points_only;	/* dots, no line through them */
};

struct svg_ref {
	const char *label;	/* shown in the legend once per label */
	double x, y;
	int color;		/* palette index, -1 black */
};

struct svg_plot {
	const char *title, *xlabel, *ylabel;
	int logx;		/* log2 x axis */
	int percent;		/* y values are fractions, shown as % */
	int nseries;
	struct svg_series s[SVG_MAX_SERIES];
	int nref;
	struct svg_ref ref[SVG_MAX_REFS];
	double vline;		/* NaN: none */
	const char *vline_label;
};

struct svg_bars {
	const char *title, *ylabel;
	int ncat, ngroup;
	const char *cat[SVG_MAX_CATS];
	const char *group[4];
	double value[4][SVG_MAX_CATS];	/* fractions, NaN: no bar */
	double ref[4][SVG_MAX_CATS];	/* reference marks, NaN: none */
	const char *ref_label;
};

void svg_line_plot(FILE *fp, const struct svg_plot *p);
void svg_bar_chart(FILE *fp, const struct svg_bars *b);

#endif

#include "config.h"

#include <math.h>
#include <string.h>

#include "svg.h"

#define W 860
#define H 520
#define ML 80		/* margins: left, right, top, bottom */
#define MR 250
#define MT 50
#define MB 70

static const char *const colors[] = { "#1f77b4", "#d62728", "#2ca02c",
	"#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf" };

static void
text(FILE *fp, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		default: fputc(*s, fp);
		}
	}
}

static void
header(FILE *fp, const char *title)
{
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns="
	    "\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
	    "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">"
	    "\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
	    "<text x=\"%d\" y=\"28\" font-size=\"16\" font-weight=\"bold\">",
	    W, H, W, H, ML);
	text(fp, title);
	fputs("</text>\n", fp);
}

/* A tick step of 1, 2 or 5 x 10^k giving about five ticks. */
static double
tick_step(double span)
{
	double raw = span / 5, p = pow(10, floor(log10(raw))), f = raw / p;

	return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
}

struct frame {
	double x0, x1, y0, y1;
	int logx;
};

static double
px(const struct frame *f, double x)
{
	double a = f->logx ? log2(x) : x, b0 = f->logx ? log2(f->x0) : f->x0;
	double b1 = f->logx ? log2(f->x1) : f->x1;

	return ML + (a - b0) / (b1 - b0) * (W - ML - MR);
}

static double
py(const struct frame *f, double y)
{
	return H - MB - (y - f->y0) / (f->y1 - f->y0) * (H - MT - MB);
}

static void
label_number(FILE *fp, double v, int percent)
{
	if (percent)
		fprintf(fp, "%g%%", round(v * 1000) / 10);
	else
		fprintf(fp, "%g", v);
}

static void
axes(FILE *fp, const struct frame *f, const char *xl, const char *yl,
    int percent, int xticks)
{
	double st = tick_step(f->y1 - f->y0);

	fprintf(fp, "<g stroke=\"#444\" fill=\"none\"><line x1=\"%d\" y1=\"%d\" "
	    "x2=\"%d\" y2=\"%d\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
	    "</g>\n", ML, H - MB, W - MR, H - MB, ML, MT, ML, H - MB);
	for (double y = ceil(f->y0 / st) * st; y <= f->y1 + 1e-12; y += st) {
		fprintf(fp, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
		    "stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor="
		    "\"end\">", ML, py(f, y), W - MR, py(f, y), ML - 6,
		    py(f, y) + 4);
		label_number(fp, fabs(y) < 1e-12 ? 0 : y, percent);
		fputs("</text>\n", fp);
	}
	if (!xticks)
		;
	else if (f->logx)
		for (double x = pow(2, ceil(log2(f->x0))); x <= f->x1 * 1.0001;
		    x *= 2)
			fprintf(fp, "<text x=\"%.1f\" y=\"%d\" text-anchor="
			    "\"middle\">%g</text>\n", px(f, x), H - MB + 18, x);
	else {
		double sx = tick_step(f->x1 - f->x0);
		for (double x = ceil(f->x0 / sx) * sx; x <= f->x1 + 1e-12;
		    x += sx)
			fprintf(fp, "<text x=\"%.1f\" y=\"%d\" text-anchor="
			    "\"middle\">%g</text>\n", px(f, x), H - MB + 18,
			    fabs(x) < 1e-12 ? 0 : x);
	}
	fprintf(fp, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">",
	    (ML + W - MR) / 2, H - MB + 44);
	text(fp, xl);
	fprintf(fp, "</text>\n<text transform=\"translate(22,%d) rotate(-90)\" "
	    "text-anchor=\"middle\">", (MT + H - MB) / 2);
	text(fp, yl);
	fputs("</text>\n", fp);
}

static const char *const dashes[] = { "", " stroke-dasharray=\"6,3\"",
	" stroke-dasharray=\"2,3\"" };

static void
legend(FILE *fp, int i, const char *name, const char *color, int style,
    int marker)
{
	int y = MT + 10 + 18 * i, x = W - MR + 16;

	if (marker == 1)	/* a diamond */
		fprintf(fp, "<path d=\"M%d %d l5 -5 l5 5 l-5 5 z\" fill=\"%s\"/>",
		    x + 7, y, color);
	else if (marker == 2)	/* a dot */
		fprintf(fp, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"/>",
		    x + 12, y, color);
	else
		fprintf(fp, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		    "stroke=\"%s\" stroke-width=\"2\"%s/>", x, y, x + 24, y,
		    color, dashes[style % 3]);
	fprintf(fp, "<text x=\"%d\" y=\"%d\">", x + 30, y + 4);
	text(fp, name);
	fputs("</text>\n", fp);
}

static void
bounds(const struct svg_plot *p, struct frame *f)
{
	f->x0 = f->y0 = INFINITY;
	f->x1 = f->y1 = -INFINITY;
	f->logx = p->logx;
	for (int i = 0; i < p->nseries; i++)
		for (int j = 0; j < p->s[i].n; j++) {
			if (isnan(p->s[i].y[j]))
				continue;
			f->x0 = fmin(f->x0, p->s[i].x[j]);
			f->x1 = fmax(f->x1, p->s[i].x[j]);
			f->y0 = fmin(f->y0, p->s[i].y[j]);
			f->y1 = fmax(f->y1, p->s[i].y[j]);
		}
	for (int i = 0; i < p->nref; i++) {	/* marks stay in the frame */
		if (!p->logx || p->ref[i].x > 0) {
			f->x0 = fmin(f->x0, p->ref[i].x);
			f->x1 = fmax(f->x1, p->ref[i].x);
		}
		f->y0 = fmin(f->y0, p->ref[i].y);
		f->y1 = fmax(f->y1, p->ref[i].y);
	}
	if (!isfinite(f->x0)) {
		f->x0 = 0;
		f->x1 = 1;
	}
	if (!isfinite(f->y0)) {
		f->y0 = 0;
		f->y1 = 1;
	}
	f->y0 = fmin(f->y0, 0);
	if (f->x1 <= f->x0)
		f->x1 = f->x0 + 1;
	if (f->y1 <= f->y0)
		f->y1 = f->y0 + 1;
	f->y1 += (f->y1 - f->y0) * 0.05;
}

void
svg_line_plot(FILE *fp, const struct svg_plot *p)
{
	struct frame f;
	int nleg = 0;

	bounds(p, &f);
	header(fp, p->title);
	axes(fp, &f, p->xlabel, p->ylabel, p->percent, 1);
	for (int i = 0; i < p->nseries; i++) {
		const struct svg_series *s = &p->s[i];
		const char *c = colors[s->color % 8];
		int pen = 0;
		if (!s->points_only) {
			fprintf(fp, "<path fill=\"none\" stroke=\"%s\" "
			    "stroke-width=\"2\"%s d=\"", c, dashes[s->style % 3]);
			for (int j = 0; j < s->n; j++) {
				if (isnan(s->y[j])) {
					pen = 0;
					continue;
				}
				fprintf(fp, "%c%.1f %.1f ", pen ? 'L' : 'M',
				    px(&f, s->x[j]), py(&f, s->y[j]));
				pen = 1;
			}
			fputs("\"/>\n", fp);
		}
		for (int j = 0; j < s->n; j++)
			if (!isnan(s->y[j]))
				fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" "
				    "fill=\"%s\"/>\n", px(&f, s->x[j]),
				    py(&f, s->y[j]), c);
		legend(fp, nleg++, s->name, c, s->style, s->points_only ? 2 : 0);
	}
	for (int i = 0; i < p->nref; i++) {
		const struct svg_ref *r = &p->ref[i];
		const char *c = r->color < 0 ? "#000" : colors[r->color % 8];
		int first = 1;
		fprintf(fp, "<path d=\"M%.1f %.1f l6 -6 l6 6 l-6 6 z\" fill=\"%s\""
		    " stroke=\"#000\"><title>", px(&f, r->x) - 6, py(&f, r->y),
		    c);
		text(fp, r->label);
		fputs("</title></path>\n", fp);
		for (int j = 0; j < i; j++)
			first &= strcmp(p->ref[j].label, r->label) != 0;
		if (first && nleg < 24)
			legend(fp, nleg++, r->label, c, 0, 1);
	}
	if (!isnan(p->vline)) {
		fprintf(fp, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
		    "stroke=\"#000\" stroke-dasharray=\"2,3\"/><text x=\"%.1f\" "
		    "y=\"%d\">", px(&f, p->vline), MT, px(&f, p->vline), H - MB,
		    px(&f, p->vline) + 4, MT + 12);
		text(fp, p->vline_label);
		fputs("</text>\n", fp);
	}
	fputs("</svg>\n", fp);
}

void
svg_bar_chart(FILE *fp, const struct svg_bars *b)
{
	struct frame f = { 0, 1, 0, 1.05, 0 };
	double slot = (double)(W - ML - MR) / (b->ncat ? b->ncat : 1);
	double bw = slot * 0.8 / (b->ngroup ? b->ngroup : 1);
	int nleg = 0, any_ref = 0;

	header(fp, b->title);
	axes(fp, &f, "", b->ylabel, 1, 0);
	for (int c = 0; c < b->ncat; c++) {
		double x = ML + slot * c + slot * 0.1;
		for (int g = 0; g < b->ngroup; g++) {
			double v = b->value[g][c], xx = x + bw * g;
			if (!isnan(v))
				fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
				    " height=\"%.1f\" fill=\"%s\"/>\n", xx,
				    py(&f, v), bw * 0.95, py(&f, 0) - py(&f, v),
				    colors[g % 8]);
			if (!isnan(b->ref[g][c])) {
				any_ref = 1;
				fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
				    "y2=\"%.1f\" stroke=\"#000\" stroke-width=\"3\"/>"
				    "\n", xx, py(&f, b->ref[g][c]), xx + bw * 0.95,
				    py(&f, b->ref[g][c]));
			}
		}
		fprintf(fp, "<text transform=\"translate(%.1f,%d) rotate(25)\" "
		    "font-size=\"10\"><title>", x, H - MB + 12);
		text(fp, b->cat[c]);
		fputs("</title>", fp);
		/* Long domain names are cut; the title keeps the whole. */
		fprintf(fp, "%.22s%s</text>\n", b->cat[c] ? b->cat[c] : "",
		    b->cat[c] && strlen(b->cat[c]) > 22 ? "..." : "");
	}
	for (int g = 0; g < b->ngroup; g++)
		legend(fp, nleg++, b->group[g], colors[g % 8], 0, 0);
	if (any_ref)
		legend(fp, nleg++, b->ref_label, "#000", 0, 0);
	fputs("</svg>\n", fp);
}

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "plot.h"

#define W PLOT_WIDTH
#define H PLOT_HEIGHT
#define PAD 12.0		/* page margin */
#define MAX_TICKS 64
#define LEGEND_TEXT 210.0	/* widest legend text before it wraps */
#define FONT "DejaVu Sans, sans-serif"

/* Okabe and Ito's colour-blind-safe palette (yellow left out, too pale
 * on white), then brown and grey. */
static const double palette[PLOT_PALETTE][3] = {
	{ 0.000, 0.447, 0.698 }, { 0.835, 0.369, 0.000 },
	{ 0.000, 0.620, 0.451 }, { 0.800, 0.475, 0.655 },
	{ 0.902, 0.624, 0.000 }, { 0.337, 0.706, 0.914 },
	{ 0.549, 0.337, 0.294 }, { 0.400, 0.400, 0.400 } };
static const double ink[3] = { 0.1, 0.1, 0.1 }, grey[3] = { 0.35, 0.35,
	0.35 };
static const double dash_pattern[4][4] = { { 0 }, { 6, 3 }, { 1.5, 2.5 },
	{ 7, 2.5, 1.5, 2.5 } };
static const int dash_count[4] = { 0, 2, 2, 4 };

struct ticks {
	int n;
	double v[MAX_TICKS];
	char label[MAX_TICKS][32];
};

struct page {
	cairo_t *cr;
	PangoLayout *lay;
	const struct plot *p;
	struct plot_box *box;
	int nbox, maxbox;
	double fs_legend, fs_note;
	int nnotes_shown;
	/* the plot area of all panels, and one panel's width */
	double left, right, top, bottom, pw, gap;
	double x0, x1, y0, y1;
	struct ticks xt, yt;
	int cat_mode;		/* 0 one line, 1 wrapped, 2 turned, 3 upright */
	int cat_every;		/* a label every so many categories */
	double cat_fs;		/* their font size */
	double cat_width;	/* wrap or ellipsis width of a category label */
	double legend_x, legend_w;
};

void
plot_init(struct plot *p)
{
	memset(p, 0, sizeof(*p));
	p->xmin = p->xmax = p->vline = NAN;
}

/* Set once a plot has laid out text (Pango then holds fonts). */
static int fonts_used;

void
plot_release_fonts(void)
{
	if (!fonts_used)
		return;
	pango_cairo_font_map_set_default(NULL);
	fonts_used = 0;
}

void
plot_init_policy_bars(struct plot *p, const char *title, const char *subtitle)
{
	plot_init(p);
	p->title = title;
	p->subtitle = subtitle;
	p->xlabel = "policy";
	p->ylabel = "saving against cloud-only";
	p->bars = p->percent = 1;
	p->xaxis = PLOT_CATEGORY;
}

int
plot_format_of(const char *path, enum plot_format *f)
{
	static const char *const ext[] = { ".svg", ".png", ".pdf" };
	size_t n = strlen(path);

	for (int i = 0; i < 3; i++)
		if (n > 4 && strcasecmp(path + n - 4, ext[i]) == 0) {
			*f = (enum plot_format)i;
			return 0;
		}
	return -1;
}

const char *
plot_format_name(enum plot_format f)
{
	return f == PLOT_PNG ? "PNG" : f == PLOT_PDF ? "PDF" : "SVG";
}

/* ---- text ----------------------------------------------------------- */

/* Sets the layout's text and font. width > 0 wraps the text to it, and
 * lines > 0 then ends it with an ellipsis after that many lines. */
static void
set_text(struct page *pg, const char *s, double size, int bold,
    double width, int lines)
{
	PangoFontDescription *fd = pango_font_description_from_string(FONT);

	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD :
	    PANGO_WEIGHT_NORMAL);
	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	pango_layout_set_font_description(pg->lay, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(pg->lay, width > 0 ? (int)(width * PANGO_SCALE) :
	    -1);
	pango_layout_set_wrap(pg->lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_ellipsize(pg->lay, width > 0 && lines > 0 ?
	    PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
	pango_layout_set_height(pg->lay, lines > 0 ? -lines : -1);
	pango_layout_set_text(pg->lay, s != NULL ? s : "", -1);
}

static void
text_size(struct page *pg, double *w, double *h)
{
	PangoRectangle r;

	pango_layout_get_extents(pg->lay, NULL, &r);
	*w = (double)r.width / PANGO_SCALE;
	*h = (double)r.height / PANGO_SCALE;
}

static void
record(struct page *pg, const double box[4], const double turned[5],
    const char *what)
{
	if (pg->nbox < pg->maxbox) {
		struct plot_box *b = &pg->box[pg->nbox];
		*b = (struct plot_box){ box[0], box[1], box[2], box[3],
			turned[0], turned[1], turned[2], turned[3], turned[4],
			what, "" };
		snprintf(b->text, sizeof(b->text), "%s",
		    pango_layout_get_text(pg->lay));
	}
	pg->nbox++;
}

/* Draws the layout turned deg degrees counter-clockwise about (x, y),
 * with the point (ax, ay) of its box (fractions of width and height) at
 * (x, y); records the box it covers on the page. */
static void
put_text(struct page *pg, double x, double y, double ax, double ay,
    double deg, const double rgb[3], const char *what)
{
	PangoRectangle r;
	double w, h, a = -deg * M_PI / 180, cx[4], cy[4], xl, xh, yl, yh;

	pango_layout_get_extents(pg->lay, NULL, &r);
	w = (double)r.width / PANGO_SCALE;
	h = (double)r.height / PANGO_SCALE;
	cairo_save(pg->cr);
	cairo_translate(pg->cr, x, y);
	cairo_rotate(pg->cr, a);
	cairo_move_to(pg->cr, -ax * w - (double)r.x / PANGO_SCALE, -ay * h -
	    (double)r.y / PANGO_SCALE);
	cairo_set_source_rgb(pg->cr, rgb[0], rgb[1], rgb[2]);
	pango_cairo_show_layout(pg->cr, pg->lay);
	cairo_restore(pg->cr);
	for (int i = 0; i < 4; i++) {
		double u = (i == 1 || i == 2 ? 1 : 0) - ax;
		double v = (i >= 2 ? 1 : 0) - ay;
		cx[i] = x + u * w * cos(a) - v * h * sin(a);
		cy[i] = y + u * w * sin(a) + v * h * cos(a);
	}
	xl = xh = cx[0];
	yl = yh = cy[0];
	for (int i = 1; i < 4; i++) {
		xl = fmin(xl, cx[i]);
		xh = fmax(xh, cx[i]);
		yl = fmin(yl, cy[i]);
		yh = fmax(yh, cy[i]);
	}
	record(pg, (const double[4]){ xl, yl, xh - xl, yh - yl },
	    (const double[5]){ (cx[0] + cx[2]) / 2, (cy[0] + cy[2]) / 2, w, h,
	    deg }, what);
}

/* ---- ranges and ticks ----------------------------------------------- */

/* 1, 2 or 5 x 10^k, the smallest at least raw. */
static double
round_step(double raw)
{
	double p = pow(10, floor(log10(raw))), f = raw / p;

	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

static int
decimals(double step)
{
	int d = (int)-floor(log10(step) + 1e-9);

	return d < 0 ? 0 : d > 6 ? 6 : d;
}

static void
linear_ticks(struct ticks *t, double lo, double hi, double step, int percent)
{
	int d = decimals(percent ? step * 100 : step);

	t->n = 0;
	for (double k = ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9 &&
	    t->n < MAX_TICKS; k++) {
		double v = k * step;
		if (fabs(v) < step * 1e-9)
			v = 0;
		t->v[t->n] = v;
		if (percent)
			snprintf(t->label[t->n], 32, "%.*f%%", d, v * 100);
		else if (fabs(v) >= 1e6)
			snprintf(t->label[t->n], 32, "%g", v);
		else
			snprintf(t->label[t->n], 32, "%.*f", d, v);
		t->n++;
	}
}

static void
extend(double v, double *lo, double *hi)
{
	if (!isfinite(v))
		return;
	*lo = fmin(*lo, v);
	*hi = fmax(*hi, v);
}

static void
y_range(struct page *pg)
{
	const struct plot *p = pg->p;
	double lo = INFINITY, hi = -INFINITY, pad, step;

	for (int i = 0; i < p->nseries; i++)
		for (int j = 0; j < p->s[i].n; j++) {
			extend(p->s[i].y[j], &lo, &hi);
			if (p->s[i].lo != NULL && p->s[i].hi != NULL) {
				extend(p->s[i].lo[j], &lo, &hi);
				extend(p->s[i].hi[j], &lo, &hi);
			}
		}
	for (int i = 0; i < p->nbands; i++)
		for (int j = 0; j < p->band[i].n; j++) {
			extend(p->band[i].lo[j], &lo, &hi);
			extend(p->band[i].hi[j], &lo, &hi);
		}
	for (int i = 0; i < p->nrefs; i++)
		extend(p->ref[i].y, &lo, &hi);
	for (int i = 0; i < p->nnotes; i++)
		extend(p->note[i].y, &lo, &hi);
	if (p->bars || p->yzero)
		extend(0, &lo, &hi);
	if (!isfinite(lo)) {
		lo = 0;
		hi = 1;
	}
	if (hi - lo < 1e-9 * fmax(1, fabs(hi))) {
		double d = fmax(fabs(hi) * 0.1, p->percent ? 0.05 : 1);
		lo -= d;
		hi += d;
	}
	pad = (hi - lo) * 0.06;
	pg->y0 = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
	pg->y1 = hi + pad;
	if (p->bars && lo >= 0)
		pg->y0 = 0;
	step = round_step((pg->y1 - pg->y0) / 6);
	linear_ticks(&pg->yt, pg->y0, pg->y1, step, p->percent);
}

static double
xform(const struct page *pg, double x)
{
	return pg->p->xaxis == PLOT_LOG2 ? log2(x) : x;
}

/* Page x of data x in panel k. */
static double
px(const struct page *pg, int k, double x)
{
	double a = xform(pg, pg->x0), b = xform(pg, pg->x1);

	return pg->left + k * (pg->pw + pg->gap) + (xform(pg, x) - a) /
	    (b - a) * pg->pw;
}

static double
py(const struct page *pg, double y)
{
	return pg->bottom - (y - pg->y0) / (pg->y1 - pg->y0) *
	    (pg->bottom - pg->top);
}

/* Ticks for the x axis with labels about every step (in the axis's
 * units: a value step, a power-of-two factor, years or months). */
static void
x_ticks_at(struct page *pg, double step)
{
	const struct plot *p = pg->p;
	struct ticks *t = &pg->xt;

	t->n = 0;
	switch (p->xaxis) {
	case PLOT_LOG2:
		for (double x = pg->x0; x <= pg->x1 * 1.000001 && t->n < MAX_TICKS;
		    x *= step) {
			t->v[t->n] = x;
			snprintf(t->label[t->n++], 32, "%g", x);
		}
		break;
	case PLOT_YEAR:
		if (step >= 1) {
			for (double y = ceil(pg->x0 - 1e-9); y <= pg->x1 + 1e-9 &&
			    t->n < MAX_TICKS; y += step) {
				t->v[t->n] = y;
				snprintf(t->label[t->n++], 32, "%.0f", y);
			}
			break;
		}
		for (double m = ceil(pg->x0 * 12 - 1e-6); m <= pg->x1 * 12 + 1e-6
		    && t->n < MAX_TICKS; m += step * 12) {
			long mm = lround(m);
			t->v[t->n] = mm / 12.0;
			snprintf(t->label[t->n++], 32, "%ld-%02ld", mm / 12,
			    mm % 12 + 1);
		}
		break;
	case PLOT_CATEGORY:
		for (int i = 0; i < p->ncat && t->n < MAX_TICKS; i++) {
			t->v[t->n] = p->cat_x0 + i;
			snprintf(t->label[t->n++], 32, "%d", i);
		}
		break;
	default:
		linear_ticks(t, pg->x0, pg->x1, step, 0);
	}
}

static double
x_step(const struct page *pg)
{
	double span = pg->x1 - pg->x0;

	switch (pg->p->xaxis) {
	case PLOT_LOG2:
		return 2;
	case PLOT_YEAR:
		if (span >= 2)
			return span > 12 ? round_step(span / 6) : 1;
		return span * 12 <= 8 ? 1 / 12.0 : span * 12 <= 16 ? 2 / 12.0 :
		    span * 12 <= 24 ? 3 / 12.0 : 0.5;
	default:
		return round_step(span / 6);
	}
}

static void
x_range(struct page *pg)
{
	const struct plot *p = pg->p;
	double lo = INFINITY, hi = -INFINITY, step;
	int scatter = 0;

	if (p->xaxis == PLOT_CATEGORY) {
		pg->x0 = p->cat_x0 - 0.5;
		pg->x1 = p->cat_x0 + (p->ncat > 0 ? p->ncat : 1) - 0.5;
		return;
	}
	for (int i = 0; i < p->nseries; i++) {
		scatter |= p->s[i].points_only;
		for (int j = 0; j < p->s[i].n; j++)
			if (isfinite(p->s[i].y[j]))
				extend(p->s[i].x[j], &lo, &hi);
	}
	for (int i = 0; i < p->nbands; i++)
		for (int j = 0; j < p->band[i].n; j++)
			extend(p->band[i].x[j], &lo, &hi);
	for (int i = 0; i < p->nrefs; i++)
		extend(p->ref[i].x, &lo, &hi);
	extend(p->xmin, &lo, &hi);
	extend(p->xmax, &lo, &hi);
	extend(p->vline, &lo, &hi);
	if (!isfinite(lo)) {
		lo = p->xaxis == PLOT_LOG2 ? 1 : 0;
		hi = lo + 1;
	}
	if (p->xaxis == PLOT_LOG2) {
		lo = fmax(lo, 1e-300);
		pg->x0 = exp2(floor(log2(lo) + 0.03));
		pg->x1 = exp2(ceil(log2(hi) - 0.03));
		if (pg->x1 <= pg->x0)
			pg->x1 = pg->x0 * 2;
		return;
	}
	if (hi - lo < 1e-9 * fmax(1, fabs(hi))) {
		double d = p->xaxis == PLOT_YEAR ? 0.5 : fmax(fabs(hi) * 0.1, 1);
		lo -= d;
		hi += d;
	}
	if (scatter) {
		double pad = (hi - lo) * 0.05;
		lo -= pad;
		hi += pad;
	}
	pg->x0 = lo;
	pg->x1 = hi;
	if (p->xaxis == PLOT_YEAR) {
		if (hi - lo >= 2) {
			pg->x0 = floor(lo + 1e-9);
			pg->x1 = ceil(hi - 1e-9);
		} else {
			pg->x0 = floor(lo * 12 + 1e-6) / 12 - 0.5 / 12;
			pg->x1 = ceil(hi * 12 - 1e-6) / 12 + 0.5 / 12;
		}
		return;
	}
	/* ends on round values when that costs at most a quarter more */
	step = round_step((hi - lo) / 6);
	if ((ceil(hi / step - 1e-9) - floor(lo / step + 1e-9)) * step <=
	    1.25 * (hi - lo)) {
		pg->x0 = floor(lo / step + 1e-9) * step;
		pg->x1 = ceil(hi / step - 1e-9) * step;
	}
	if (lo >= 0 && pg->x0 < 0)
		pg->x0 = 0;
}

/* ---- layout --------------------------------------------------------- */

static int
npanels(const struct plot *p)
{
	return p->npanels > 1 ? p->npanels : 1;
}

static int
series_color(const struct plot *p, int i)
{
	return p->s[i].color >= 0 ? p->s[i].color % PLOT_PALETTE :
	    i % PLOT_PALETTE;
}

static int
series_dash(const struct plot *p, int i)
{
	return p->s[i].dash >= 0 ? p->s[i].dash % 4 : i / PLOT_PALETTE % 4;
}

/* Whether ref i is the first with its label (one legend entry each). */
static int
first_ref(const struct plot *p, int i)
{
	for (int j = 0; j < i; j++)
		if (strcmp(p->ref[j].label, p->ref[i].label) == 0)
			return 0;
	return 1;
}

static int
first_series(const struct plot *p, int i)
{
	for (int j = 0; j < i; j++)
		if (strcmp(p->s[j].name, p->s[i].name) == 0)
			return 0;
	return 1;
}

#define SWATCH 30.0

/* What a legend entry shows: a line with its marker (0), points only
 * (1), a bar or band (2), a reference mark (3), the vertical marker
 * (4). */
struct legend_item {
	const char *text;
	int kind;
	const double *color;	/* NULL: dark grey */
	int dash;		/* pattern; for kind 2, 1 = a pale band */
};

#define LEGEND_ITEMS(p) ((p)->nseries + (p)->nbands + (p)->nrefs + 1)

/* Legend entry i of LEGEND_ITEMS(p): the series, the bands, the reference
 * labels, the vertical marker; 0 when it shows nothing (a name met
 * before, an empty one, no marker). */
static int
legend_item(const struct plot *p, int i, struct legend_item *it)
{
	const char *s = NULL;

	memset(it, 0, sizeof(*it));
	if (i < p->nseries) {
		if (first_series(p, i))
			s = p->s[i].name;
		it->kind = p->bars ? 2 : p->s[i].points_only;
		it->color = palette[series_color(p, i)];
		it->dash = p->bars ? 0 : series_dash(p, i);
	} else if ((i -= p->nseries) < p->nbands) {
		s = p->band[i].name;
		it->kind = 2;
		it->color = palette[p->band[i].color % PLOT_PALETTE];
		it->dash = 1;
	} else if ((i -= p->nbands) < p->nrefs) {
		if (first_ref(p, i))
			s = p->ref[i].label;
		it->kind = 3;
		it->color = !p->bars && p->ref[i].color >= 0 ?
		    palette[p->ref[i].color % PLOT_PALETTE] : NULL;
	} else if (isfinite(p->vline)) {
		s = p->vline_label;
		it->kind = 4;
	}
	it->text = s;
	return s != NULL && *s != '\0';
}

/* Height of the legend and the note key at the current font sizes, and
 * the legend's width. */
static double
legend_height(struct page *pg, double *width, int *shown)
{
	const struct plot *p = pg->p;
	double w, h, total = 0, widest = 0, avail = H - pg->top - PAD;
	char buf[320];

	for (int pass = 0; pass < 2; pass++) {
		total = 0;
		for (int i = 0; i < LEGEND_ITEMS(p); i++) {
			struct legend_item it;
			if (!legend_item(p, i, &it))
				continue;
			set_text(pg, it.text, pg->fs_legend, 0, pass ? *width -
			    SWATCH : -1, pass ? 3 : 0);
			text_size(pg, &w, &h);
			widest = fmax(widest, w);
			total += fmax(h, 12) + 4;
		}
		if (pass > 0)
			break;
		/* the key of notes is as wide as its text needs, too */
		for (int i = 0; i < p->nnotes; i++) {
			snprintf(buf, sizeof(buf), "%d  %s", i + 1,
			    p->note[i].text);
			set_text(pg, buf, pg->fs_note, 0, -1, 0);
			text_size(pg, &w, &h);
			widest = fmax(widest, w - SWATCH);
		}
		*width = SWATCH + fmin(widest, LEGEND_TEXT);
	}
	*shown = 0;
	if (p->nnotes > 0)
		total += 10;
	for (int i = 0; i < p->nnotes; i++) {
		snprintf(buf, sizeof(buf), "%d  %s", i + 1, p->note[i].text);
		set_text(pg, buf, pg->fs_note, 0, *width, 4);
		text_size(pg, &w, &h);
		if (total + h + 2 > avail - (i + 1 < p->nnotes ? 14 : 0))
			break;
		total += h + 2;
		(*shown)++;
	}
	if (*shown < p->nnotes)
		total += 14;
	return total;
}

static void
layout_legend(struct page *pg)
{
	static const double sizes[][2] = { { 9, 8 }, { 8, 7 }, { 7, 6.5 },
		{ 6.5, 6 } };
	double w = 0, h = 0;
	int shown = 0;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		pg->fs_legend = sizes[i][0];
		pg->fs_note = sizes[i][1];
		h = legend_height(pg, &w, &shown);
		if (h <= H - pg->top - PAD && shown == pg->p->nnotes)
			break;
	}
	pg->nnotes_shown = shown;
	pg->legend_w = w;
	pg->legend_x = W - PAD - w;
	pg->right = h > 0 ? pg->legend_x - 18 : W - PAD;
}

/* Widest y tick label. */
static double
ytick_width(struct page *pg)
{
	double w, h, widest = 0;

	for (int i = 0; i < pg->yt.n; i++) {
		set_text(pg, pg->yt.label[i], 9, 0, -1, 0);
		text_size(pg, &w, &h);
		widest = fmax(widest, w);
	}
	return widest;
}

/* Whether the numeric x tick labels, at their centres, leave a gap. */
static int
xticks_fit(struct page *pg)
{
	double prev_right = -INFINITY, w, h;

	for (int i = 0; i < pg->xt.n; i++) {
		double c = px(pg, 0, pg->xt.v[i]);
		set_text(pg, pg->xt.label[i], 9, 0, -1, 0);
		text_size(pg, &w, &h);
		if (c - w / 2 < prev_right + 8)
			return 0;
		prev_right = c + w / 2;
	}
	return 1;
}

#define TURN 40.0		/* degrees, for category labels that do not fit */
#define TURN_WIDTH 170.0	/* a turned label's longest run */

/* Chooses how category labels are set in slots of the panel's width:
 * on one line, wrapped to the slot, turned 40 degrees, or turned upright
 * (at a smaller size, and only every so many, when the slots are still
 * too narrow). Returns the height they need below the axis; *overhang is
 * how far the first one reaches left of its slot's centre. */
static double
category_labels(struct page *pg, double *overhang)
{
	const struct plot *p = pg->p;
	double slot = pg->pw / (p->ncat > 0 ? p->ncat : 1), w, h, tall = 0;
	double a = TURN * M_PI / 180, line_h;
	int fits = 1, wraps = slot - 6 >= 36;

	*overhang = 0;
	pg->cat_fs = 9;
	pg->cat_every = 1;
	for (int i = 0; i < p->ncat; i++) {
		set_text(pg, p->cat[i], 9, 0, -1, 0);
		text_size(pg, &w, &h);
		fits &= w <= slot - 6;
		set_text(pg, p->cat[i], 9, 0, slot - 6, 3);
		wraps &= !pango_layout_is_ellipsized(pg->lay);
	}
	set_text(pg, "Ag", 9, 0, -1, 0);
	text_size(pg, &w, &line_h);
	if (fits || wraps)
		pg->cat_mode = fits ? 0 : 1;
	else if (slot * sin(a) >= line_h + 1)
		pg->cat_mode = 2;
	else {
		pg->cat_mode = 3;
		if (slot < line_h + 1)
			pg->cat_fs = fmax(6, 9 * (slot - 1) / line_h);
		set_text(pg, "Ag", pg->cat_fs, 0, -1, 0);
		text_size(pg, &w, &line_h);
		while (pg->cat_every * slot < line_h + 1)
			pg->cat_every++;
	}
	pg->cat_width = pg->cat_mode == 1 ? slot - 6 : TURN_WIDTH;
	for (int i = 0; i < p->ncat; i++) {
		set_text(pg, p->cat[i], pg->cat_fs, 0, pg->cat_mode == 0 ? -1 :
		    pg->cat_width, pg->cat_mode == 1 ? 3 : pg->cat_mode ? 1 : 0);
		text_size(pg, &w, &h);
		if (pg->cat_mode == 2) {
			tall = fmax(tall, w * sin(a) + h * cos(a));
			if (i == 0)
				*overhang = w * cos(a);
		} else
			tall = fmax(tall, pg->cat_mode == 3 ? w : h);
	}
	return tall;
}

static void
layout(struct page *pg)
{
	const struct plot *p = pg->p;
	double w, h, y = PAD, label_h, ticks_h = 14, overhang = 0;
	int np = npanels(p);

	set_text(pg, p->title, 14, 1, W - 2 * PAD, 2);
	text_size(pg, &w, &h);
	y += h + 2;
	if (p->subtitle != NULL && *p->subtitle != '\0') {
		set_text(pg, p->subtitle, 9, 0, W - 2 * PAD, 3);
		text_size(pg, &w, &h);
		y += h;
	}
	pg->top = y + 14;
	layout_legend(pg);
	if (np > 1)
		pg->top += 16;
	y_range(pg);
	x_range(pg);
	set_text(pg, p->ylabel, 10, 0, -1, 0);
	text_size(pg, &w, &label_h);
	pg->left = PAD + label_h + 8 + ytick_width(pg) + 6;
	pg->gap = np > 1 ? 18 : 0;
	for (int pass = 0; pass < 2; pass++) {
		pg->pw = (pg->right - pg->left - (np - 1) * pg->gap) / np;
		if (p->xaxis == PLOT_CATEGORY) {
			double need, c;
			ticks_h = category_labels(pg, &overhang);
			c = pg->left + pg->pw / (p->ncat > 0 ? p->ncat : 1) / 2;
			need = pg->cat_mode == 2 ? PAD - (c - overhang) : 0;
			if (need > 0 && pass == 0) {
				pg->left += need;
				continue;
			}
		}
		break;
	}
	if (p->xaxis != PLOT_CATEGORY) {
		double step = x_step(pg);
		x_ticks_at(pg, step);
		for (int k = 0; k < 12 && !xticks_fit(pg); k++) {
			if (p->xaxis == PLOT_LOG2)
				step *= step;
			else if (p->xaxis == PLOT_YEAR && step < 1)
				step = step < 3 / 12.0 ? step * 2 : 1;
			else
				step = round_step(step * 1.5);
			x_ticks_at(pg, step);
		}
		/* a log axis's ends are always labelled */
		if (p->xaxis == PLOT_LOG2 && pg->xt.n > 0 &&
		    pg->xt.v[pg->xt.n - 1] < pg->x1 * 0.9999 && pg->xt.n <
		    MAX_TICKS) {
			pg->xt.v[pg->xt.n - 1] = pg->x1;
			snprintf(pg->xt.label[pg->xt.n - 1], 32, "%g", pg->x1);
		}
	} else
		x_ticks_at(pg, 1);
	if (np > 1 && p->xaxis != PLOT_CATEGORY && pg->xt.n > 0) {
		/* room between panels for the last label of one and the first
		 * of the next */
		double first, last;
		set_text(pg, pg->xt.label[0], 9, 0, -1, 0);
		text_size(pg, &first, &h);
		set_text(pg, pg->xt.label[pg->xt.n - 1], 9, 0, -1, 0);
		text_size(pg, &last, &h);
		pg->gap = fmax(pg->gap, (first + last) / 2 + 12);
		pg->pw = (pg->right - pg->left - (np - 1) * pg->gap) / np;
	}
	set_text(pg, p->xlabel, 10, 0, -1, 0);
	text_size(pg, &w, &h);
	pg->bottom = H - PAD - h - 8 - ticks_h - 6;
}

/* ---- drawing -------------------------------------------------------- */

static void
rgb(cairo_t *cr, const double c[3], double alpha)
{
	cairo_set_source_rgba(cr, c[0], c[1], c[2], alpha);
}

static void
line(cairo_t *cr, double x0, double y0, double x1, double y1)
{
	cairo_move_to(cr, x0, y0);
	cairo_line_to(cr, x1, y1);
	cairo_stroke(cr);
}

static void
set_dash(cairo_t *cr, int d)
{
	cairo_set_dash(cr, dash_pattern[d], dash_count[d], 0);
}

static void
marker(cairo_t *cr, double x, double y, double r, const double c[3],
    double alpha)
{
	cairo_new_sub_path(cr);
	cairo_arc(cr, x, y, r, 0, 2 * M_PI);
	rgb(cr, c, alpha);
	cairo_fill_preserve(cr);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_set_line_width(cr, 0.8);
	cairo_stroke(cr);
}

static void
diamond(cairo_t *cr, double x, double y, double r, const double *fill)
{
	cairo_move_to(cr, x, y - r);
	cairo_line_to(cr, x + r, y);
	cairo_line_to(cr, x, y + r);
	cairo_line_to(cr, x - r, y);
	cairo_close_path(cr);
	if (fill != NULL)
		rgb(cr, fill, 1);
	else
		cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
	cairo_fill_preserve(cr);
	cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_set_line_width(cr, 1);
	cairo_stroke(cr);
}

static void
draw_axes(struct page *pg, int k)
{
	cairo_t *cr = pg->cr;
	double l = px(pg, k, pg->x0), r = px(pg, k, pg->x1);

	cairo_set_line_width(cr, 0.8);
	cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
	for (int i = 0; i < pg->yt.n; i++)
		line(cr, l, py(pg, pg->yt.v[i]), r, py(pg, pg->yt.v[i]));
	if (pg->p->xaxis != PLOT_CATEGORY)
		for (int i = 0; i < pg->xt.n; i++)
			line(cr, px(pg, k, pg->xt.v[i]), pg->top, px(pg, k,
			    pg->xt.v[i]), pg->bottom);
	cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
	line(cr, l, pg->bottom, r, pg->bottom);
	line(cr, l, pg->top, l, pg->bottom);
	for (int i = 0; i < pg->xt.n; i++)
		line(cr, px(pg, k, pg->xt.v[i]), pg->bottom, px(pg, k,
		    pg->xt.v[i]), pg->bottom + 4);
	for (int i = 0; k == 0 && i < pg->yt.n; i++) {
		line(cr, l - 4, py(pg, pg->yt.v[i]), l, py(pg, pg->yt.v[i]));
		set_text(pg, pg->yt.label[i], 9, 0, -1, 0);
		put_text(pg, l - 6, py(pg, pg->yt.v[i]), 1, 0.5, 0, ink, "tick");
	}
	for (int i = 0; i < pg->xt.n; i++) {
		double x = px(pg, k, pg->xt.v[i]);
		if (pg->p->xaxis != PLOT_CATEGORY) {
			set_text(pg, pg->xt.label[i], 9, 0, -1, 0);
			put_text(pg, x, pg->bottom + 6, 0.5, 0, 0, ink, "tick");
		} else if (i % pg->cat_every != 0)
			continue;
		else if (pg->cat_mode >= 2) {
			set_text(pg, pg->p->cat[i], pg->cat_fs, 0, TURN_WIDTH, 1);
			if (pg->cat_mode == 2)
				put_text(pg, x + 3, pg->bottom + 6, 1, 0, TURN, ink,
				    "category");
			else
				put_text(pg, x, pg->bottom + 6, 1, 0.5, 90, ink,
				    "category");
		} else {
			set_text(pg, pg->p->cat[i], 9, 0, pg->cat_mode ?
			    pg->cat_width : -1, pg->cat_mode ? 3 : 0);
			pango_layout_set_alignment(pg->lay, PANGO_ALIGN_CENTER);
			put_text(pg, x, pg->bottom + 6, 0.5, 0, 0, ink,
			    "category");
			pango_layout_set_alignment(pg->lay, PANGO_ALIGN_LEFT);
		}
	}
	if (pg->p->npanels > 1) {
		set_text(pg, pg->p->panel_title[k], 10, 1, pg->pw, 1);
		put_text(pg, (l + r) / 2, pg->top - 4, 0.5, 1, 0, ink, "panel");
	}
}

static void
draw_bands(struct page *pg, int k)
{
	cairo_t *cr = pg->cr;

	for (int i = 0; i < pg->p->nbands; i++) {
		const struct plot_band *b = &pg->p->band[i];
		if (b->panel != k || b->n < 2)
			continue;
		/* from the band's first point, not from wherever the last
		 * path ended */
		cairo_new_path(cr);
		for (int j = 0; j < b->n; j++)
			cairo_line_to(cr, px(pg, k, b->x[j]), py(pg, b->lo[j]));
		for (int j = b->n - 1; j >= 0; j--)
			cairo_line_to(cr, px(pg, k, b->x[j]), py(pg, b->hi[j]));
		cairo_close_path(cr);
		rgb(cr, palette[b->color % PLOT_PALETTE], 0.18);
		cairo_fill(cr);
	}
}

static void
draw_series(struct page *pg, int k)
{
	const struct plot *p = pg->p;
	cairo_t *cr = pg->cr;

	cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
	for (int i = 0; i < p->nseries && !p->bars; i++) {
		const struct plot_series *s = &p->s[i];
		int pen = 0;
		if (s->panel != k || s->points_only)
			continue;
		for (int j = 0; j < s->n; j++) {
			if (!isfinite(s->y[j])) {
				pen = 0;
				continue;
			}
			if (pen)
				cairo_line_to(cr, px(pg, k, s->x[j]), py(pg,
				    s->y[j]));
			else
				cairo_move_to(cr, px(pg, k, s->x[j]), py(pg,
				    s->y[j]));
			pen = 1;
		}
		rgb(cr, palette[series_color(p, i)], 1);
		cairo_set_line_width(cr, 1.8);
		set_dash(cr, series_dash(p, i));
		cairo_stroke(cr);
	}
	set_dash(cr, 0);
	for (int i = 0; i < p->nseries && !p->bars; i++) {
		const struct plot_series *s = &p->s[i];
		if (s->panel != k || (!s->points_only && s->n > 30))
			continue;
		for (int j = 0; j < s->n; j++)
			if (isfinite(s->y[j]))
				marker(cr, px(pg, k, s->x[j]), py(pg, s->y[j]),
				    s->points_only ? 3.5 : 2.6,
				    palette[series_color(p, i)],
				    s->points_only ? 0.75 : 1);
	}
}

/* Grouped bars: series g's bar at category c is the g-th of the slot. */
static double
bar_x(const struct page *pg, int k, double c, int g, double *bw)
{
	int ng = pg->p->nseries > 0 ? pg->p->nseries : 1;
	double slot = pg->pw / (pg->p->ncat > 0 ? pg->p->ncat : 1);

	*bw = fmin(slot * 0.8 / ng, 40);
	return px(pg, k, c) + (g - (ng - 1) / 2.0) * *bw;
}

static void
draw_bars(struct page *pg, int k)
{
	const struct plot *p = pg->p;
	double bw, base = py(pg, fmax(pg->y0, 0));

	for (int g = 0; g < p->nseries && p->bars; g++)
		for (int j = 0; j < p->s[g].n; j++) {
			double x = bar_x(pg, k, p->s[g].x[j], g, &bw);
			/* a bar of no height is not drawn (the axis shows it) */
			if (p->s[g].panel != k || !isfinite(p->s[g].y[j]) ||
			    fabs(py(pg, p->s[g].y[j]) - base) < 1e-9)
				continue;
			cairo_rectangle(pg->cr, x - bw / 2 + 0.5, py(pg,
			    p->s[g].y[j]), bw - 1, base - py(pg, p->s[g].y[j]));
			rgb(pg->cr, palette[series_color(p, g)], 1);
			cairo_fill(pg->cr);
		}
	/* intervals over the bars, after all of them */
	cairo_set_source_rgb(pg->cr, 0.1, 0.1, 0.1);
	cairo_set_line_width(pg->cr, 1);
	for (int g = 0; g < p->nseries && p->bars; g++)
		for (int j = 0; j < p->s[g].n && p->s[g].lo && p->s[g].hi; j++) {
			double x = bar_x(pg, k, p->s[g].x[j], g, &bw), cap;
			double l = p->s[g].lo[j], h = p->s[g].hi[j];
			if (p->s[g].panel != k || !isfinite(l) || !isfinite(h))
				continue;
			cap = fmin(bw / 4, 4);
			line(pg->cr, x, py(pg, l), x, py(pg, h));
			line(pg->cr, x - cap, py(pg, l), x + cap, py(pg, l));
			line(pg->cr, x - cap, py(pg, h), x + cap, py(pg, h));
		}
}

static void
draw_refs(struct page *pg, int k)
{
	const struct plot *p = pg->p;
	double bw;

	for (int i = 0; i < p->nrefs; i++) {
		const struct plot_ref *r = &p->ref[i];
		double x;
		if (r->panel != k || !isfinite(r->y))
			continue;
		x = p->bars ? bar_x(pg, k, r->x, r->color, &bw) : px(pg, k, r->x);
		diamond(pg->cr, x, py(pg, r->y), 5, !p->bars && r->color >= 0 ?
		    palette[r->color % PLOT_PALETTE] : NULL);
	}
	if (isfinite(p->vline) && p->vline >= pg->x0 && p->vline <= pg->x1) {
		cairo_set_source_rgb(pg->cr, 0.2, 0.2, 0.2);
		cairo_set_line_width(pg->cr, 1.2);
		set_dash(pg->cr, 2);
		line(pg->cr, px(pg, k, p->vline), pg->top, px(pg, k, p->vline),
		    pg->bottom);
		set_dash(pg->cr, 0);
	}
}

static int
overlaps(const struct page *pg, double x, double y, double w, double h,
    int from)
{
	for (int i = from; i < pg->nbox && i < pg->maxbox; i++) {
		const struct plot_box *b = &pg->box[i];
		if (x < b->x + b->w && b->x < x + w && y < b->y + b->h &&
		    b->y < y + h)
			return 1;
	}
	return 0;
}

/* Numbers by the noted points, each where it meets no other number and
 * stays in the plot area, if such a place is among eight around it. */
static void
draw_notes(struct page *pg, int k)
{
	static const double at[8][2] = { { 1, -1 }, { 1, 1 }, { -1, -1 },
		{ -1, 1 }, { 0, -1.4 }, { 0, 1.4 }, { 1.6, 0 }, { -1.6, 0 } };
	const struct plot *p = pg->p;
	int from = pg->nbox;
	char num[16];

	for (int i = 0; i < pg->nnotes_shown; i++) {
		double x = px(pg, k, p->note[i].x), y = py(pg, p->note[i].y);
		double w, h, bx = x + 5, by = y - 5;
		if (p->note[i].panel != k)
			continue;
		snprintf(num, sizeof(num), "%d", i + 1);
		set_text(pg, num, 8, 1, -1, 0);
		text_size(pg, &w, &h);
		for (int j = 0; j < 8; j++) {
			double cx = x + at[j][0] * (w / 2 + 5);
			double cy = y + at[j][1] * (h / 2 + 3);
			if (!overlaps(pg, cx - w / 2, cy - h / 2, w, h, from) &&
			    cx - w / 2 >= pg->left && cx + w / 2 <= pg->right &&
			    cy - h / 2 >= pg->top && cy + h / 2 <= pg->bottom) {
				bx = cx;
				by = cy;
				break;
			}
		}
		put_text(pg, bx, by, 0.5, 0.5, 0, ink, "note");
	}
}

static double
legend_entry(struct page *pg, double y, const struct legend_item *it)
{
	cairo_t *cr = pg->cr;
	double x = pg->legend_x, w, h, mid = y + pg->fs_legend * 0.6;
	const double *c = it->color;
	int dash = it->dash, kind = it->kind;

	switch (kind) {
	case 0:		/* a line with its marker */
	case 1:		/* points only */
		if (kind == 0) {
			rgb(cr, c, 1);
			cairo_set_line_width(cr, 1.8);
			set_dash(cr, dash);
			line(cr, x, mid, x + SWATCH - 6, mid);
			set_dash(cr, 0);
		}
		marker(cr, x + (SWATCH - 6) / 2, mid, 3, c, 1);
		break;
	case 2:		/* a bar or band */
		cairo_rectangle(cr, x + 4, mid - 5, SWATCH - 14, 10);
		rgb(cr, c, dash ? 0.3 : 1);
		cairo_fill(cr);
		break;
	case 3:		/* a reference mark */
		diamond(cr, x + (SWATCH - 6) / 2, mid, 4.5, c);
		break;
	default:	/* the vertical marker */
		cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
		cairo_set_line_width(cr, 1.2);
		set_dash(cr, 2);
		line(cr, x + (SWATCH - 6) / 2, mid - 6, x + (SWATCH - 6) / 2,
		    mid + 6);
		set_dash(cr, 0);
	}
	set_text(pg, it->text, pg->fs_legend, 0, pg->legend_w - SWATCH, 3);
	text_size(pg, &w, &h);
	put_text(pg, x + SWATCH, y, 0, 0, 0, ink, "legend");
	return y + fmax(h, 12) + 4;
}

static void
draw_legend(struct page *pg)
{
	const struct plot *p = pg->p;
	double y = pg->top, w, h;
	char buf[320];

	for (int i = 0; i < LEGEND_ITEMS(p); i++) {
		struct legend_item it;
		if (legend_item(p, i, &it))
			y = legend_entry(pg, y, &it);
	}
	y += 10;
	for (int i = 0; i < pg->nnotes_shown; i++) {
		snprintf(buf, sizeof(buf), "%d  %s", i + 1, p->note[i].text);
		set_text(pg, buf, pg->fs_note, 0, pg->legend_w, 4);
		text_size(pg, &w, &h);
		put_text(pg, pg->legend_x, y, 0, 0, 0, grey, "key");
		y += h + 2;
	}
	if (pg->nnotes_shown < p->nnotes) {
		snprintf(buf, sizeof(buf), "... and %d more (in the rows)",
		    p->nnotes - pg->nnotes_shown);
		set_text(pg, buf, pg->fs_note, 0, pg->legend_w, 1);
		put_text(pg, pg->legend_x, y, 0, 0, 0, grey, "key");
	}
}

static void
draw(struct page *pg)
{
	const struct plot *p = pg->p;
	double w, h;

	cairo_set_source_rgb(pg->cr, 1, 1, 1);
	cairo_paint(pg->cr);
	layout(pg);
	set_text(pg, p->title, 14, 1, W - 2 * PAD, 2);
	text_size(pg, &w, &h);
	put_text(pg, PAD, PAD, 0, 0, 0, ink, "title");
	if (p->subtitle != NULL && *p->subtitle != '\0') {
		set_text(pg, p->subtitle, 9, 0, W - 2 * PAD, 3);
		put_text(pg, PAD, PAD + h + 2, 0, 0, 0, grey, "subtitle");
	}
	for (int k = 0; k < npanels(p); k++)
		draw_axes(pg, k);
	set_text(pg, p->ylabel, 10, 0, -1, 0);
	put_text(pg, PAD, (pg->top + pg->bottom) / 2, 0.5, 0, 90, ink,
	    "ylabel");
	set_text(pg, p->xlabel, 10, 0, -1, 0);
	put_text(pg, (pg->left + pg->right) / 2, H - PAD, 0.5, 1, 0, ink,
	    "xlabel");
	for (int k = 0; k < npanels(p); k++) {
		draw_bands(pg, k);
		draw_series(pg, k);
		draw_bars(pg, k);
		draw_refs(pg, k);
	}
	for (int k = 0; k < npanels(p); k++)
		draw_notes(pg, k);
	draw_legend(pg);
}

/* ---- surfaces ------------------------------------------------------- */

static cairo_status_t
write_fp(void *closure, const unsigned char *data, unsigned int len)
{
	return fwrite(data, 1, len, closure) == len ? CAIRO_STATUS_SUCCESS :
	    CAIRO_STATUS_WRITE_ERROR;
}

/* Draws on the surface; 0, or -1 with err set. */
static int
render(cairo_surface_t *sf, double scale, const struct plot *p,
    struct plot_box *box, int maxbox, int *nbox, struct ipw_error *err)
{
	struct page pg;
	cairo_font_options_t *fo;
	cairo_status_t st;

	memset(&pg, 0, sizeof(pg));
	pg.p = p;
	pg.box = box;
	pg.maxbox = box != NULL ? maxbox : 0;
	pg.cr = cairo_create(sf);
	cairo_scale(pg.cr, scale, scale);
	pg.lay = pango_cairo_create_layout(pg.cr);
	fonts_used = 1;
	/* points as units, and metrics that do not depend on the output's
	 * resolution, so that SVG, PNG and PDF are laid out alike */
	pango_cairo_context_set_resolution(pango_layout_get_context(pg.lay),
	    72);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(pango_layout_get_context(pg.lay),
	    fo);
	cairo_font_options_destroy(fo);
	pango_layout_context_changed(pg.lay);
	draw(&pg);
	g_object_unref(pg.lay);
	st = cairo_status(pg.cr);
	cairo_destroy(pg.cr);
	if (nbox != NULL)
		*nbox = pg.nbox;
	if (st != CAIRO_STATUS_SUCCESS)
		return ipw_error_set(err, IPW_EX_SOFTWARE, "drawing the plot: %s",
		    cairo_status_to_string(st));
	return 0;
}

/* Finishes a surface, returning -1 with err set if it or its stream
 * failed. */
static int
finish(cairo_surface_t *sf, int rc, struct ipw_error *err)
{
	cairo_status_t st;

	cairo_surface_finish(sf);
	st = cairo_surface_status(sf);
	cairo_surface_destroy(sf);
	if (rc == 0 && st != CAIRO_STATUS_SUCCESS)
		return ipw_error_set(err, st == CAIRO_STATUS_WRITE_ERROR ?
		    IPW_EX_IOERR : IPW_EX_SOFTWARE, "writing the plot: %s",
		    cairo_status_to_string(st));
	return rc;
}

int
plot_write(const struct plot *p, enum plot_format f, FILE *fp,
    struct ipw_error *err)
{
	cairo_surface_t *sf;
	cairo_status_t st;
	int rc;

	switch (f) {
	case PLOT_PNG:
		sf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(2 * W),
		    (int)(2 * H));
		if ((rc = render(sf, 2, p, NULL, 0, NULL, err)) == 0 &&
		    (st = cairo_surface_write_to_png_stream(sf, write_fp, fp)) !=
		    CAIRO_STATUS_SUCCESS)
			rc = ipw_error_set(err, st == CAIRO_STATUS_WRITE_ERROR ?
			    IPW_EX_IOERR : IPW_EX_SOFTWARE, "writing the plot: %s",
			    cairo_status_to_string(st));
		return finish(sf, rc, err);
	case PLOT_PDF:
		sf = cairo_pdf_surface_create_for_stream(write_fp, fp, W, H);
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE,
		    p->title != NULL ? p->title : "");
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR,
		    "ipwsim " PACKAGE_VERSION);
		break;
	default:
		sf = cairo_svg_surface_create_for_stream(write_fp, fp, W, H);
		cairo_svg_surface_restrict_to_version(sf, CAIRO_SVG_VERSION_1_1);
		cairo_svg_surface_set_document_unit(sf, CAIRO_SVG_UNIT_PX);
	}
	rc = render(sf, 1, p, NULL, 0, NULL, err);
	return finish(sf, rc, err);
}

int
plot_text_boxes(const struct plot *p, struct plot_box *box, int max,
    struct ipw_error *err)
{
	cairo_rectangle_t r = { 0, 0, W, H };
	cairo_surface_t *sf = cairo_recording_surface_create(
	    CAIRO_CONTENT_COLOR_ALPHA, &r);
	int n = 0, rc = render(sf, 1, p, box, max, &n, err);

	rc = finish(sf, rc, err);
	return rc < 0 ? -1 : n;
}

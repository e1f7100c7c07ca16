/* Self-contained HTML pages: one file, its style inline, no script, no
 * font, image or stylesheet fetched from anywhere, readable on a laptop
 * screen and printable. Everything written through these helpers is
 * escaped. */
#ifndef IPW_HTML_H
#define IPW_HTML_H

#include <stdio.h>

#include "error.h"

struct plot;

/* The document head (title escaped), the inline style and <body>. */
void html_begin(FILE *fp, const char *title);
void html_end(FILE *fp);
/* Escaped text. */
void html_text(FILE *fp, const char *s);
/* Escaped formatted text. */
void html_printf(FILE *fp, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* <h2 id=...>title</h2>; id may be NULL. */
void html_heading(FILE *fp, int level, const char *id, const char *title);
/* A table with a caption and a header row of n column names. */
void html_table_begin(FILE *fp, const char *caption,
    const char *const *headers, int n);
void html_table_end(FILE *fp);
void html_row_begin(FILE *fp);
void html_row_end(FILE *fp);
/* A text cell; cls (a CSS class: "yes", "no", "num") may be NULL. */
void html_cell(FILE *fp, const char *text, const char *cls);
/* A number cell with printf format fmt; NaN prints as an en dash. */
void html_cell_num(FILE *fp, const char *fmt, double v);
/* An image inline, as a base64 data: URI (nothing is fetched). */
void html_image(FILE *fp, const char *mime, const unsigned char *data,
    size_t n, const char *alt);
/* A plot inline, as SVG in an image (src/plot.h); -1 with err set. */
int html_plot(FILE *fp, const struct plot *p, struct ipw_error *err);

#endif

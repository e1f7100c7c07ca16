#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "html.h"
#include "plot.h"

/* Print-friendly, system fonts only: nothing is fetched. */
static const char style[] =
"body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,"
"sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;"
"line-height:1.45;background:#fff}"
"h1{font-size:1.6rem;margin-bottom:.2rem}"
"h2{font-size:1.25rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;"
"margin-top:2rem}"
"h3{font-size:1.05rem}"
"table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:.88rem}"
"caption{text-align:left;font-weight:600;padding:.3rem 0}"
"th,td{border:1px solid #d0d0d0;padding:.22rem .5rem;vertical-align:top}"
"th{background:#f0f0f0;text-align:left}"
"td.num{text-align:right;font-variant-numeric:tabular-nums;"
"white-space:nowrap}"
"td.yes{background:#e3f4e1;font-weight:600}"
"td.no{background:#fbe3e1;font-weight:600}"
".verdict{border:2px solid #444;border-radius:6px;padding:.6rem 1rem;"
"background:#fafafa}"
".verdict p{margin:.3rem 0}"
".small{font-size:.85rem;color:#444}"
"img.plot{max-width:100%;height:auto;display:block;margin:.6rem 0}"
"pre{white-space:pre-wrap;font-size:.8rem;background:#f6f6f6;"
"padding:.5rem}"
"@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}"
"table{page-break-inside:auto}tr{page-break-inside:avoid}"
".verdict{border-color:#000}}";

void
html_text(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		default:
			fputc(*s, fp);
		}
}

void
html_printf(FILE *fp, const char *fmt, ...)
{
	va_list ap;
	char buf[2048];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	html_text(fp, buf);
}

void
html_begin(FILE *fp, const char *title)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
	    "charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width="
	    "device-width, initial-scale=1\">\n<title>", fp);
	html_text(fp, title);
	fprintf(fp, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", style);
	html_text(fp, title);
	fputs("</h1>\n", fp);
}

void
html_end(FILE *fp)
{
	fputs("</body>\n</html>\n", fp);
}

void
html_heading(FILE *fp, int level, const char *id, const char *title)
{
	fprintf(fp, "<h%d", level);
	if (id != NULL) {
		fputs(" id=\"", fp);
		html_text(fp, id);
		fputc('"', fp);
	}
	fputc('>', fp);
	html_text(fp, title);
	fprintf(fp, "</h%d>\n", level);
}

void
html_table_begin(FILE *fp, const char *caption, const char *const *headers,
    int n)
{
	fputs("<table>\n", fp);
	if (caption != NULL) {
		fputs("<caption>", fp);
		html_text(fp, caption);
		fputs("</caption>\n", fp);
	}
	fputs("<tr>", fp);
	for (int i = 0; i < n; i++) {
		fputs("<th>", fp);
		html_text(fp, headers[i]);
		fputs("</th>", fp);
	}
	fputs("</tr>\n", fp);
}

void
html_table_end(FILE *fp)
{
	fputs("</table>\n", fp);
}

void
html_row_begin(FILE *fp)
{
	fputs("<tr>", fp);
}

void
html_row_end(FILE *fp)
{
	fputs("</tr>\n", fp);
}

void
html_cell(FILE *fp, const char *text, const char *cls)
{
	if (cls != NULL)
		fprintf(fp, "<td class=\"%s\">", cls);
	else
		fputs("<td>", fp);
	html_text(fp, text);
	fputs("</td>", fp);
}

/* fmt is one of the callers' literals, a single double conversion */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
void
html_cell_num(FILE *fp, const char *fmt, double v)
{
	char buf[64];

	if (isnan(v))
		snprintf(buf, sizeof(buf), "\xe2\x80\x93");
	else
		snprintf(buf, sizeof(buf), fmt, v);
	html_cell(fp, buf, "num");
}
#pragma GCC diagnostic pop

void
html_image(FILE *fp, const char *mime, const unsigned char *data, size_t n,
    const char *alt)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
	    "qrstuvwxyz0123456789+/";

	fputs("<img class=\"plot\" alt=\"", fp);
	html_text(fp, alt);
	fprintf(fp, "\" src=\"data:%s;base64,", mime);
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)data[i] << 16 | (i + 1 < n ?
		    (unsigned)data[i + 1] << 8 : 0) | (i + 2 < n ? data[i + 2] : 0);
		fputc(b64[v >> 18 & 63], fp);
		fputc(b64[v >> 12 & 63], fp);
		fputc(i + 1 < n ? b64[v >> 6 & 63] : '=', fp);
		fputc(i + 2 < n ? b64[v & 63] : '=', fp);
	}
	fputs("\">\n", fp);
}

int
html_plot(FILE *fp, const struct plot *p, struct ipw_error *err)
{
	char *svg = NULL;
	size_t n = 0;
	FILE *mem = open_memstream(&svg, &n);
	int rc;

	if (mem == NULL)
		return ipw_error_oom(err);
	rc = plot_write(p, PLOT_SVG, mem, err);
	if (fclose(mem) != 0 && rc == 0)
		rc = ipw_error_oom(err);
	if (rc == 0)
		html_image(fp, "image/svg+xml", (const unsigned char *)svg, n,
		    p->title != NULL ? p->title : "plot");
	free(svg);
	return rc;
}

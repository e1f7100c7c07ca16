#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "output.h"

static const double pow10_table[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6,
	1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14 };

/* a x 10^(9 - e): one correctly rounded operation with an exact power. */
static double
scale(double a, int e)
{
	return e <= 9 ? a * pow10_table[9 - e] : a / pow10_table[e - 9];
}

char *
out_g10(char *buf, double v)
{
	double a = fabs(v), s, f;
	uint64_t m;
	char digits[10];
	int e, n, len;

	if (!(a >= 1e-4 && a < 1e10))
		goto slow;
	e = (int)floor(log10(a));
	if (e < -4 || e > 9)
		goto slow;
	s = scale(a, e);
	if (s >= 9999999999.5) {	/* log10 rounded down a power of 10 */
		if (++e > 9)
			goto slow;
		s = scale(a, e);
	} else if (s < 999999999.5) {
		if (--e < -4)
			goto slow;
		s = scale(a, e);
	}
	/* s is within 1.2e-6 of the exact a x 10^(9 - e); away from a tie,
	 * rounding it rounds the exact value the same way, as printf does */
	f = s - floor(s);
	if (fabs(f - 0.5) < 1e-5)
		goto slow;
	m = (uint64_t)floor(s + 0.5);
	if (m > 9999999999u || m < 1000000000u)
		goto slow;
	for (int i = 9; i >= 0; i--, m /= 10)
		digits[i] = (char)('0' + m % 10);
	for (n = 10; n > 1 && digits[n - 1] == '0'; n--)
		;
	len = 0;
	if (v < 0)
		buf[len++] = '-';
	if (e >= 0) {
		for (int i = 0; i < n || i <= e; i++) {
			if (i == e + 1)
				buf[len++] = '.';
			buf[len++] = i < n ? digits[i] : '0';
		}
	} else {
		buf[len++] = '0';
		buf[len++] = '.';
		for (int i = 0; i < -e - 1; i++)
			buf[len++] = '0';
		memcpy(buf + len, digits, (size_t)n);
		len += n;
	}
	return buf + len;
slow:
	return buf + snprintf(buf, 32, "%.10g", v);
}

void
out_csv_num(FILE *fp, double v)
{
	char buf[40];

	buf[0] = ',';
	if (isnan(v))
		fputc(',', fp);
	else
		fwrite(buf, 1, (size_t)(out_g10(buf + 1, v) - buf), fp);
}

void
out_csv_text(FILE *fp, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

void
out_json_text(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

void
out_num(FILE *fp, int width, double v)
{
	if (isnan(v))
		fprintf(fp, " %*s", width, "-");
	else
		fprintf(fp, " %*.4g", width, v);
}

void
out_pct(FILE *fp, int width, double v)
{
	if (isnan(v))
		fprintf(fp, " %*s", width, "-");
	else
		fprintf(fp, " %*.1f%%", width - 1, 100 * v);
}

int
out_json_doc(FILE *fp, cJSON *root, const char *command)
{
	cJSON *doc = cJSON_CreateObject(), *item;

	cJSON_AddStringToObject(doc, "ipwsim_version", PACKAGE_VERSION);
	cJSON_AddStringToObject(doc, "command", command);
	cJSON_AddNumberToObject(doc, "schema", OUT_JSON_SCHEMA);
	while ((item = root->child) != NULL) {
		cJSON_DetachItemViaPointer(root, item);
		cJSON_AddItemToObject(doc, item->string, item);
	}
	cJSON_Delete(root);
	return out_json(fp, doc);
}

void
out_shortest(char *buf, size_t size, double v)
{
	for (int p = 15; p <= 17; p++) {
		snprintf(buf, size, "%.*g", p, v);
		if (strtod(buf, NULL) == v)
			return;
	}
}

/* Numbers as the shortest of %.15g, %.16g, %.17g that reads back to the
 * same double (cJSON jumps from 15 digits to 17, printing 2/3 as
 * 0.66666666666666674); NaN and infinities as null. */
static void
shortest_numbers(cJSON *node)
{
	cJSON *c = node->child, *next;

	for (; c != NULL; c = next) {
		next = c->next;
		if (cJSON_IsNumber(c)) {
			char buf[40];
			double v = c->valuedouble;
			cJSON *raw;
			if (!isfinite(v))
				snprintf(buf, sizeof(buf), "null");
			else
				out_shortest(buf, sizeof(buf), v);
			if ((raw = cJSON_CreateRaw(buf)) == NULL)
				continue;
			/* the key moves to the replacement */
			raw->string = c->string;
			raw->type |= c->type & cJSON_StringIsConst;
			c->string = NULL;
			cJSON_ReplaceItemViaPointer(node, c, raw);
		} else if (cJSON_IsArray(c) || cJSON_IsObject(c))
			shortest_numbers(c);
	}
}

int
out_json(FILE *fp, cJSON *root)
{
	char *text;

	shortest_numbers(root);
	text = cJSON_Print(root);

	cJSON_Delete(root);
	if (text == NULL)
		return -1;
	fprintf(fp, "%s\n", text);
	cJSON_free(text);
	return 0;
}

#include "config.h"

#include <math.h>
#include <string.h>

#include "output.h"

void
out_csv_num(FILE *fp, double v)
{
	if (isnan(v))
		fputc(',', fp);
	else
		fprintf(fp, ",%.10g", v);
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
out_json(FILE *fp, cJSON *root)
{
	char *text = cJSON_Print(root);

	cJSON_Delete(root);
	if (text == NULL)
		return -1;
	fprintf(fp, "%s\n", text);
	cJSON_free(text);
	return 0;
}

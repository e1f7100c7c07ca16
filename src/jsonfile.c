#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "jsonfile.h"

void
jsonfile_position(const char *text, size_t off, long *line, long *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else
			(*col)++;
	}
}

int
jsonfile_parse(const char *name, const char *text, size_t len, cJSON **out,
    struct ipw_error *err)
{
	const char *end = NULL;
	long line, col;

	*out = cJSON_ParseWithLengthOpts(text, len, &end, 0);
	if (*out != NULL)
		return 0;
	if (end == NULL || end < text || end > text + len)
		end = text + len;
	jsonfile_position(text, (size_t)(end - text), &line, &col);
	ipw_error_set(err, IPW_EX_DATAERR, len == 0 ? "empty file" :
	    "malformed JSON");
	ipw_error_at(err, name, line, len == 0 ? 0 : col);
	return -1;
}

int
jsonfile_read(const char *path, cJSON **out, struct ipw_error *err)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int rc;

	if (fp == NULL) {
		ipw_error_set(err, IPW_EX_NOINPUT, "cannot open: %s",
		    strerror(errno));
		ipw_error_at(err, path, 0, 0);
		return -1;
	}
	for (;;) {
		if (cap - len < 65536) {
			char *p;
			cap = cap ? cap * 2 : 65536;
			if (cap > JSONFILE_MAX + 65536 ||
			    (p = realloc(buf, cap)) == NULL) {
				free(buf);
				fclose(fp);
				ipw_error_set(err, IPW_EX_DATAERR,
				    "file is larger than %u bytes",
				    JSONFILE_MAX);
				ipw_error_at(err, path, 0, 0);
				return -1;
			}
			buf = p;
		}
		size_t got = fread(buf + len, 1, cap - len, fp);
		len += got;
		if (got == 0)
			break;
	}
	if (ferror(fp)) {
		free(buf);
		fclose(fp);
		ipw_error_set(err, IPW_EX_IOERR, "read error");
		ipw_error_at(err, path, 0, 0);
		return -1;
	}
	fclose(fp);
	rc = jsonfile_parse(path, buf, len, out, err);
	free(buf);
	return rc;
}

/* Cells and documents shared by every report writer, so that the same
 * value prints the same way in every command. */
#ifndef IPW_OUTPUT_H
#define IPW_OUTPUT_H

#include <stdio.h>

#include <cjson/cJSON.h>

/* v as printf's "%.10g" writes it, at buf (room for 32 bytes); returns
 * the end. A fast path for 1e-4 <= |v| < 1e10 gives the same bytes. */
char *out_g10(char *buf, double v);
/* The fewest of 15, 16 or 17 significant digits that read back to v. */
void out_shortest(char *buf, size_t size, double v);
/* ",value" with 10 significant digits, or "," when v is NaN (undefined). */
void out_csv_num(FILE *fp, double v);
/* A CSV field, quoted (RFC 4180) only when it holds , " CR or LF. */
void out_csv_text(FILE *fp, const char *s);
/* A JSON string, quoted and escaped. */
void out_json_text(FILE *fp, const char *s);
/* " value" right-aligned in width, 4 significant digits, "-" for NaN. */
void out_num(FILE *fp, int width, double v);
/* " 12.3%" right-aligned in width, "-" for NaN. */
void out_pct(FILE *fp, int width, double v);
/* Prints root indented with a final newline and frees it; -1 if cJSON
 * could not print it. */
int out_json(FILE *fp, cJSON *root);
/* A command's JSON report (docs/json.md): root's members after
 * "ipwsim_version", "command" and "schema" (an integer, raised when a
 * key changes meaning or goes). Frees root. */
#define OUT_JSON_SCHEMA 2
int out_json_doc(FILE *fp, cJSON *root, const char *command);

#endif

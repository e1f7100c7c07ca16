#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "precision.h"

/* The arithmetic is taken at the BF16 rate for every precision: on the
 * ML.ENERGY v3 measurements the batch model fitted with FP8 at twice the
 * BF16 rate predicted held-out models worse (model-out median 15-29%
 * against 13-28% without), decode being bound by memory.
 *
 * The GGUF sizes follow from llama.cpp's block layouts (ggml-common.h):
 * a block of 32 (or, for the k-quants, 256) weights with its scales, its
 * bytes divided by its weights. A GGUF file type with a mixture suffix
 * (q4_k_m, q5_k_s) is taken at its main block type: an assumption (the
 * mixture puts some tensors in a larger type). */
static const char gguf_src[] = "llama.cpp ggml-common.h block layout";
static const struct precision table[] = {
	{ "fp32", "float32", 32, "IEEE 754 binary32" },
	{ "bf16", "bfloat16", 16, "bfloat16: 16 bits" },
	{ "fp16", "float16,half", 16, "IEEE 754 binary16" },
	{ "fp8", "float8,e4m3,fp8_e4m3,w8a8-fp8", 8, "OCP FP8 (E4M3): 8 "
	  "bits, per-tensor or per-block scales negligible" },
	{ "int8", "w8a8,w8a8-int8", 8, "8-bit integer weights" },
	{ "int4", "w4a16,awq,gptq", 4.15625, "4-bit weights with a 16-bit "
	  "scale and a 4-bit zero point per group of 128 (AWQ/GPTQ's usual "
	  "group size), weight-only" },
	{ "mxfp4", "", 4.25, "OCP Microscaling MXFP4: 32 FP4 values and "
	  "one 8-bit scale per block" },
	{ "nvfp4", "", 4.5, "NVFP4: 16 FP4 values and one FP8 scale per "
	  "block" },
	{ "q8_0", "", 8.5, gguf_src },
	{ "q6_k", "", 6.5625, gguf_src },
	{ "q5_k", "q5_k_m,q5_k_s", 5.5, gguf_src },
	{ "q5_0", "", 5.5, gguf_src },
	{ "q5_1", "", 6.0, gguf_src },
	{ "q4_k", "q4_k_m,q4_k_s", 4.5, gguf_src },
	{ "q4_0", "", 4.5, gguf_src },
	{ "q4_1", "", 5.0, gguf_src },
	{ "q3_k", "q3_k_m,q3_k_s,q3_k_l", 3.4375, gguf_src },
	{ "q2_k", "", 2.625, gguf_src },
};

#define NPREC (sizeof(table) / sizeof(table[0]))

static int
in_list(const char *list, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = list; *p != '\0';) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && strncasecmp(p, name, n) == 0)
			return 1;
		p += len + (e != NULL);
	}
	return 0;
}

const struct precision *
precision_find(const char *name)
{
	for (size_t i = 0; i < NPREC; i++)
		if (strcasecmp(table[i].name, name) == 0 ||
		    in_list(table[i].aliases, name))
			return &table[i];
	return NULL;
}

void
precision_list(char *buf, size_t size)
{
	size_t used = 0;

	if (size > 0)
		buf[0] = '\0';
	for (size_t i = 0; i < NPREC && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
		    i ? ", " : "", table[i].name);
}

const struct precision *
precision_table(size_t *n)
{
	*n = NPREC;
	return table;
}

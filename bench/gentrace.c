/* Writes a synthetic benchmark trace: N queries x C configurations in the
 * canonical format, JSON Lines or CSV, deterministically (xorshift64*).
 * The values only need to look like a real trace to the reader; they are
 * not calibrated to anything. usage: gentrace N C jsonl|csv FILE; C is
 * 2 to 17: C - 1 local configurations (the eight models on the M4 Max,
 * then on the Ryzen AI Max 395), then the cloud. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const models[] = { "Qwen3-4B", "Qwen3-8B", "Qwen3-14B",
	"GPT-OSS-20B", "Qwen3-32B", "Qwen3-30B-A3B", "Gemma-3-12B",
	"Llama-3.1-8B" };
static const char *const domains[] = { "Computer and mathematical",
	"Arts and media", "Education", "Business and financial",
	"Life, physical and social science" };
static uint64_t state = 0x9e3779b97f4a7c15ull;

static uint64_t
next(void)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 2685821657736338717ull;
}

static double
uniform(void)
{
	return (double)(next() >> 11) / 9007199254740992.0;
}

int
main(int argc, char **argv)
{
	long n, c;
	int csv;
	FILE *fp;

	if (argc != 5 || (n = atol(argv[1])) <= 0 || (c = atol(argv[2])) < 2 ||
	    c > 17) {
		fprintf(stderr, "usage: gentrace N C(2..17) jsonl|csv FILE\n");
		return 64;
	}
	csv = strcmp(argv[3], "csv") == 0;
	if ((fp = fopen(argv[4], "w")) == NULL) {
		perror(argv[4]);
		return 73;
	}
	if (csv)
		fputs("query_id,model,accelerator,correct,energy_j,latency_s,"
		    "tokens_in,tokens_out,domain,dataset\n", fp);
	for (long q = 0; q < n; q++) {
		unsigned tin = 20 + (unsigned)(next() % 400);
		const char *dom = domains[next() % 5];
		const char *ds = q % 2 ? "natural_reasoning" : "wildchat";
		double difficulty = uniform();
		for (long k = 0; k < c; k++) {
			int cloud = k == c - 1;
			const char *m = cloud ? "Qwen3-235B-A22B" : models[k % 8];
			const char *a = cloud ? "NVIDIA-H200" : k < 8 ?
			    "Apple-M4-Max" : "AMD-Ryzen-AI-Max-395";
			unsigned tout = 50 + (unsigned)(next() % 3000);
			int ok = uniform() * (cloud ? 1.3 : 1.0 + 0.05 * k) >
			    difficulty * 0.8;
			double e = tout * (cloud ? 5.18 : 0.2 * (k + 1)) *
			    (0.9 + 0.2 * uniform());
			double lat = tout * (cloud ? 0.025 : 0.01 * (k + 1));
			if (csv)
				fprintf(fp, "q%ld,%s,%s,%d,%.3f,%.4f,%u,%u,\"%s\","
				    "%s\n", q, m, a, ok, e, lat, tin, tout, dom,
				    ds);
			else
				fprintf(fp, "{\"query_id\":\"q%ld\",\"model\":\"%s\","
				    "\"accelerator\":\"%s\",\"correct\":%s,"
				    "\"energy_j\":%.3f,\"latency_s\":%.4f,"
				    "\"tokens_in\":%u,\"tokens_out\":%u,"
				    "\"domain\":\"%s\",\"dataset\":\"%s\"}\n", q,
				    m, a, ok ? "true" : "false", e, lat, tin, tout,
				    dom, ds);
		}
	}
	if (fclose(fp) != 0) {
		perror(argv[4]);
		return 74;
	}
	return 0;
}

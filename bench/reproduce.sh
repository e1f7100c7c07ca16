#!/bin/sh
# reproduce --explain on the default synthetic trace (100,000 queries):
# its wall time against the 30 s target, and against what a reviewer
# would do without it: one `ipwsim simulate` per combination on the same
# trace written to disk (8 of the 576 timed, the rest extrapolated, said
# so). Run from the build directory: make bench-reproduce.
set -eu
dir=${BENCH_DIR:-/tmp/ipwsim-bench}
mkdir -p "$dir"
now() { date +%s.%N; }
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
t0=$(now)
./ipwsim reproduce --quiet > /dev/null
t1=$(now)
./ipwsim reproduce --quiet --explain > "$dir/explain.txt"
t2=$(now)
n=$(sed -n 's/^explain: \([0-9]*\) combinations.*/\1/p' "$dir/explain.txt")
awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="$n" 'BEGIN {
	printf "reproduce: %.2f s; reproduce --explain: %.2f s (target 30 s: %s), %d combinations, %.1f ms each beyond reproduce\n",
	    b - a, c - b, (c - b < 30 ? "met" : "MISSED"), n, (c - b - (b - a)) / n * 1000 }'
[ -s "$dir/synth-100k.jsonl" ] || ./ipwsim synth --quiet --queries 100000 -o "$dir/synth-100k.jsonl"
P="--preset paper --bootstrap 0 --local Qwen3-4B@Apple-M4-Max --local Qwen3-8B@Apple-M4-Max --local Qwen3-14B@Apple-M4-Max --local GPT-OSS-20B@Apple-M4-Max"
t3=$(now)
for o in "" "--cloud-charge step" "--cloud-energy-basis per-query" "--oracle cheapest-compute" "--token-pricing output" "--flops-params active" "--cloud-measured-on NVIDIA-H100" "--cloud-charge step --cloud-energy-basis per-query"; do
	# shellcheck disable=SC2086
	./ipwsim simulate --quiet $P $o "$dir/synth-100k.jsonl" > /dev/null
done
t4=$(now)
awk -v a="$t3" -v b="$t4" -v c="$t2" -v d="$t1" -v n="$n" 'BEGIN {
	per = (b - a) / 8
	printf "one simulate per combination (8 timed): %.2f s each, %.0f s for %d (extrapolated): %.0fx the --explain search\n",
	    per, per * n, n, per * n / (c - d) }'

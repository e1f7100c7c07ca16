#!/bin/sh
# The benchmark: generates a trace of N queries x 6 configurations
# (default 1,000,000) in JSONL and CSV, plain and zstd, then measures
# ingest, simulate and memory on each. Run from the build directory:
#   make bench            (or: sh bench/run.sh [N])
# The generated files go to $BENCH_DIR (default /tmp/ipwsim-bench) and
# are kept for reruns.
set -eu
N=${1:-1000000}
dir=${BENCH_DIR:-/tmp/ipwsim-bench}
mkdir -p "$dir"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
for fmt in jsonl csv; do
	f=$dir/trace-$N.$fmt
	if [ ! -s "$f" ]; then
		./bench/gentrace "$N" 6 "$fmt" "$f"
		zstd -q -f -T2 "$f" -o "$f.zst"
	fi
done
for f in "$dir/trace-$N.jsonl" "$dir/trace-$N.jsonl.zst" \
    "$dir/trace-$N.csv" "$dir/trace-$N.csv.zst"; do
	./bench/bench_ipwsim "$f" 5
done
# ipwsim sweep: one point, then a 4 x 4 grid, on the same CSV trace; the
# difference over 15 is the cost of a point (each reruns routing).
srcdir=$(dirname "$0")
for s in sweep-1 sweep-16; do
	t0=$(date +%s.%N)
	./ipwsim sweep "$srcdir/$s.json" "$dir/trace-$N.csv" > "$dir/$s.csv"
	t1=$(date +%s.%N)
	echo "$s: $(awk "BEGIN { printf \"%.2f\", $t1 - $t0 }") s, $(($(wc -l < "$dir/$s.csv") - 1)) points"
done

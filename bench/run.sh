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
# ipwsim sweep on the same CSV trace: 16 accounting-only points in full
# and by the fast path, then 100,000 by the fast path (--timing prints
# the phases and points per second).
srcdir=$(dirname "$0")
./ipwsim sweep "$srcdir/sweep-16.json" --no-fast --timing "$dir/trace-$N.csv" > "$dir/sweep-16-full.csv"
./ipwsim sweep "$srcdir/sweep-16.json" --timing "$dir/trace-$N.csv" > "$dir/sweep-16-fast.csv"
cmp -s "$dir/sweep-16-full.csv" "$dir/sweep-16-fast.csv" && echo "sweep-16: fast and full rows identical"
./ipwsim sweep "$srcdir/sweep-100k.json" --timing "$dir/trace-$N.csv" > "$dir/sweep-100k.csv"

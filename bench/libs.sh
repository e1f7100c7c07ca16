#!/bin/sh
# The libraries issue 14 asked to measure against hand-written code, in
# one run: the query-id hash (FNV-1a against XXH3, bench/hash-ids.c) and
# the JSON Lines scan (simdjson On-Demand, bench/simdjson-scan.cc, against
# the parsing threads' share of `ipwsim check --threads 2` on the same
# file). Needs libxxhash-dev (a build dependency) and, for the second,
# libsimdjson-dev and g++ (skipped with a message without them).
# usage (from the build directory): sh bench/libs.sh [N]   (N queries x 6)
set -eu
N=${1:-200000}
dir=${BENCH_DIR:-/tmp/ipwsim-bench}
mkdir -p "$dir"
f=$dir/trace-$N.jsonl
[ -s "$f" ] || ./bench/gentrace "$N" 6 jsonl "$f"
cc -O2 -o "$dir/hash-ids" "$(dirname "$0")/hash-ids.c" && "$dir/hash-ids"
if [ -e /usr/include/simdjson.h ] && command -v g++ > /dev/null; then
	g++ -O2 -o "$dir/simdjson-scan" "$(dirname "$0")/simdjson-scan.cc" \
	    -lsimdjson
	cat "$f" > /dev/null
	"$dir/simdjson-scan" "$f"
	perf=$(command -v perf || true)
	if [ -n "$perf" ]; then
		perf record -q -o "$dir/perf.data" ./ipwsim check --threads 2 \
		    "$f" > /dev/null 2>&1
		perf stat -x, -e task-clock -o "$dir/stat" ./ipwsim check \
		    --threads 2 "$f" > /dev/null 2>&1
		cpu=$(awk -F, '/task-clock/ { print $1 / 1000 }' "$dir/stat")
		# the parsing threads: the two with the largest share after the
		# reading and committing thread (the process's first)
		perf report -i "$dir/perf.data" --no-children -g none --sort pid \
		    2>/dev/null | grep '%' | sed -n '2,3p' | awk -v cpu="$cpu" \
		    -v n="$((N * 6))" '{ s += $1 } END { t = cpu * s / 100;
		    printf "ipwsim parsing threads: %.1f%% of %.3f s CPU = %.3f s, %.0f records/s a core\n",
		    s, cpu, t, n / t }'
	else
		echo "ipwsim: perf missing; its parsing threads' time not measured"
	fi
else
	echo "simdjson: libsimdjson-dev or g++ missing; skipped"
fi

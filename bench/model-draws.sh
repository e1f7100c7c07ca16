#!/bin/sh
# The model interval's cost, side by side in one run (issue 10's target:
# with 200 draws, simulate on 1M queries x 6 configurations takes at most
# 2x the time without them). The same command with --model-draws 200 and
# 0, alternated three times each on the generated trace (bench/gentrace:
# N queries x 6 configurations, the cloud Qwen3-235B-A22B on an H200
# moved from batch 16 to 64 along the H100 curve that stands in for it,
# so the interval is computed); then a sweep of cloud batch x utilization
# on the fast path, points per second with and without the draws.
# Prints the medians and their ratio; the machine is noisy, read ratios.
#
# usage (from the build directory): sh bench/model-draws.sh [N]
set -eu
N=${1:-1000000}
dir=${BENCH_DIR:-/tmp/ipwsim-bench}
mkdir -p "$dir"
f=$dir/trace-$N.jsonl
[ -s "$f" ] || ./bench/gentrace "$N" 6 jsonl "$f"
[ -s "$f.zst" ] || zstd -q -f -T2 "$f" -o "$f.zst"
sim="./ipwsim simulate --oracle cheapest-energy --bootstrap 0 --measured-batch cloud=16 --cloud-batch 64 $f.zst"

secs() {
	/usr/bin/time -f "%e" -o "$dir/time" sh -c "$1" > "$dir/out" 2> /dev/null
	cat "$dir/time"
}
median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

a1=$(secs "$sim --model-draws 200"); b1=$(secs "$sim --model-draws 0")
a2=$(secs "$sim --model-draws 200"); b2=$(secs "$sim --model-draws 0")
a3=$(secs "$sim --model-draws 200"); b3=$(secs "$sim --model-draws 0")
a=$(median3 "$a1" "$a2" "$a3"); b=$(median3 "$b1" "$b2" "$b3")
$sim --model-draws 200 | grep -A1 '^model interval'
echo "simulate, $N queries x 6: 200 draws ${a} s, none ${b} s (runs: $a1 $a2 $a3 / $b1 $b2 $b3); ratio $(echo "$a $b" | awk '{ printf "%.3f", $1 / $2 }') (target <= 2)"

# the sweep: 20 cloud batch sizes x 500 utilizations = 10,000 points
batches=$(seq 17 36 | paste -sd, -)
utils=$(awk 'BEGIN { for (i = 1; i <= 500; i++) printf "%s%.4f", (i > 1 ? "," : ""), i / 500 }')
for d in 200 0; do
	cat > "$dir/sweep-$d.json" <<EOS
{ "about": "bench/model-draws.sh", "grid": { "measured-batch": "cloud=16",
  "cloud-idle-w": 300, "model-draws": $d, "cloud-batch": [$batches],
  "cloud-utilization": [$utils] } }
EOS
done
for d in 200 0 200 0; do
	./ipwsim sweep "$dir/sweep-$d.json" --timing "$f.zst" 2>&1 > /dev/null |
	    grep -o '([0-9.e+]* points/s)' | tail -1 | sed "s/^/sweep, model-draws $d: /"
done

#!/bin/sh
# curve pareto over about a thousand subsets (issue 14's target: 1,000
# subsets of 1M queries in under 5 s), side by side in one run: the
# generated trace (bench/gentrace: N queries x 14 configurations, 13
# local ones and the cloud) with --max-subset 4 (1,092 subsets), by the
# pool's values (the default, one and two threads) and, on a tenth of
# the queries, by a simulation per subset (--no-fast, what the command
# did before); the time of reading the trace alone (the same command at
# --max-subset 1, 13 subsets) is subtracted to give the subsets' time.
# The outputs of the two ways are compared.
#
# usage (from the build directory): sh bench/pareto.sh [N]
set -eu
N=${1:-1000000}
M=$((N / 10))
dir=${BENCH_DIR:-/tmp/ipwsim-bench}
mkdir -p "$dir"
for n in "$N" "$M"; do
	f=$dir/pareto-$n.jsonl
	[ -s "$f.zst" ] || { ./bench/gentrace "$n" 14 jsonl "$f" &&
	    zstd -q -f -T2 --rm "$f" -o "$f.zst"; }
done
# token prices for the three generated models the catalog prices none
# for: 0, an assumption of the benchmark (the oracle uses energy)
cat > "$dir/prices.json" <<'EOS'
{"models": [
 {"name": "Qwen3-30B-A3B", "price_in_per_mtok": {"value": 0, "source": "bench/pareto.sh: an assumption of the benchmark"}, "price_out_per_mtok": {"value": 0, "source": "bench/pareto.sh: an assumption of the benchmark"}},
 {"name": "Gemma-3-12B", "price_in_per_mtok": {"value": 0, "source": "bench/pareto.sh: an assumption of the benchmark"}, "price_out_per_mtok": {"value": 0, "source": "bench/pareto.sh: an assumption of the benchmark"}},
 {"name": "Llama-3.1-8B", "price_in_per_mtok": {"value": 0, "source": "bench/pareto.sh: an assumption of the benchmark"}, "price_out_per_mtok": {"value": 0, "source": "bench/pareto.sh: an assumption of the benchmark"}}
]}
EOS
c="./ipwsim curve pareto --catalog $dir/prices.json --format csv"
secs() {
	/usr/bin/time -f "%e" -o "$dir/time" sh -c "$1" > "$dir/out" 2> /dev/null
	cat "$dir/time"
}
sub() { echo "$1 $2" | awk '{ printf "%.2f", $1 - $2 }'; }
r1=$(secs "$c --max-subset 1 --threads 2 $dir/pareto-$N.jsonl.zst")
f2=$(secs "$c --max-subset 4 --threads 2 $dir/pareto-$N.jsonl.zst")
f1=$(secs "$c --max-subset 4 --threads 1 $dir/pareto-$N.jsonl.zst")
echo "pareto, $N queries, 1,092 subsets: ${f2} s on 2 threads, ${f1} s on 1; reading alone ${r1} s; the subsets $(sub "$f2" "$r1") s (target < 5 s)"
r2=$(secs "$c --max-subset 1 --no-fast $dir/pareto-$M.jsonl.zst")
s2=$(secs "$c --max-subset 4 --threads 2 $dir/pareto-$M.jsonl.zst")
cp "$dir/out" "$dir/fast.csv"
n2=$(secs "$c --max-subset 4 --no-fast $dir/pareto-$M.jsonl.zst")
echo "pareto, $M queries, 1,092 subsets: ${s2} s by the pool's values, ${n2} s by a simulation each (--no-fast); less reading (${r2} s): $(sub "$s2" "$r2") s against $(sub "$n2" "$r2") s"
# row by row: the same series and labels, x and y to 1e-9 relative (the
# sums are the same terms added in another order; printed to 10 digits,
# a last digit may round the other way)
paste -d '\n' "$dir/fast.csv" "$dir/out" | awk -F, 'NR % 2 { s = $2; l = $4; x = $3; y = $5; next }
	{ n++; if ($2 != s || $4 != l) bad++; else for (i = 0; i < 2; i++) {
	  a = i ? y : x; b = i ? $5 : $3; d = a - b; if (d < 0) d = -d;
	  m = a < 0 ? -a : a; if (d > 1e-9 * m && d > 1e-300) bad++ } }
	END { printf "the two ways: %d rows, %d differ beyond 1e-9\n", n - 1, bad }'


#!/bin/sh
# ipwsim synth: N queries (default 1,000,000) x 20 configurations
# (--configs all) written as JSONL and as CSV to $BENCH_DIR (default
# /tmp/ipwsim-bench; deleted after timing), wall time each; then the
# calibration check at 100,000 queries with the size mix and the equal
# mix. With OLD=path/to/an/older/ipwsim, that binary does the same jobs
# first: before/after in one run. Run from the build directory:
#   make bench-synth      (or: sh bench/synth.sh [N])
set -eu
N=${1:-1000000}
dir=${BENCH_DIR:-/tmp/ipwsim-bench}
mkdir -p "$dir"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
now() { date +%s.%N; }
timed() {	# label binary format
	t0=$(now)
	"$2" synth --queries "$N" --configs all --format "$3" \
	    -o "$dir/synth.$3" 2>/dev/null
	t1=$(now)
	bytes=$(wc -c < "$dir/synth.$3")
	rm -f "$dir/synth.$3"
	awk -v l="$1" -v f="$3" -v n="$N" -v a="$t0" -v b="$t1" -v s="$bytes" \
	    'BEGIN { printf "%s: synth %d queries x 20 configurations, %s: " \
	    "%.1f s, %.0f records/s, %.2f GB\n", l, n, f, b - a,
	    n * 20 / (b - a), s / 1e9 }'
}
for fmt in jsonl csv; do
	if [ -n "${OLD:-}" ]; then timed before "$OLD" "$fmt"; fi
	timed after ./ipwsim "$fmt"
done
# Each fitted target realised within the calibration's tolerance (1
# point) at 100,000 queries? A target's binomial standard error is in
# the report; MMLU Pro has 1,156 queries at the size mix (se ~1.3 points).
for mix in sizes equal; do
	./ipwsim synth --queries 100000 --mix "$mix" --report "$dir/report.csv" \
	    -o /dev/null 2>/dev/null
	awk -F, -v mix="$mix" '{ gsub(/"[^"]*"/, "(quoted)") }
	    NR > 1 && $6 == "yes" { n++; d = $8 - $5; if (d < 0) d = -d
		if (d <= 0.01) ok++
		else printf "  outside: %s %s %s %s target %s realised %.4f " \
		    "se %.4f (%d queries)\n", $1, $2, $3, $4, $5, $8, $10, $9 }
	    END { printf "mix %s, 100000 queries: %d of %d fitted targets " \
		"realised within 0.01\n", mix, ok, n }' "$dir/report.csv"
done
rm -f "$dir/report.csv"

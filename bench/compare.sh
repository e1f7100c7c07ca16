#!/bin/sh
# Side by side, in one run: ipwsim against DuckDB and pandas on the same
# generated trace (bench/gentrace: N queries x 6 configurations), the
# same computation (the cheapest-energy oracle's energy saving against
# cloud-only: per query the least energy among the correct local
# configurations, else the cloud's) and the same answer checked to 1e-9.
# Prints seconds, peak memory and ratios; the machine is noisy, so read
# the ratios. DuckDB comes from npm (@duckdb/node-api, installed into
# $BENCH_DIR/duckdb on first use; skipped with a message without npm),
# pandas from Debian's python3-pandas (skipped without it).
#
# usage (from the build directory): sh bench/compare.sh [N] [THREADS]
set -eu
N=${1:-1000000}
T=${2:-2}
dir=${BENCH_DIR:-/tmp/ipwsim-bench}
cloud=NVIDIA-H200
mkdir -p "$dir"
for fmt in jsonl csv; do
	f=$dir/trace-$N.$fmt
	if [ ! -s "$f" ]; then
		./bench/gentrace "$N" 6 "$fmt" "$f"
	fi
	[ -s "$f.zst" ] || zstd -q -f -T2 "$f" -o "$f.zst"
done
echo "machine: $(nproc) cores; N = $N queries x 6 configurations; $T threads each"

# seconds, KB and the answer of one command, into $sec $kb $ans
run() {
	/usr/bin/time -f "%e %M" -o "$dir/time" sh -c "$1" > "$dir/answer" 2> "$dir/err" ||
	    { cat "$dir/err" >&2; return 1; }
	read -r sec kb < "$dir/time"
	ans=$(tail -1 "$dir/answer")
}

duck=""
if command -v node > /dev/null && command -v npm > /dev/null; then
	if [ ! -d "$dir/duckdb/node_modules/@duckdb/node-api" ]; then
		mkdir -p "$dir/duckdb"
		(cd "$dir/duckdb" && npm install --silent @duckdb/node-api > /dev/null 2>&1) ||
		    echo "DuckDB: npm install failed; skipped"
	fi
	[ -d "$dir/duckdb/node_modules/@duckdb/node-api" ] && duck=$dir/duckdb
else
	echo "DuckDB: no node/npm; skipped"
fi
cat > "$dir/duck.mjs" <<JS
import { DuckDBInstance } from '$dir/duckdb/node_modules/@duckdb/node-api/lib/index.js';
const [file, threads] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: threads });
const c = await db.connect();
const src = file.includes('.csv') ? "read_csv_auto('" + file + "')" :
    "read_json_auto('" + file + "')";
const r = await c.runAndReadAll(
  "WITH t AS (SELECT query_id, accelerator, correct, energy_j FROM " + src + "), " +
  "cl AS (SELECT query_id, energy_j AS ce FROM t WHERE accelerator = '$cloud'), " +
  "lo AS (SELECT query_id, min(energy_j) AS le FROM t WHERE accelerator <> '$cloud' " +
  "AND CAST(correct AS BOOLEAN) GROUP BY query_id) " +
  "SELECT 1 - sum(coalesce(le, ce)) / sum(ce) FROM cl LEFT JOIN lo USING (query_id)");
console.log(Number(r.getRows()[0][0]).toPrecision(15));
JS
cat > "$dir/pandas-oracle.py" <<'PY'
import sys
import pandas as pd
t = pd.read_csv(sys.argv[1], usecols=["query_id", "accelerator", "correct",
    "energy_j"])
cloud = t[t.accelerator == sys.argv[2]].set_index("query_id").energy_j
loc = t[(t.accelerator != sys.argv[2]) & (t.correct.astype(bool))]
loc = loc.groupby("query_id").energy_j.min()
chosen = loc.reindex(cloud.index).fillna(cloud)
print("%.15g" % (1 - chosen.sum() / cloud.sum()))
PY
pandas=""
py=python3
# Debian's python3, where python3-pandas is, when another comes first
/usr/bin/python3 -c "import pandas" 2> /dev/null && py=/usr/bin/python3
$py -c "import pandas" 2> /dev/null && pandas=1 || echo "pandas: python3-pandas not installed; skipped"

printf '%-14s %-10s %9s %9s  %s\n' input tool seconds "peak MB" answer
for f in "$dir/trace-$N.jsonl.zst" "$dir/trace-$N.csv.zst" "$dir/trace-$N.csv"; do
	name=$(basename "$f" | sed "s/trace-$N\.//")
	case $f in
	*.zst) run "zstd -dc '$f' | wc -l" ;;
	*) run "wc -l < '$f'" ;;
	esac
	floor=$sec
	printf '%-14s %-10s %9s %9s\n' "$name" "floor" "$floor" "-"
	run "./ipwsim simulate --threads $T --oracle cheapest-energy --bootstrap 0 --format csv '$f' | awk -F, '\$1 == \"oracle\" && \$2 == \"all\" { printf \"%.15g\\n\", \$19 }'"
	ipw=$sec ipw_kb=$kb ipw_ans=$ans
	printf '%-14s %-10s %9s %9s  %s\n' "$name" ipwsim "$sec" "$((kb / 1024))" "$ans"
	line="ipwsim/floor $(echo "$ipw $floor" | awk '{ printf "%.2f", $1 / $2 }')"
	if [ -n "$duck" ]; then
		run "node '$dir/duck.mjs' '$f' $T"
		printf '%-14s %-10s %9s %9s  %s\n' "$name" duckdb "$sec" "$((kb / 1024))" "$ans"
		same=$(echo "$ans $ipw_ans" | awk '{ d = $1 - $2; print (d < 0 ? -d : d) <= 1e-9 ? "same" : "DIFFERENT" }')
		line="$line; DuckDB/ipwsim $(echo "$sec $ipw" | awk '{ printf "%.2f", $1 / $2 }') ($same answer), memory ipwsim/DuckDB $(echo "$ipw_kb $kb" | awk '{ printf "%.2f", $1 / $2 }')"
	fi
	if [ -n "$pandas" ]; then
		case $f in
		*.csv)
			run "$py '$dir/pandas-oracle.py' '$f' $cloud"
			printf '%-14s %-10s %9s %9s  %s\n' "$name" pandas "$sec" "$((kb / 1024))" "$ans"
			same=$(echo "$ans $ipw_ans" | awk '{ d = $1 - $2; print (d < 0 ? -d : d) <= 1e-9 ? "same" : "DIFFERENT" }')
			line="$line; pandas/ipwsim $(echo "$sec $ipw" | awk '{ printf "%.2f", $1 / $2 }') ($same answer)" ;;
		esac
	fi
	echo "  $line"
done

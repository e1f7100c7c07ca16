# the factorised fast path (one routing pass, energy from per-member sums
# of measured energy and latency) equals simulating every point in full,
# to 1e-9 relative in every cell, on 64 accounting-only points with five
# routers; a grid that changes routing is simulated in full (--timing
# says which). The records are labelled measured, package (--energy-source,
# --energy-scope) so that the provenance shares split: measured local,
# modelled cloud (moved by batch), system and wall from host and PUE
cmd: tr=../../traces/example.jsonl; for s in sweep-accounting.json sweep-routing.json; do $IPWSIM sweep $s --timing --energy-source measured --energy-scope package $tr > $T/fast.csv 2> $T/err || exit 1; sed 's/[0-9][0-9.]* s/X s/g; s/([0-9.e+]* points\/s)/(N points\/s)/' $T/err; $IPWSIM sweep $s --no-fast --energy-source measured --energy-scope package $tr > $T/full.csv || exit 1; paste -d'\n' $T/fast.csv $T/full.csv | awk -F, -v s=$s 'NR % 2 { n = split($0, a, ","); next } { for (i = 1; i <= NF; i++) { d = a[i] - $i; if (d < 0) d = -d; m = $i < 0 ? -$i : $i; if (a[i] != $i && (a[i] "" != a[i] + 0 "" || d > 1e-9 * m)) bad++ } cells += NF } END { printf "%s: %d rows, %d cells, %d differ\n", s, NR / 2, cells, bad }'; done
--- stdout
ipwsim: sweep: read X s; point 1 X s; 63 more by the fast path X s (N points/s)
sweep-accounting.json: 65 rows, 10010 cells, 0 differ
ipwsim: sweep: read X s; point 1 X s; 1 more in full X s (N points/s)
sweep-routing.json: 3 rows, 198 cells, 0 differ
--- stderr

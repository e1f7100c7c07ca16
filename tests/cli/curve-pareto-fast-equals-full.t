# curve pareto without routers takes every subset's oracle from one pass over grouped values (src/pareto.h); with a router each subset is a full simulation. The oracle rows of both agree to 1e-12 relative (x and y) for --oracle smallest (the grouped path), cheapest-energy (the per-query path) and --against cost, and the fast path is the same on one thread and on two
cmd: cmp_rows() { awk -F, "NR == FNR { if (\$2 == \"oracle\") { x[\$4] = \$3; y[\$4] = \$5; n++ } next } \$2 == \"oracle\" { m++; dx = \$3 - x[\$4]; dy = \$5 - y[\$4]; if (dx < 0) dx = -dx; if (dy < 0) dy = -dy; if (dx > 1e-12 * (\$3 < 0 ? -\$3 : \$3) || dy > 1e-12) bad++ } END { printf \"%d and %d oracle rows, %d differ\\n\", n, m, bad }" "$1" "$2"; }; for o in "--oracle smallest" "--oracle cheapest-energy" "--against cost"; do $IPWSIM curve pareto $o --max-subset 4 --format csv ../../traces/example.jsonl > $T/fast.csv; $IPWSIM curve pareto $o --max-subset 4 --router paper:0.8 --format csv ../../traces/example.jsonl > $T/full.csv; echo "$o: $(cmp_rows $T/fast.csv $T/full.csv)"; done; $IPWSIM curve pareto --threads 1 --format csv ../../traces/example.jsonl > $T/a; $IPWSIM curve pareto --threads 2 --format csv ../../traces/example.jsonl > $T/b; cmp $T/a $T/b && echo "threads 1 and 2: the same"
--- stdout
--oracle smallest: 15 and 15 oracle rows, 0 differ
--oracle cheapest-energy: 15 and 15 oracle rows, 0 differ
--against cost: 15 and 15 oracle rows, 0 differ
threads 1 and 2: the same
--- stderr

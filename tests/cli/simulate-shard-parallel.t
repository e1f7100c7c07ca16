# four query shards of simulate run by GNU parallel and merged give the
# unsharded report: every sum, share, mean and p95 latency identical; the
# bootstrap intervals equal to 1e-5 relative (their single-precision
# block sums add in another order); the Monte Carlo of the random routers
# from the shards' own draws: the same replicates, its mean inside the
# unsharded run's 95% interval
cmd: cd $T && $IPWSIM synth --queries 3000 -o s.jsonl 2>/dev/null && parallel --will-cite -j2 "$IPWSIM" simulate --router paper:0.8 --router cascade:0.8 --cascade-attempt smallest --shard {}/4 -o p{}.json s.jsonl ::: 1 2 3 4 && $IPWSIM merge --format csv p3.json p1.json p4.json p2.json > merged.csv && $IPWSIM simulate --router paper:0.8 --router cascade:0.8 --cascade-attempt smallest --format csv s.jsonl > whole.csv && paste -d'|' whole.csv merged.csv | awk -F'|' '{ n = split($1, a, ","); split($2, b, ","); rows++; for (i = 1; i <= n; i++) { if (i >= 19 && i <= 27) { d = a[i] - b[i]; if (d < 0) d = -d; m = a[i] < 0 ? -a[i] : a[i]; if (d > 1e-5 * m + 1e-12) { print "bootstrap differs:", NR, i, a[i], b[i]; bad = 1 } } else if (i == 29 || i == 32 || i == 35) { if (NR > 1 && a[i] != "" && (b[i] < a[i + 1] || b[i] > a[i + 2])) { print "monte carlo outside:", NR, i; bad = 1 } } else if ((i < 29 || i > 43) && a[i] != b[i]) { print "differs:", NR, i, a[i], b[i]; bad = 1 } } } END { print rows, "rows compared", bad ? "DIFFER" : "agree" }'
--- stdout
29 rows compared agree
--- stderr

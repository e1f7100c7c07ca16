# every sweep row equals a separate simulate run with the same options:
# the oracle's and both routers' quality, energy, FLOPs and cost
cmd: tr=../../traces/example.jsonl; $IPWSIM sweep sweep-2x2.json $tr > $T/sweep.csv || exit 1; head -1 $T/sweep.csv | cut -d, -f1-4; tail -n +2 $T/sweep.csv | while IFS=, read -r p idle b u rest; do $IPWSIM simulate --cloud-idle-w $idle --cloud-batch $b --cloud-utilization $u --router paper:0.8 --router cascade:0.8 --bootstrap 0 --format csv $tr | awk -F, '$2 == "all" { printf "%s %.9g %.9g %.9g %.9g\n", $1, $6, $7, $10, $11 }' > $T/sim; awk -F, -v p=$p 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i } $1 == p { n = split("cloud-only oracle paper:0.8 cascade:0.8", pol, " "); for (k = 1; k <= n; k++) printf "%s %.9g %.9g %.9g %.9g\n", pol[k], $col[pol[k] ".quality"], $col[pol[k] ".energy_j"], $col[pol[k] ".flops"], $col[pol[k] ".cost_usd"] }' $T/sweep.csv > $T/row; if cmp -s $T/sim $T/row; then echo "point $p: same as simulate"; else diff $T/sim $T/row; fi; done
--- stdout
point,cloud-idle-w,cloud-batch,cloud-utilization
point 1: same as simulate
point 2: same as simulate
point 3: same as simulate
point 4: same as simulate
--- stderr

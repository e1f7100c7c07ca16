# the grid's point count at its limits: 1,000,000 points run without
# --yes, 1,000,001 (101 x 9901) need it, 10,000,000 (1000 x 10000) run
# with it, 10,000,001 (11 x 909091) never do. A 4,000,000-point grid
# (1000 x 2000 x 2) counts 4,000,000, not 1,000,001: shard 1 of
# 1,000,000 runs points 1, 1000001, 2000001 and 3000001, whose
# utilizations are 0.001 + 0.001 x floor(p / 4000) = 0.001, 0.251,
# 0.501, 0.751. Only shards of one point or so are run here.
cmd: tr=../../traces/example.jsonl; grid() { awk -v a=$1 -v b=$2 -v c=$3 'BEGIN { printf "{\"grid\": {\"cloud-idle-w\": 300, \"cloud-utilization\": ["; for (i = 0; i < a; i++) printf "%s%.6g", i ? "," : "", (i + 1) / a; printf "], \"cloud-pue\": ["; for (i = 0; i < b; i++) printf "%s%.9g", i ? "," : "", 1 + i / b; printf "], \"cloud-batch\": ["; for (i = 0; i < c; i++) printf "%s%d", i ? "," : "", 8 * (i + 1); print "]}}" }' > $T/g.json; }; for g in "1000 1000 1" "101 9901 1" "1000 10000 1" "11 909091 1"; do grid $g; for y in "" --yes; do $IPWSIM sweep $T/g.json $y --shard 1/1000000 $tr > $T/out 2> $T/err; echo "$g ${y:-no-yes}: status $? $(sed -n 's/.*points=//p' $T/out) $(sed "s|$T/||" $T/err)"; done; done; grid 1000 2000 2; $IPWSIM sweep $T/g.json --yes --shard 1/1000000 $tr | tail -n +3 | cut -d, -f1,3
--- stdout
1000 1000 1 no-yes: status 0 1000000 
1000 1000 1 --yes: status 0 1000000 
101 9901 1 no-yes: status 64  ipwsim: sweep: g.json: the grid has 1000001 points, over 1,000,000; add --yes to run it (see 'ipwsim sweep --help')
101 9901 1 --yes: status 0 1000001 
1000 10000 1 no-yes: status 64  ipwsim: sweep: g.json: the grid has 10000000 points, over 1,000,000; add --yes to run it (see 'ipwsim sweep --help')
1000 10000 1 --yes: status 0 10000000 
11 909091 1 no-yes: status 64  ipwsim: sweep: g.json:1:10: the grid has more than 10,000,000 points; split it into several scenarios (see 'ipwsim sweep --help')
11 909091 1 --yes: status 64  ipwsim: sweep: g.json:1:10: the grid has more than 10,000,000 points; split it into several scenarios (see 'ipwsim sweep --help')
1,0.001
1000001,0.251
2000001,0.501
3000001,0.751
--- stderr

# bad shards and partials: a shard spec 5/4, a shard missing, a shard
# twice, partials of two scenarios, a file that is not a partial, one
# that cannot be opened; one
# line each, documented exit codes, nothing written
cmd: top=$(cd ../.. && pwd); tr=$top/traces/example.jsonl; $IPWSIM sweep sweep-routing.json --shard 5/4 $tr; echo "status $?"; for k in 1 2; do $IPWSIM sweep sweep-routing.json --shard $k/2 -o $T/r$k.csv $tr; $IPWSIM sweep sweep-2x2.json --shard $k/2 -o $T/s$k.csv $tr; done; cd $T; for set in "r1.csv" "r1.csv r1.csv" "r1.csv s2.csv" "r1.csv r2.csv $top/traces/example.csv" "r1.csv r2.csv no-such.csv"; do $IPWSIM merge -o out.csv $set 2> err; echo "status $?"; sed "s|$top/||" err; done; test -e out.csv || echo "nothing written"
--- stdout
status 64
status 65
ipwsim: merge: r1.csv: a shard of 2, but 1 partial given
status 65
ipwsim: merge: r1.csv: shard 1/2 again (also r1.csv)
status 65
ipwsim: merge: s2.csv: not of the same sweep as r1.csv (scenario, trace or ipwsim version differ)
status 65
ipwsim: merge: traces/example.csv:1: not a partial of ipwsim sweep --shard
status 66
ipwsim: merge: no-such.csv: cannot open: No such file or directory
nothing written
--- stderr
ipwsim: sweep: --shard: "5/4" is not K/N with 1 <= K <= N (see 'ipwsim sweep --help')

# query shards with no query: tiny.jsonl's 5 queries over 10 shards leave
# at least 5 shards empty; each still writes its partial (it exited 65
# "no records" before, so the merge could never complete), the partials'
# queries add up to 5, and the merge equals the unsharded run in every
# count, sum, share and saving (columns 1-19). Then the shard count at
# its limits: N = 999,999 and 1,000,000 run, 1,000,001 does not; K = N
# runs, K = 0 and K = N + 1 do not.
cmd: for k in 1 2 3 4 5 6 7 8 9 10; do $IPWSIM simulate --shard $k/10 -o $T/p$k.json tiny.jsonl || echo "shard $k: status $?"; done; cat $T/p*.json | sed 's/.*"queries":\([0-9]*\).*/\1/' | awk '{ n += $1; if ($1 == 0) e++ } END { print n " queries, " (e >= 5 ? "5 or more" : e) " empty shards" }'; $IPWSIM merge --format csv $T/p*.json | cut -d, -f1-19 > $T/m.csv; $IPWSIM simulate --format csv tiny.jsonl | cut -d, -f1-19 > $T/w.csv; cmp $T/m.csv $T/w.csv && echo "merged = unsharded"; for s in 999999/999999 1000000/1000000 1/1000001 0/10 11/10; do $IPWSIM simulate --shard $s -o $T/x.json tiny.jsonl; echo "$s: status $?"; done
--- stdout
5 queries, 5 or more empty shards
merged = unsharded
999999/999999: status 0
1000000/1000000: status 0
1/1000001: status 64
0/10: status 64
11/10: status 64
--- stderr
ipwsim: simulate: --shard: "1/1000001" is not K/N with 1 <= K <= N (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: "0/10" is not K/N with 1 <= K <= N (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: "11/10" is not K/N with 1 <= K <= N (see 'ipwsim simulate --help')

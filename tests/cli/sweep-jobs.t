# points simulated in full on two threads give the rows of one thread,
# in the same order; the fast path's per-policy sums on 1, 2, 7 and 64
# threads (7 policies: cloud-only, the oracle, five routers; more
# threads than policies are capped)
# give the same rows; --jobs is checked
cmd: tr=../../traces/example.jsonl; $IPWSIM sweep sweep-accounting.json --no-fast $tr > $T/one.csv && $IPWSIM sweep sweep-accounting.json --no-fast --jobs 2 $tr > $T/two.csv && cmp $T/one.csv $T/two.csv && echo "jobs 2 = jobs 1: $(($(wc -l < $T/two.csv) - 1)) points"; for n in 1 2 7 64; do $IPWSIM sweep sweep-accounting.json --threads $n $tr > $T/fast$n.csv || exit 1; done; cmp $T/fast1.csv $T/fast2.csv && cmp $T/fast1.csv $T/fast7.csv && cmp $T/fast1.csv $T/fast64.csv && echo "fast path: threads 1 = 2 = 7 = 64"; $IPWSIM sweep sweep-accounting.json --jobs 0 $tr; echo "status $?"
--- stdout
jobs 2 = jobs 1: 64 points
fast path: threads 1 = 2 = 7 = 64
status 64
--- stderr
ipwsim: sweep: --jobs: "0" is not a whole number from 1 to 64 (see 'ipwsim sweep --help')

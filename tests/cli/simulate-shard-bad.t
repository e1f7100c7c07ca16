# bad shard specs and runs that cannot be sharded: usage errors, nothing
# written
cmd: for s in 5/4 0/4 1/0 x/2 1/2/3; do $IPWSIM simulate --shard $s -o $T/out ../../traces/example.jsonl; echo "status $?"; done; $IPWSIM simulate --router budget:0.9 --shard 1/2 -o $T/out ../../traces/example.jsonl; echo "status $?"; $IPWSIM simulate --break-even cloud-batch --shard 1/2 -o $T/out ../../traces/example.jsonl; echo "status $?"; ls $T
--- stdout
status 64
status 64
status 64
status 64
status 64
status 64
status 64
--- stderr
ipwsim: simulate: --shard: "5/4" is not K/N with 1 <= K <= N (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: "0/4" is not K/N with 1 <= K <= N (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: "1/0" is not K/N with 1 <= K <= N (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: "x/2" is not K/N with 1 <= K <= N (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: "1/2/3" is not K/N with 1 <= K <= N (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: router budget:0.9 is fitted on a calibration split of the whole trace, which a shard does not have (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: a break-even search needs the whole trace (see 'ipwsim simulate --help')

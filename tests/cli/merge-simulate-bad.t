# simulate partials that do not make one run: a shard missing, a shard
# twice, a partial of another run (another --seed), a sweep partial among
# them; each a one-line error naming the file, nothing written
cmd: cd $T && for k in 1 2 3; do $IPWSIM simulate --shard $k/3 -o p$k.json $IPWSIM_TESTDATA/../../traces/example.jsonl || exit 1; done; $IPWSIM simulate --seed 7 --shard 3/3 -o other.json $IPWSIM_TESTDATA/../../traces/example.jsonl; printf 'x,y\n' > sweep.csv; $IPWSIM merge -o m.csv p1.json p2.json; echo "status $?"; $IPWSIM merge -o m.csv p1.json p2.json p2.json; echo "status $?"; $IPWSIM merge -o m.csv p1.json p2.json other.json; echo "status $?"; $IPWSIM merge -o m.csv p1.json sweep.csv p2.json; echo "status $?"; ls m.csv 2>&1 | sed 's/.*: //'
--- stdout
status 65
status 65
status 65
status 65
No such file or directory
--- stderr
ipwsim: merge: shard 3/3 is missing: give every shard's partial once
ipwsim: merge: p2.json: shard 2/3 is given twice
ipwsim: merge: other.json: a partial of another run (other options, pool, version 0.1.0 or shard count) than the first
ipwsim: merge: sweep.csv:1:1: malformed JSON: "x" cannot start a JSON value

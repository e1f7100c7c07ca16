# points simulated in full on two threads give the rows of one thread,
# in the same order; --jobs is checked
cmd: tr=../../traces/example.jsonl; $IPWSIM sweep sweep-accounting.json --no-fast $tr > $T/one.csv && $IPWSIM sweep sweep-accounting.json --no-fast --jobs 2 $tr > $T/two.csv && cmp $T/one.csv $T/two.csv && echo "jobs 2 = jobs 1: $(($(wc -l < $T/two.csv) - 1)) points"; $IPWSIM sweep sweep-accounting.json --jobs 0 $tr; echo "status $?"
--- stdout
jobs 2 = jobs 1: 64 points
status 64
--- stderr
ipwsim: sweep: --jobs: "0" is not a whole number from 1 to 64 (see 'ipwsim sweep --help')

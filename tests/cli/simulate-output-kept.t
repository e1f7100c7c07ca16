# a failed run keeps the old output and leaves no temporary file
cmd: echo old > $T/r.csv; $IPWSIM simulate -o $T/r.csv bad/neg_energy.jsonl; echo "exit $?"; cat $T/r.csv; ls $T
--- stdout
exit 65
old
r.csv
--- stderr
ipwsim: simulate: bad/neg_energy.jsonl:3:89: energy_j is negative: "-5"

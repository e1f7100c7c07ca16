# bad input: neg_energy.jsonl
cmd: $IPWSIM simulate bad/neg_energy.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/neg_energy.jsonl:3:89: energy_j is negative: "-5"

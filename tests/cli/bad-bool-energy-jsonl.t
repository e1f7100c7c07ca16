# bad input: bool_energy.jsonl
cmd: $IPWSIM simulate bad/bool_energy.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/bool_energy.jsonl:1:89: energy_j is a boolean, expected a number

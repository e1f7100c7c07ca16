# bad input: wrong_type.jsonl
cmd: $IPWSIM simulate bad/wrong_type.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/wrong_type.jsonl:1:89: energy_j is a string, expected a number: "12"

# --max-errors reports several bad records and still fails
cmd: $IPWSIM simulate --max-errors 10 bad/many_errors.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/many_errors.jsonl:1:89: energy_j is negative: "-1"
ipwsim: simulate: bad/many_errors.jsonl:2:107: tokens_in is negative: "-3"
ipwsim: simulate: bad/many_errors.jsonl:3:89: energy_j is a string, expected a number: "x"
ipwsim: simulate: 3 errors

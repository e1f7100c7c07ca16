# unknown oracle rule
cmd: $IPWSIM simulate --oracle best tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --oracle: "best" is not smallest, cheapest-energy, cheapest-cost or cheapest-compute (see 'ipwsim simulate --help')

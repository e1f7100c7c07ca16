# alpha outside [0,1]
cmd: $IPWSIM simulate --router paper:1.5 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --router: "paper:1.5": the argument must be a number in [0, 1] (see 'ipwsim simulate --help')

# PUE below 1
cmd: $IPWSIM simulate --cloud-pue 0.9 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --cloud-pue: "0.9" is not a number in [1, 10] (see 'ipwsim simulate --help')

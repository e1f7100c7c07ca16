# batch size below 1
cmd: $IPWSIM simulate --cloud-batch 0.5 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --cloud-batch: "0.5" is not a number in [1, 1e+06] (see 'ipwsim simulate --help')

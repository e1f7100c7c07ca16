# a negative price
cmd: $IPWSIM simulate --cost tco --cloud-kwh-usd -0.1 whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --cloud-kwh-usd: "-0.1" is not a number in [0, 1e+12] (see 'ipwsim simulate --help')

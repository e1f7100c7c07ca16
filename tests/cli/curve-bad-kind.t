# an unknown kind of curve
cmd: $IPWSIM curve coverage-time tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: curve: "coverage-time" is not a kind of curve (coverage-models, coverage-domain, savings-alpha, savings-batch, savings-utilization, savings-idle) (see 'ipwsim curve --help')

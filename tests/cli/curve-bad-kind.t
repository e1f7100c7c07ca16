# an unknown kind of curve
cmd: $IPWSIM curve no-such-kind tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: curve: "no-such-kind" is not a kind of curve (coverage-models, coverage-domain, coverage-time, pareto, savings-alpha, savings-batch, savings-utilization, savings-idle) (see 'ipwsim curve --help')

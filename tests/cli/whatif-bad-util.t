# utilization outside (0,1]
cmd: $IPWSIM simulate --cloud-utilization 0 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --cloud-utilization: must be above 0 (see 'ipwsim simulate --help')

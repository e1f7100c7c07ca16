# an unknown break-even parameter
cmd: $IPWSIM simulate --break-even pue whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --break-even: "pue" is not cloud-batch, cloud-utilization, local-idle-w, local-queries-per-day, cloud-kwh-usd or local-kwh-usd (see 'ipwsim simulate --help')

# dedicated local devices need queries per day
cmd: $IPWSIM simulate --local-mode dedicated --local-idle-w 5 whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --local-mode dedicated needs --local-queries-per-day (see 'ipwsim simulate --help')

# --cost tco without an electricity price
cmd: $IPWSIM simulate --cost tco whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --cost tco needs --local-kwh-usd (see 'ipwsim simulate --help')

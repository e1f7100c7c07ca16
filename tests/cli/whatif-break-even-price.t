# break-even in a price needs --cost tco and the cost metric
cmd: $IPWSIM simulate --break-even local-kwh-usd whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --break-even local-kwh-usd needs --cost tco and --break-even-metric cost (see 'ipwsim simulate --help')

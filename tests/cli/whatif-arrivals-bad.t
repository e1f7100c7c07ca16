# arrivals that go back in time
cmd: $IPWSIM simulate --curves curve-test.csv --arrivals bad/arrivals-backwards.csv whatif.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/arrivals-backwards.csv:3: arrived_at goes backwards (arrivals must be in time order)

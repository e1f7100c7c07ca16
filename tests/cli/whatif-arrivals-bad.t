# arrivals that go back in time
cmd: $IPWSIM simulate --curves curve-test.csv --arrivals bad/arrivals-backwards.csv whatif.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/arrivals-backwards.csv:3: arrived_at must be a nondecreasing time >= 0 and num_decode_tokens positive

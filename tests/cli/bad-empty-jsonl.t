# bad input: empty.jsonl
cmd: $IPWSIM simulate bad/empty.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/empty.jsonl: no records (empty input)

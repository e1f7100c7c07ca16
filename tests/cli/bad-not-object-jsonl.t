# bad input: not_object.jsonl
cmd: $IPWSIM simulate bad/not_object.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/not_object.jsonl:1:1: expected a JSON object

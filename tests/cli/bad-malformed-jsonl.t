# bad input: malformed.jsonl
cmd: $IPWSIM simulate bad/malformed.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/malformed.jsonl:2:55: malformed JSON: expected a member name in quotes

# bad input: blank_lines.jsonl
cmd: $IPWSIM simulate bad/blank_lines.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/blank_lines.jsonl: no records (empty input)

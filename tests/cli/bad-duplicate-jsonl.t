# bad input: duplicate.jsonl
cmd: $IPWSIM simulate bad/duplicate.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/duplicate.jsonl:3: duplicate record for query "q1" on "Qwen3-4B@Apple-M4-Max"

# bad input: no_correct.jsonl
cmd: $IPWSIM simulate bad/no_correct.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/no_correct.jsonl:1: correct is missing (give correct or score)

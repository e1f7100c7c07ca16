# bad input: no_correct.jsonl
cmd: $IPWSIM simulate bad/no_correct.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/no_correct.jsonl:1: correct is missing or null (give correct or score; --skip-unscored skips such records)

# bad input: huge_tokens.jsonl
cmd: $IPWSIM simulate bad/huge_tokens.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/huge_tokens.jsonl:2:107: tokens_in is not a finite number: "inf"

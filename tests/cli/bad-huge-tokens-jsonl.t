# bad input: huge_tokens.jsonl
cmd: $IPWSIM simulate bad/huge_tokens.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/huge_tokens.jsonl:1:142: warning: unknown field "tokens_x" (did you mean tokens_in?); ignored
ipwsim: simulate: bad/huge_tokens.jsonl:2:107: tokens_in is out of range: "1e999"

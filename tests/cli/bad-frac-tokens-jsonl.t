# bad input: frac_tokens.jsonl
cmd: $IPWSIM simulate bad/frac_tokens.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/frac_tokens.jsonl:1:124: tokens_out is not a whole number: "12.5"

# bad input: p_correct is a probability; above 1 is refused
cmd: $IPWSIM simulate bad/p-correct-range.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/p-correct-range.jsonl:1:80: p_correct is above 1 (a probability lies in 0..1): "1.5"

# bad input: score_out_of_range.jsonl
cmd: $IPWSIM simulate bad/score_out_of_range.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/score_out_of_range.jsonl:1:125: score is above 1 (a score lies in 0..1): "1.5"

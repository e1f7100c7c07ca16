# a bare NaN names its field and column (energy_j's value is byte 89)
cmd: $IPWSIM simulate bad/bare_nan.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/bare_nan.jsonl:1:89: malformed JSON: energy_j: NaN is not a JSON value (JSON has no NaN or infinity)

# bad input: missing_field.jsonl
cmd: $IPWSIM simulate bad/missing_field.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/missing_field.jsonl:2: energy_j is missing or null (--skip-unmeasured skips such records)

# an unknown preset
cmd: $IPWSIM simulate --preset critics whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --preset: "critics" is not a preset (paper) (see 'ipwsim simulate --help')

# an unknown preset
cmd: $IPWSIM simulate --preset critics whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --preset: no preset "critics" (the installed ones are in presets/ of the data directory; paper) (see 'ipwsim simulate --help')

# a calibration split that leaves no queries to fit on
cmd: $IPWSIM simulate --router domain --calib-frac 0 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --calib-frac 0 leaves no queries to fit the heuristics on (see 'ipwsim simulate --help')

# a calibration split that leaves no queries to score
cmd: $IPWSIM simulate --router length --calib-frac 1 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --calib-frac 1 leaves no queries to score the policies on (see 'ipwsim simulate --help')

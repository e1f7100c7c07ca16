# an accuracy outside [0, 1]
cmd: $IPWSIM synth --calibration bad/calib-accuracy-range.json --queries 10 -o $T/out.jsonl; ls $T
--- stdout
--- stderr
ipwsim: synth: bad/calib-accuracy-range.json:19:70: targets[0].value: is outside [0, 1]

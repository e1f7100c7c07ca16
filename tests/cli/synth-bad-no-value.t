# a target without a value
cmd: $IPWSIM synth --calibration bad/calib-no-value.json --queries 10 -o $T/out.jsonl; ls $T
--- stdout
--- stderr
ipwsim: synth: bad/calib-no-value.json:20:3: targets[1].value: is missing

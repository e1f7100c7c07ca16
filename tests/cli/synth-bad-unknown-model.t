# a configuration of a model the calibration does not have
cmd: $IPWSIM synth --calibration bad/calib-unknown-model.json --queries 10 -o $T/out.jsonl; ls $T
--- stdout
--- stderr
ipwsim: synth: bad/calib-unknown-model.json:31:13: configurations[2].model: is not a model of the file

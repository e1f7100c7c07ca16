# a constant without its source
cmd: $IPWSIM synth --calibration bad/calib-no-source.json --queries 10 -o $T/out.jsonl; ls $T
--- stdout
--- stderr
ipwsim: synth: bad/calib-no-source.json:30:33: configurations[1].energy_per_output_token_j: has no "source" text

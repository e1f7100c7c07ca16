# a model whose accuracy nothing determines (its target is missing)
cmd: $IPWSIM synth --calibration bad/calib-undetermined.json --queries 10 -o $T/out.jsonl; ls $T
--- stdout
--- stderr
ipwsim: synth: bad/calib-undetermined.json:15:3: models[1]: no fitted accuracy or reference target on chat, and no accuracy_profile_of with a fitted accuracy_mean

# a calibration that is not JSON
cmd: $IPWSIM synth --calibration bad/calib-malformed.json --queries 10 -o $T/out.jsonl; ls $T
--- stdout
--- stderr
ipwsim: synth: bad/calib-malformed.json:25:30: malformed JSON: tolerance: expected "," or "}"

# unknown keys in the other JSON inputs are warnings at their place, with
# the nearest key, and errors under --strict: a forecast's
# "querys_growth_per_year" (line 8; the real key is then missing too), a
# fit's "eta_bww" and a calibration's "noize" (line 12)
cmd: sed 's/"query_growth_per_year"/"querys_growth_per_year"/' forecast-test.json > $T/f.json; $IPWSIM curve savings-year --forecast $T/f.json tiny.jsonl > /dev/null 2> $T/err; echo "status $?"; sed "s|$T/||" $T/err; $IPWSIM curve savings-year --strict --forecast $T/f.json tiny.jsonl > /dev/null 2> $T/err; echo "status $?"; printf '{"accelerators": [{"name": "NVIDIA-H100", "eta_bw": 0.4, "eta_bww": 1, "eta_compute": 0.2,\n "step_overhead_s": 0.006, "power_floor_share": 0.3, "power_batch_scale": 70}]}\n' > $T/r.json; $IPWSIM simulate --batch-model roofline --cloud-batch 32 --roofline $T/r.json ../../traces/example.jsonl > /dev/null 2> $T/err; echo "status $?"; sed "s|$T/||" $T/err; sed 's/"noise"/"noize"/' synth/tiny.json > $T/c.json; $IPWSIM synth --calibration $T/c.json --queries 10 -o /dev/null 2> $T/err; echo "status $?"; sed "s|$T/||" $T/err
--- stdout
status 65
ipwsim: curve: f.json:8:29: warning: querys_growth_per_year: unknown key (did you mean query_growth_per_year?); ignored
ipwsim: curve: f.json:1:1: query_growth_per_year: is missing
status 65
status 0
ipwsim: simulate: r.json:1:69: warning: accelerators[0].eta_bww: unknown key (did you mean eta_bw?); ignored
status 65
ipwsim: synth: c.json:12:11: warning: noize: unknown key (did you mean noise?); ignored
ipwsim: synth: c.json:1:1: noise.energy_cv: is missing
--- stderr

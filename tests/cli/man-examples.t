# every one-line example (.Dl) of the man pages runs and succeeds, in a
# scratch directory (examples may write files) that links traces/, data/
# and tests/
cmd: top=$(cd ../.. && pwd); ln -s "$top/traces" $T/traces; ln -s "$top/data" $T/data; ln -s "$top/tests" $T/tests; cd $T && grep -h '^\.Dl ipwsim [a-z]' "$top"/man/*.1 | sed 's/^\.Dl ipwsim //' | while read -r args; do eval "\"\$IPWSIM\" $args" > /dev/null && echo "ok: ipwsim $args"; done
--- stdout
ok: ipwsim catalog --format csv | grep H200
ok: ipwsim catalog --template accelerator -o my-device.json
ok: ipwsim check traces/example.jsonl
ok: ipwsim convert --format csv -o run.csv tests/data/harness.jsonl
ok: ipwsim convert --map data/maps/harness-profiling.json tests/data/harness.jsonl
ok: ipwsim curve savings-alpha --svg alpha.svg traces/example.jsonl
ok: ipwsim curve savings-alpha --png alpha.png --plot alpha.pdf traces/example.jsonl
ok: ipwsim curve savings-year --years 10 --svg year.svg traces/example.jsonl
ok: ipwsim fit --validate
ok: ipwsim fit --predict tests/data/predict-rows.csv
ok: ipwsim fit --roofline --validate
ok: ipwsim reproduce --synth-queries 20000 --format csv
ok: ipwsim reproduce traces/example.jsonl
ok: ipwsim reproduce --explain
ok: ipwsim reproduce --synth-queries 20000 --explain=cloud-charge,cloud-energy-basis --tolerance 0.5
ok: ipwsim simulate traces/example.jsonl
ok: ipwsim simulate --router paper:0.8 --router cascade:0.8 --router domain --router size-cascade traces/example.jsonl
ok: ipwsim simulate --break-even cloud-batch traces/example.jsonl
ok: ipwsim simulate --preset paper --cloud-utilization 0.5 --cloud-idle-w 1000 --cloud-pue 1.2 traces/example.jsonl
ok: ipwsim sweep traces/sweep-example.json -o grid.csv
ok: ipwsim synth --queries 2000 --report report.csv -o synth.jsonl
ok: ipwsim synth --queries 2000 --mix wildchat=1,natural_reasoning=1 --format csv -o synth.csv
ok: ipwsim simulate traces/example.jsonl
--- stderr
ipwsim: convert: tests/data/harness.jsonl: note: harness correctness from evaluation.is_correct in 0 records, from lm_correctness in 4 (no evaluation.is_correct: the run may not have been analysed, and lm_correctness defaults to false)
ipwsim: reproduce: no trace given: on the synthetic trace (ipwsim synth --queries 20000 --seed 1), calibrated by ipw-2511.07885.json
ipwsim: reproduce: cloud batch 256: not computed: batch size 256 is outside the measured range 7.99 to 228 of the Qwen3-235B-A22B@NVIDIA-H100 curve (no extrapolation)
ipwsim: reproduce: cloud batch 256: not computed: batch size 256 is outside the measured range 7.99 to 228 of the Qwen3-235B-A22B@NVIDIA-H100 curve (no extrapolation)
ipwsim: reproduce: no trace given: on the synthetic trace (ipwsim synth --queries 100000 --seed 1), calibrated by ipw-2511.07885.json
ipwsim: reproduce: cloud batch 256: not computed: batch size 256 is outside the measured range 7.99 to 228 of the Qwen3-235B-A22B@NVIDIA-H100 curve (no extrapolation)
ipwsim: reproduce: no trace given: on the synthetic trace (ipwsim synth --queries 20000 --seed 1), calibrated by ipw-2511.07885.json
ipwsim: reproduce: cloud batch 256: not computed: batch size 256 is outside the measured range 7.99 to 228 of the Qwen3-235B-A22B@NVIDIA-H100 curve (no extrapolation)
ipwsim: synth: 2000 queries x 6 configurations, seed 1; 36 fitted targets: 36 within 0.01 in expectation, 17 realised
ipwsim: synth: best-of-local 88.4% over the fit's local models, 87.1% over the local configurations written (--configs all writes every one)
ipwsim: synth: 2000 queries x 6 configurations, seed 1; 36 fitted targets: 36 within 0.01 in expectation, 16 realised

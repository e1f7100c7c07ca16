# Each accounting hypothesis on a hand-made trace (one local model, the
# cloud measured at batch 4; the oracle keeps q1 and q3 local). By hand:
# energy: baseline 20+60+10 = 90 J, oracle 10+60+5 = 75 J: 1-75/90.
#   step: cloud x4: 1 - (10+240+5)/360 = 0.291667
#   per-query: every cloud query 30 J: 1 - (10+30+5)/90 = 0.5
#   step and per-query: 1 - (10+120+5)/360 = 0.625
#   measured on the H100: cloud x 3350/4800 (TDPs equal): 1 - 56.875/62.8125
# cost (USD per 1M tokens: 8B 0.035/0.138, 235B 0.22/0.88):
#   both: baseline 110+308+55 = 473e-6, oracle 17.3+308+8.65: 0.293975
#   output: 1 - (13.8+264+6.9)/(88+264+44) = 0.281061
#   output-rate: 1 - (27.6+440+13.8)/(176+440+88) = 0.316193
cmd: for o in "" "--cloud-charge step" "--cloud-energy-basis per-query" "--cloud-charge step --cloud-energy-basis per-query" "--cloud-measured-on NVIDIA-H100" "--token-pricing output" "--token-pricing output-rate"; do printf '%s: ' "${o:-defaults}"; $IPWSIM simulate --bootstrap 0 --format csv $o hypotheses.jsonl | awk -F, '$1 == "oracle" && $2 == "all" { printf "energy %.6f cost %.6f\n", $19, $25 }'; done
--- stdout
defaults: energy 0.166667 cost 0.293975
--cloud-charge step: energy 0.291667 cost 0.293975
--cloud-energy-basis per-query: energy 0.500000 cost 0.293975
--cloud-charge step --cloud-energy-basis per-query: energy 0.625000 cost 0.293975
--cloud-measured-on NVIDIA-H100: energy 0.094527 cost 0.293975
--token-pricing output: energy 0.166667 cost 0.281061
--token-pricing output-rate: energy 0.166667 cost 0.316193
--- stderr

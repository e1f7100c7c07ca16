# The verdict's words follow from the numbers, on tests/data/hypotheses.jsonl
# (no bootstrap: only the tolerance decides). By hand: the oracle keeps q1
# and q3 local: energy 1 - 75/90 = 16.7% (80.4: 63.7 below), compute
# 1 - (1.64e10 x 300 + 4.7e11 x 500)/(4.7e11 x 800) = 36.2% (77.3: 41.1
# below), cost 29.4% (73.8: 44.4 below); the paper router at A realises a
# share A of that: 13.3 / 29.0 / 23.5% at 80% (51.0, 32.8, 35.5 below),
# 10.0 / 21.7 / 17.6% at 60% (38.4, 25.0, 26.9 below); local share 2/3
# (14.0 below). Within 50 points: all but the two energy misses over 50:
# 8 of 10. Then the oracle's energy line at 63.6 points (no) and 63.8
# (yes): the 63.73-point miss sits between them.
cmd: $IPWSIM reproduce --quiet --bootstrap 0 --cloud-batch 4 --tolerance 50 hypotheses.jsonl | sed -n '1p;3,9p'; for t in 63.6 63.8; do $IPWSIM reproduce --quiet --bootstrap 0 --cloud-batch 4 --tolerance $t hypotheses.jsonl | sed -n '6s/; compute.*//p'; done
--- stdout
verdict: 8 of 10 Figure-4 numbers reproduced (within 50 points, or the paper's value inside the bootstrap 95% interval)
  local pool Qwen3-8B@Apple-M4-Max; cloud Qwen3-235B-A22B@NVIDIA-H200 at batch 4
  energy provenance: cloud-only source: unstated 100.0%; scope: unstated 100.0% | oracle source: unstated 100.0%; scope: unstated 100.0%
  model interval: none: nothing here is moved by a model: every energy is as the trace gives it (its provenance line says how the trace obtained it)
  oracle     energy 16.7% (paper 80.4%): no, 63.7 below; compute 36.2% (paper 77.3%): yes, 41.1 below; cost 29.4% (paper 73.8%): yes, 44.4 below; quality 100.0%
  paper:0.8  energy 13.3% (paper 64.3%): no, 51.0 below; compute 29.0% (paper 61.8%): yes, 32.8 below; cost 23.5% (paper 59.0%): yes, 35.5 below; quality 100.0%
  paper:0.6  energy 10.0% (paper 48.4%): yes, 38.4 below; compute 21.7% (paper 46.7%): yes, 25.0 below; cost 17.6% (paper 44.5%): yes, 26.9 below; quality 100.0%
  oracle local share 66.7% (paper 80.7%): yes, 14.0 below; cloud-only quality 100.0%
  oracle     energy 16.7% (paper 80.4%): no, 63.7 below
  oracle     energy 16.7% (paper 80.4%): yes, 63.7 below
--- stderr

# pareto with single-model pools only (see curve-pareto-hand.t for the
# sums): {8B} at 38 J and 0.8 beats cloud-only (90 J, 0.8) but not {4B}
# (49 J, 1.0); the frontier is {8B} then {4B}, in increasing energy.
cmd: $IPWSIM curve pareto --max-subset 1 --format csv tiny.jsonl
--- stdout
kind,series,x,label,y
pareto,cloud-only,90,cloud only,0.8
pareto,oracle,49,Qwen3-4B@Apple-M4-Max,1
pareto,oracle,38,Qwen3-8B@Apple-M4-Max,0.8
pareto,frontier,38,oracle: Qwen3-8B@Apple-M4-Max,0.8
pareto,frontier,49,oracle: Qwen3-4B@Apple-M4-Max,1
--- stderr

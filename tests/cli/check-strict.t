# --strict fails on warnings
cmd: $IPWSIM check --strict --format csv harness.jsonl
status: 65
--- stdout
config,records,missing,quality,energy_per_query_j,power_mean_w,tokens_in_mean,tokens_out_mean,warnings,energy_source,energy_scope
Qwen3-8B@Apple M4 Max,2,0,0.5,90.25,44.1,10.5,60,0,measured,accelerator
Qwen3-235B-A22B@NVIDIA H200,2,0,1,305,300,10.5,68.5,1,measured,accelerator
--- stderr
ipwsim: check: 1 warning (--strict)

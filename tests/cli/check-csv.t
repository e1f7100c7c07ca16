# check as CSV
cmd: $IPWSIM check --format csv tiny.jsonl
--- stdout
config,records,missing,quality,energy_per_query_j,power_mean_w,tokens_in_mean,tokens_out_mean,warnings,energy_source,energy_scope
Qwen3-4B@Apple-M4-Max,5,0,0.6,13,,26,124,0,unstated,unstated
Qwen3-8B@Apple-M4-Max,5,0,0.6,17,,26,124,0,unstated,unstated
Qwen3-235B-A22B@NVIDIA-H200,5,0,0.8,90,,26,124,0,unstated,unstated
--- stderr

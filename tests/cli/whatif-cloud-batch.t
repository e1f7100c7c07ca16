# the cloud moved from batch 16 to 64 along the measured H100 curve (standing in for H200), said in the report
cmd: $IPWSIM simulate --cloud-batch 64 --bootstrap 0 ../../traces/example.jsonl | head -13
--- stdout
queries: 24
cloud: Qwen3-235B-A22B@NVIDIA-H200x8
local: Qwen3-4B@Apple-M4-Max, Qwen3-8B@Apple-M4-Max, Qwen3-14B@Apple-M4-Max, GPT-OSS-20B@Apple-M4-Max
oracle: smallest
flops_params: total
rng: mt19937, seed 1; Monte Carlo 200 replicates; bootstrap 0 replicates
whatif: cloud utilization 1, host overhead 0, PUE 1; local measured, PUE 1
accounting: cloud charge share, cloud energy basis measured, cloud measured on its own accelerator, token pricing both
batch Qwen3-235B-A22B@NVIDIA-H200x8: 16 -> 64 along the measured curve of Qwen/Qwen3-235B-A22B-Instruct-2507 on 8xNVIDIA-H100 bfloat16 (H100 curve standing in for H200): energy x0.4623, latency x1.59

policy                     local   cloud  quality  gap_rec  energy_sav [95% CI]          compute_sav             cost_sav
cloud-only                  0.0%  100.0%    87.5%        1    0.0%                 0.0%                 0.0%             
oracle                     79.2%   20.8%    95.8%      1.4   42.1%                59.4%                54.4%             
--- stderr

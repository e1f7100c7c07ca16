# the cloud moved along the fitted model (H100 fit for the H200)
cmd: $IPWSIM simulate --batch-model parametric --cloud-batch 64 --bootstrap 0 ../../traces/example.jsonl | sed -n '9p;13,14p'
--- stdout
batch Qwen3-235B-A22B@NVIDIA-H200: 16 -> 64 along parametric model (NVIDIA-H100 fit with the H200's own bandwidth and TDP; 4 devices, BF16 assumed): energy x0.5442, latency x1.419
oracle                     79.2%   20.8%    95.8%      1.4   45.0%                59.4%                54.4%             

--- stderr

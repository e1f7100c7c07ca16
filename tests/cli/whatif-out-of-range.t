# no extrapolation beyond the measured batch sizes
cmd: $IPWSIM simulate --cloud-batch 1000 whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: batch size 1000 is outside the measured range 7.99 to 228 of the Qwen3-235B-A22B@NVIDIA-H100 curve (no extrapolation) (see 'ipwsim simulate --help')

# a configuration not in the trace
cmd: $IPWSIM simulate --cloud Qwen3-235B-A22B@NVIDIA-B200 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: configuration "Qwen3-235B-A22B@NVIDIA-B200" is not in the trace; it has: Qwen3-4B@Apple-M4-Max, Qwen3-8B@Apple-M4-Max, Qwen3-235B-A22B@NVIDIA-H200 (see 'ipwsim simulate --help')

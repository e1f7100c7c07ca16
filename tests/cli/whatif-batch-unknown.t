# a per-configuration batch size for a configuration outside the pool
cmd: $IPWSIM simulate --batch Qwen3-32B@NVIDIA-B200=4 whatif.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --batch Qwen3-32B@NVIDIA-B200: not a configuration of the pool (see 'ipwsim simulate --help')

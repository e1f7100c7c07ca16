# utilization below 1 needs latency
cmd: $IPWSIM simulate --cloud-utilization 0.5 --cloud-idle-w 500 tiny.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: tiny.jsonl:3: Qwen3-235B-A22B@NVIDIA-H200 has no latency_s, needed for --cloud-utilization

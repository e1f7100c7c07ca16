# no measured curve for a local device
cmd: $IPWSIM simulate --local-batch 8 whatif.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: no measured batch curve for Qwen3-4B@Apple-M4-Max, needed to move it from batch 1 to 8

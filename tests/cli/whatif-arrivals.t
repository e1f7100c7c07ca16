# the cloud's batch and utilization from request arrivals (hand values in tests/unit/test_whatif.c)
cmd: $IPWSIM simulate --curves curve-test.csv --arrivals arrivals.csv --cloud-idle-w 640 --bootstrap 0 whatif.jsonl | sed -n '/^arrivals/p;/^batch/p'
--- stdout
arrivals: arrivals.csv: 5 requests at 0.4/s: mean batch 2.5, utilization 0.2849
batch Qwen3-235B-A22B@NVIDIA-H200: 16 -> 2.5 along the measured curve of test curve on 8xNVIDIA-H200 bfloat16: energy x3.017, latency x0.4152
--- stderr

# without --cloud-idle-w the catalog's idle power is used, one device's
# times the replica's devices, and the report names it with its basis.
# By hand, u = 0.5 charges (1 - u) / u = 1 idle second per busy one, a
# query holding the replica latency / batch: w1 300 + 80.3 x 2 / 16 =
# 310.0375 J, w2 200 + 80.3 x 4 / 16 = 220.075 J, cloud-only 530.1125 J;
# as 8 devices (accelerators 8): 300 + 642.4 x 2 / 16 = 380.3 and 200 +
# 642.4 x 4 / 16 = 360.6, 740.9 J.
cmd: S="$IPWSIM simulate --bootstrap 0 --cloud-utilization 0.5"; $S --format csv whatif.jsonl | awk -F, '$1 == "cloud-only" && $2 == "all" { printf "%.10g\n", $7 }'; $S whatif.jsonl | grep "^idle"; sed 's/"batch_size": 16/"batch_size": 16, "accelerators": 8/' whatif.jsonl > $T/w8.jsonl; $S --format csv $T/w8.jsonl | awk -F, '$1 == "cloud-only" && $2 == "all" { printf "%.10g\n", $7 }'; $S --format json $T/w8.jsonl | grep -o '"idle_power":[[:space:]]*"[^(]*' | tr -d '\t' | sort -u
--- stdout
530.1125
idle Qwen3-235B-A22B@NVIDIA-H200: 80.3 W = 1 x 80.3 W a device, the catalog's (measured: Serial Alice, GPU Energy Benchmark (api.serialalice.pt/alice-benchmark, June 2026): NVIDIA H200 SXM 141 GB read by NVML in a Phala confidential VM, 80.3 W idle against 592.8 W under a vLLM load)
740.9
"idle_power":"642.4 W = 8 x 80.3 W a device, the catalog's 
--- stderr

# utilization, idle power, host overhead, PUE, local marginal mode and carbon; CSV
cmd: $IPWSIM simulate --cloud-utilization 0.5 --cloud-idle-w 640 --cloud-host-overhead 0.25 --cloud-pue 1.2 --local-mode marginal --local-idle-w 4 --cloud-grid 360 --local-grid 360 --bootstrap 0 --format csv whatif.jsonl | cut -d, -f1,2,7,44,45
--- stdout
policy,served_by,energy_j,carbon_kg,carbon_saving
cloud-only,all,1110,0.000111,0
cloud-only,Qwen3-4B@Apple-M4-Max,0,0,
cloud-only,Qwen3-235B-A22B@NVIDIA-H200,1110,0.000111,
oracle,all,600,6e-05,0.4594594595
oracle,Qwen3-4B@Apple-M4-Max,60,6e-06,
oracle,Qwen3-235B-A22B@NVIDIA-H200,540,5.4e-05,
--- stderr

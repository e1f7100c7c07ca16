# --oracle cheapest-energy sends q5 to the 8B model (hand values in test_route.c)
cmd: $IPWSIM simulate --oracle cheapest-energy --format csv tiny.jsonl | head -6
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,local_share,energy_saving,compute_saving,cost_saving
cloud-only,all,all,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,0,0,0,0
cloud-only,Qwen3-4B@Apple-M4-Max,local,0,0,,0,0,,0,0,,,,,
cloud-only,Qwen3-8B@Apple-M4-Max,local,0,0,,0,0,,0,0,,,,,
cloud-only,Qwen3-235B-A22B@NVIDIA-H200,cloud,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,,,,
oracle,all,all,5,1,1,135,3.75e-05,27,1.467e+14,0.00026241,,0.8,0.7,0.5838297872,0.5429989551
--- stderr

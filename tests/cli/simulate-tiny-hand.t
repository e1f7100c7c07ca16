# The tiny trace's totals, worked out by hand (see tests/unit/test_route.c
# for the arithmetic), not copied from the program: smallest oracle sends
# q1, q4, q5 to Qwen3-4B, q2 to Qwen3-8B, q3 to the cloud.
cmd: $IPWSIM simulate --format csv tiny.jsonl
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,local_share,energy_saving,compute_saving,cost_saving
cloud-only,all,all,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,0,0,0,0
cloud-only,Qwen3-4B@Apple-M4-Max,local,0,0,,0,0,,0,0,,,,,
cloud-only,Qwen3-8B@Apple-M4-Max,local,0,0,,0,0,,0,0,,,,,
cloud-only,Qwen3-235B-A22B@NVIDIA-H200,cloud,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,,,,
oracle,all,all,5,1,1,150,4.166666667e-05,30,1.4628e+14,0.00025654,,0.8,0.6666666667,0.5850212766,0.5532218739
oracle,Qwen3-4B@Apple-M4-Max,local,3,0.6,1,45,1.25e-05,15,2e+12,0,,,,,
oracle,Qwen3-8B@Apple-M4-Max,local,1,0.2,1,25,6.944444444e-06,25,3.28e+12,2.554e-05,,,,,
oracle,Qwen3-235B-A22B@NVIDIA-H200,cloud,1,0.2,1,80,2.222222222e-05,80,1.41e+14,0.000231,,,,,
--- stderr

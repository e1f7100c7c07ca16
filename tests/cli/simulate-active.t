# --flops-params active: cloud FLOPs 44e9 x 750 = 3.3e13
cmd: $IPWSIM simulate --flops-params active --format csv tiny.jsonl | head -2
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,local_share,energy_saving,compute_saving,cost_saving
cloud-only,all,all,5,1,0.8,450,0.000125,90,3.3e+13,0.0005742,,0,0,0,0
--- stderr

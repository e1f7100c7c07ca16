# --drop-incomplete leaves it out and says so
cmd: $IPWSIM simulate --drop-incomplete --format csv bad/no_cloud.jsonl | head -2
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,local_share,energy_saving,compute_saving,cost_saving
cloud-only,all,all,1,1,1,10.5,2.916666667e-06,10.5,2.444e+13,3.784e-05,,0,0,0,0
--- stderr
ipwsim: simulate: dropped 1 of 2 queries with no record for the cloud configuration

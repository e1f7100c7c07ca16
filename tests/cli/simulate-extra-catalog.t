# --catalog adds the missing model
cmd: $IPWSIM simulate --catalog extra-catalog.json --local MysteryLM-7B@Apple-M4-Max --format csv bad/unknown_model.jsonl | head -2
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,local_share,energy_saving,compute_saving,cost_saving
cloud-only,all,all,1,1,1,10.5,2.916666667e-06,10.5,2.444e+13,3.784e-05,,0,0,0,0
--- stderr

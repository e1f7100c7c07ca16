# - reads standard input, here zstd-compressed
cmd: cat tiny.csv.zst | $IPWSIM simulate --format csv - | head -2
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,local_share,energy_saving,compute_saving,cost_saving
cloud-only,all,all,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,0,0,0,0
--- stderr

# -o writes the report and nothing else
cmd: $IPWSIM simulate --format csv -o $T/r.csv tiny.jsonl && head -1 $T/r.csv && ls $T
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,local_share,energy_saving,compute_saving,cost_saving
r.csv
--- stderr

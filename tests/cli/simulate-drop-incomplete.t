# --drop-incomplete leaves it out and says so
cmd: $IPWSIM simulate --drop-incomplete --format csv bad/no_cloud.jsonl | head -2
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,latency_p95_s,local_share,cloud_calls,waste_energy_j,waste_cost_usd,quality_gap_recovered,energy_saving,energy_saving_lo,energy_saving_hi,compute_saving,compute_saving_lo,compute_saving_hi,cost_saving,cost_saving_lo,cost_saving_hi,mc_replicates,mc_energy_saving,mc_energy_saving_lo,mc_energy_saving_hi,mc_compute_saving,mc_compute_saving_lo,mc_compute_saving_hi,mc_cost_saving,mc_cost_saving_lo,mc_cost_saving_hi,mc_quality,mc_quality_lo,mc_quality_hi,mc_local_share,mc_local_share_lo,mc_local_share_hi,carbon_kg,carbon_saving,energy_measured_share,energy_estimated_share,energy_modelled_share,energy_assumed_share,energy_unstated_source_share,scope_accelerator_share,scope_package_share,scope_system_share,scope_wall_share,scope_unstated_share,energy_saving_model_lo,energy_saving_model_hi,batch_move
cloud-only,all,all,1,1,1,10.5,2.916666667e-06,10.5,2.444e+13,3.784e-05,,,0,1,0,0,,0,0,0,0,0,0,0,0,0,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
--- stderr
ipwsim: simulate: dropped 1 of 2 queries with no record for the cloud configuration

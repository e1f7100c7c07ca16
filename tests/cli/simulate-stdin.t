# - reads standard input, here zstd-compressed
cmd: cat tiny.csv.zst | $IPWSIM simulate --format csv - | head -2
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,latency_p95_s,local_share,cloud_calls,waste_energy_j,waste_cost_usd,quality_gap_recovered,energy_saving,energy_saving_lo,energy_saving_hi,compute_saving,compute_saving_lo,compute_saving_hi,cost_saving,cost_saving_lo,cost_saving_hi,mc_replicates,mc_energy_saving,mc_energy_saving_lo,mc_energy_saving_hi,mc_compute_saving,mc_compute_saving_lo,mc_compute_saving_hi,mc_cost_saving,mc_cost_saving_lo,mc_cost_saving_hi,mc_quality,mc_quality_lo,mc_quality_hi,mc_local_share,mc_local_share_lo,mc_local_share_hi,carbon_kg,carbon_saving,energy_measured_share,energy_estimated_share,energy_modelled_share,energy_assumed_share,energy_unstated_source_share,scope_accelerator_share,scope_package_share,scope_system_share,scope_wall_share,scope_unstated_share,energy_saving_model_lo,energy_saving_model_hi,batch_move
cloud-only,all,all,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,,0,1,0,0,1,0,0,0,0,0,0,0,0,0,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
--- stderr

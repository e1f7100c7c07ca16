# explicit pool named through catalog aliases
cmd: $IPWSIM simulate --cloud Qwen/Qwen3-235B-A22B@NVIDIA-H200 --local qwen3-8b@Apple-M4-Max --format csv tiny.jsonl
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,latency_p95_s,local_share,cloud_calls,waste_energy_j,waste_cost_usd,quality_gap_recovered,energy_saving,energy_saving_lo,energy_saving_hi,compute_saving,compute_saving_lo,compute_saving_hi,cost_saving,cost_saving_lo,cost_saving_hi,mc_replicates,mc_energy_saving,mc_energy_saving_lo,mc_energy_saving_hi,mc_compute_saving,mc_compute_saving_lo,mc_compute_saving_hi,mc_cost_saving,mc_cost_saving_lo,mc_cost_saving_hi,mc_quality,mc_quality_lo,mc_quality_hi,mc_local_share,mc_local_share_lo,mc_local_share_hi,carbon_kg,carbon_saving,energy_measured_share,energy_estimated_share,energy_modelled_share,energy_assumed_share,energy_unstated_source_share,scope_accelerator_share,scope_package_share,scope_system_share,scope_wall_share,scope_unstated_share,energy_saving_model_lo,energy_saving_model_hi,batch_move
cloud-only,all,all,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,,0,1,0,0,1,0,0,0,0,0,0,0,0,0,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
cloud-only,Qwen3-8B@Apple-M4-Max,local,0,0,,0,0,,0,0,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
cloud-only,Qwen3-235B-A22B@NVIDIA-H200,cloud,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
oracle,all,all,5,1,0.8,190,5.277777778e-05,38,1.9374e+14,0.00033678,,,0.6,0.4,0,0,1,0.5777777778,0,0.85,0.4503829787,0,0.9651063844,0.4134796238,0,0.8431204012,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
oracle,Qwen3-8B@Apple-M4-Max,local,3,0.6,1,60,1.666666667e-05,20,5.74e+12,4.418e-05,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
oracle,Qwen3-235B-A22B@NVIDIA-H200,cloud,2,0.4,0.5,130,3.611111111e-05,65,1.88e+14,0.0002926,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
--- stderr

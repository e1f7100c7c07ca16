# The tiny trace's totals, worked out by hand (see tests/unit/test_route.c
# for the arithmetic), not copied from the program: smallest oracle sends
# q1, q4, q5 to Qwen3-4B, q2 to Qwen3-8B, q3 to the cloud. The best single
# local model is right on 3 of 5, the cloud on 4, the oracle on 5: the
# oracle recovers (1 - 0.6) / (0.8 - 0.6) = 2 of the quality gap.
cmd: $IPWSIM simulate --bootstrap 0 --format csv tiny.jsonl
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,latency_p95_s,local_share,cloud_calls,waste_energy_j,waste_cost_usd,quality_gap_recovered,energy_saving,energy_saving_lo,energy_saving_hi,compute_saving,compute_saving_lo,compute_saving_hi,cost_saving,cost_saving_lo,cost_saving_hi,mc_replicates,mc_energy_saving,mc_energy_saving_lo,mc_energy_saving_hi,mc_compute_saving,mc_compute_saving_lo,mc_compute_saving_hi,mc_cost_saving,mc_cost_saving_lo,mc_cost_saving_hi,mc_quality,mc_quality_lo,mc_quality_hi,mc_local_share,mc_local_share_lo,mc_local_share_hi,carbon_kg,carbon_saving,energy_measured_share,energy_estimated_share,energy_modelled_share,energy_assumed_share,energy_unstated_source_share,scope_accelerator_share,scope_package_share,scope_system_share,scope_wall_share,scope_unstated_share,energy_saving_model_lo,energy_saving_model_hi,batch_move
cloud-only,all,all,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,,0,1,0,0,1,0,,,0,,,0,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
cloud-only,Qwen3-4B@Apple-M4-Max,local,0,0,,0,0,,0,0,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
cloud-only,Qwen3-8B@Apple-M4-Max,local,0,0,,0,0,,0,0,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
cloud-only,Qwen3-235B-A22B@NVIDIA-H200,cloud,5,1,0.8,450,0.000125,90,3.525e+14,0.0005742,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
oracle,all,all,5,1,1,150,4.166666667e-05,30,1.4628e+14,0.00025654,,,0.8,0.2,0,0,2,0.6666666667,,,0.5850212766,,,0.5532218739,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
oracle,Qwen3-4B@Apple-M4-Max,local,3,0.6,1,45,1.25e-05,15,2e+12,0,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
oracle,Qwen3-8B@Apple-M4-Max,local,1,0.2,1,25,6.944444444e-06,25,3.28e+12,2.554e-05,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
oracle,Qwen3-235B-A22B@NVIDIA-H200,cloud,1,0.2,1,80,2.222222222e-05,80,1.41e+14,0.000231,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,0,0,0,0,1,0,0,0,0,1,,,
--- stderr

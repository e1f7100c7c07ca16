# IPW harness ProfilingRecord lines, pool named by catalog names
cmd: $IPWSIM simulate --cloud Qwen3-235B-A22B@NVIDIA-H200 --local Qwen3-8B@Apple-M4-Max --format csv harness.jsonl
--- stdout
policy,served_by,tier,queries,share,quality,energy_j,energy_kwh,energy_per_query_j,flops,cost_usd,latency_mean_s,latency_p95_s,local_share,cloud_calls,waste_energy_j,waste_cost_usd,quality_gap_recovered,energy_saving,energy_saving_lo,energy_saving_hi,compute_saving,compute_saving_lo,compute_saving_hi,cost_saving,cost_saving_lo,cost_saving_hi,mc_replicates,mc_energy_saving,mc_energy_saving_lo,mc_energy_saving_hi,mc_compute_saving,mc_compute_saving_lo,mc_compute_saving_hi,mc_cost_saving,mc_cost_saving_lo,mc_cost_saving_hi,mc_quality,mc_quality_lo,mc_quality_hi,mc_local_share,mc_local_share_lo,mc_local_share_hi,carbon_kg,carbon_saving,energy_measured_share,energy_estimated_share,energy_modelled_share,energy_assumed_share,energy_unstated_source_share,scope_accelerator_share,scope_package_share,scope_system_share,scope_wall_share,scope_unstated_share,energy_saving_model_lo,energy_saving_model_hi,batch_move
cloud-only,all,all,2,1,1,610,0.0001694444444,305,6.897e+13,0.00013894,1,1.251953125,0,1,0,0,1,0,0,0,0,0,0,0,0,0,,,,,,,,,,,,,,,,,,,1,0,0,0,0,1,0,0,0,0,,,
cloud-only,Qwen3-8B@Apple M4 Max,local,0,0,,0,0,,0,0,,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
cloud-only,Qwen3-235B-A22B@NVIDIA H200,cloud,2,1,1,610,0.0001694444444,305,6.897e+13,0.00013894,1,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,0,0,0,0,1,0,0,0,0,,,
oracle,all,all,2,1,1,330.5,9.180555556e-05,165.25,2.54788e+13,5.04e-05,1.625,2.50390625,0.5,0.5,0,0,1,0.4581967213,0,0.69875,0.6305814122,0,0.9664711123,0.6372534907,0,0.8853999994,,,,,,,,,,,,,,,,,,,1,0,0,0,0,1,0,0,0,0,,,
oracle,Qwen3-8B@Apple M4 Max,local,1,0.5,1,120.5,3.347222222e-05,120.5,1.5088e+12,1.146e-05,2.5,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,0,0,0,0,1,0,0,0,0,,,
oracle,Qwen3-235B-A22B@NVIDIA H200,cloud,1,0.5,1,210,5.833333333e-05,210,2.397e+13,3.894e-05,0.75,,,,0,0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1,0,0,0,0,1,0,0,0,0,,,
--- stderr
ipwsim: simulate: harness.jsonl: note: harness correctness from evaluation.is_correct in 0 records, from lm_correctness in 4 (no evaluation.is_correct: the run may not have been analysed, and lm_correctness defaults to false)

# Each policy's energy by source and scope (simulate CSV, the last ten
# columns), by hand on prov-mixed.jsonl: q1 local 10 J measured/package,
# cloud 100 J measured/accelerator; q2 local (wrong) 20 J
# estimated/package, cloud 200 J stating nothing.
#   cloud-only 300 J: measured 100 (1/3), unstated 200 (2/3); scope
#     accelerator 1/3, unstated 2/3.
#   oracle: q1 local 10 J, q2 cloud 200 J, 210 J: measured 10/210 =
#     0.0476190, unstated 0.952381; package 10/210, unstated 200/210.
# With --cloud-host 0.2 --cloud-pue 1.5 a cloud cell e costs
# e x 1.2 x 1.5 = 1.8 e: the e as measured keeps its source, 0.8 e is
# modelled; by scope e the cell's, 0.2 e system, 1.2 e x 0.5 = 0.6 e wall.
#   cloud-only 180 + 360 = 540 J: measured 100/540 = 0.185185, modelled
#     (80 + 160)/540 = 0.444444, unstated 200/540 = 0.370370; scope
#     accelerator 100/540, system 60/540 = 0.111111, wall 180/540 =
#     0.333333, unstated 200/540.
#   oracle 10 + 360 = 370 J: measured 10/370 = 0.0270270, modelled
#     160/370 = 0.432432, unstated 200/370 = 0.540541; package 10/370,
#     system 40/370 = 0.108108, wall 120/370 = 0.324324.
# The table's line gives the shares that are not zero.
cmd: $IPWSIM simulate --bootstrap 0 --format csv prov-mixed.jsonl | cut -d, -f1,2,7,46-; $IPWSIM simulate --bootstrap 0 --format csv --cloud-host 0.2 --cloud-pue 1.5 prov-mixed.jsonl | cut -d, -f1,2,7,46-; $IPWSIM simulate --bootstrap 0 --cloud-host 0.2 --cloud-pue 1.5 prov-mixed.jsonl | grep provenance
--- stdout
policy,served_by,energy_j,energy_measured_share,energy_estimated_share,energy_modelled_share,energy_assumed_share,energy_unstated_source_share,scope_accelerator_share,scope_package_share,scope_system_share,scope_wall_share,scope_unstated_share,energy_saving_model_lo,energy_saving_model_hi,batch_move
cloud-only,all,300,0.3333333333,0,0,0,0.6666666667,0.3333333333,0,0,0,0.6666666667,,,
cloud-only,Qwen3-8B@Apple-M4-Max,0,,,,,,,,,,,,,
cloud-only,Qwen3-235B-A22B@NVIDIA-H200,300,0.3333333333,0,0,0,0.6666666667,0.3333333333,0,0,0,0.6666666667,,,
oracle,all,210,0.04761904762,0,0,0,0.9523809524,0,0.04761904762,0,0,0.9523809524,,,
oracle,Qwen3-8B@Apple-M4-Max,10,1,0,0,0,0,0,1,0,0,0,,,
oracle,Qwen3-235B-A22B@NVIDIA-H200,200,0,0,0,0,1,0,0,0,0,1,,,
policy,served_by,energy_j,energy_measured_share,energy_estimated_share,energy_modelled_share,energy_assumed_share,energy_unstated_source_share,scope_accelerator_share,scope_package_share,scope_system_share,scope_wall_share,scope_unstated_share,energy_saving_model_lo,energy_saving_model_hi,batch_move
cloud-only,all,540,0.1851851852,0,0.4444444444,0,0.3703703704,0.1851851852,0,0.1111111111,0.3333333333,0.3703703704,,,
cloud-only,Qwen3-8B@Apple-M4-Max,0,,,,,,,,,,,,,
cloud-only,Qwen3-235B-A22B@NVIDIA-H200,540,0.1851851852,0,0.4444444444,0,0.3703703704,0.1851851852,0,0.1111111111,0.3333333333,0.3703703704,,,
oracle,all,370,0.02702702703,0,0.4324324324,0,0.5405405405,0,0.02702702703,0.1081081081,0.3243243243,0.5405405405,,,
oracle,Qwen3-8B@Apple-M4-Max,10,1,0,0,0,0,0,1,0,0,0,,,
oracle,Qwen3-235B-A22B@NVIDIA-H200,360,0,0,0.4444444444,0,0.5555555556,0,0,0.1111111111,0.3333333333,0.5555555556,,,
  energy provenance                  source: measured 18.5%, modelled 44.4%, unstated 37.0%; scope: accelerator 18.5%, system 11.1%, wall 33.3%, unstated 37.0%
  energy provenance                  source: measured 2.7%, modelled 43.2%, unstated 54.1%; scope: package 2.7%, system 10.8%, wall 32.4%, unstated 54.1%
--- stderr

# fit --predict on ML.ENERGY-format rows: two of a measured curve (curve path: the measured energy and ITL back; power the model's), a model described by its own parameters on an H200 (the H100 fit stands in, named), a model neither row nor catalog describes (said in its own column), catalog parameters at num_gpus 4096 (the upper limit), a device the catalog lacks figures for, parameters beyond any finite prediction. Numbers are the model's (regression pin); tests/unit/test_lenmodel.c checks its terms by hand
cmd: $IPWSIM fit --predict predict-rows.csv
--- stdout
task,model_id,weight_precision,active_params_B,total_params_B,gpu,num_gpus,tp,ep,dp,max_num_seqs,avg_batch_size,energy_per_token_J,energy_per_request_J,output_tok_per_s,avg_power_W_all_gpus,avg_power_W_per_gpu,median_itl_ms,p99_itl_ms,avg_output_len,pred_energy_per_token_J,pred_lo,pred_hi,pred_median_itl_ms,pred_avg_power_W,pred_source,pred_note
gpqa,Qwen/Qwen3-14B,bfloat16,14.0,14.0,B200,1,1,1,1,8,7.9973,1.3663,9599.7,234.06,319.79,319.79,33.628,68.64,7026.2,1.3663,1.2158,1.4399,33.628,540.54,"curve: measured, moved by the model to the row's lengths",interval from the curve-batch fold
gpqa,Qwen/Qwen3-14B,bfloat16,14.0,14.0,B200,1,1,1,1,16,15.996,0.78064,5701.9,462.31,360.9,360.9,34.79,66.482,7304.2,0.78064,0.69465,0.82268,34.79,561.86,"curve: measured, moved by the model to the row's lengths",interval from the curve-batch fold
chat,example/Dense-7B,bf16,7,7,H200,1,1,1,1,32,,,,,,,,,900,0.12072,0.074417,0.30185,7.262,494.37,"parametric: stand-in NVIDIA-H100 fit with NVIDIA-H200's bandwidth, FLOPS and TDP",interval from the accel-out fold; layers and KV cache estimated from its parameters
chat,example/Unlisted,bf16,,,H100,1,1,1,1,32,,,,,,,,,900,,,,,,,not predicted: example/Unlisted: no active_params_B and total_params_B in the row and none in the catalog
chat,Qwen/Qwen3-8B,fp8,,,H100,4096,1,1,1,64,,,,,,,,,300,637.31,455.5,1018.6,32.204,1.2665e+06,parametric,interval from the model-out fold; parameters from the catalog
chat,example/MoE-30B-A3B,q4_k_m,3,30,Apple M4 Max,1,1,1,1,1,,,,,,,,,500,,,,,,,"not predicted: the catalog lacks Apple-M4-Max's bandwidth, peak BF16 FLOPS or TDP"
chat,example/Out-Of-Range,bf16,1e308,1e308,H100,1,1,1,1,8,,,,,,,,,300,,,,,,,not predicted: the model gives no finite value for this row (its parameters or lengths out of range)
--- stderr

# a configuration's precision and replica size choose its batch curve, and what stood in is named and drawn from: FP8 on 8 H100 has its own curve (nothing stands in); on 2 the nearest replica measured (4) stands in; INT4 has none (the BF16 curve stands in); no precision stated takes BF16 and 8 devices; FP8 on 8 H200 takes the H100 FP8 curve (another accelerator)
cmd: S="$IPWSIM simulate --bootstrap 0 --cloud-batch 64"; for v in "fp8\",\"accelerators\":8" "fp8\",\"accelerators\":2" "int4\",\"accelerators\":8"; do sed "s/fp8\",\"accelerators\":8/$v/" replica-fp8.jsonl > $T/r.jsonl; $S $T/r.jsonl | grep "^batch\|^drawn"; done; sed "s/,\"precision\":\"fp8\"//" replica-fp8.jsonl > $T/r.jsonl; $S $T/r.jsonl | grep "^batch"; sed "s/NVIDIA-H100/NVIDIA-H200/" replica-fp8.jsonl > $T/r.jsonl; $S $T/r.jsonl | grep "^batch\|^drawn"
--- stdout
batch Qwen3-235B-A22B@NVIDIA-H100x8:fp8: 16 -> 64 along the measured curve of Qwen/Qwen3-235B-A22B-Instruct-2507-FP8 on 8xNVIDIA-H100 fp8: energy x0.3361, latency x1.294
drawn: Qwen3-235B-A22B@NVIDIA-H100x8:fp8: its batch move's ratio-task error (25 residuals, MoE)
batch Qwen3-235B-A22B@NVIDIA-H100x2:fp8: 16 -> 64 along the measured curve of Qwen/Qwen3-235B-A22B-Instruct-2507-FP8 on 4xNVIDIA-H100 fp8 (4-device curve standing in for 2): energy x0.3314, latency x1.315
drawn: Qwen3-235B-A22B@NVIDIA-H100x2:fp8: its batch move's ratio-task error (25 residuals, MoE) and ratio-devices error (342 residuals, MoE)
batch Qwen3-235B-A22B@NVIDIA-H100x8:int4: 16 -> 64 along the measured curve of Qwen/Qwen3-235B-A22B-Instruct-2507 on 8xNVIDIA-H100 bfloat16 (BF16 curve standing in for INT4): energy x0.4623, latency x1.59
drawn: Qwen3-235B-A22B@NVIDIA-H100x8:int4: its batch move's ratio-task error (25 residuals, MoE) and ratio-precision error (240 residuals, MoE)
batch Qwen3-235B-A22B@NVIDIA-H100x8: 16 -> 64 along the measured curve of Qwen/Qwen3-235B-A22B-Instruct-2507 on 8xNVIDIA-H100 bfloat16: energy x0.4623, latency x1.59
batch Qwen3-235B-A22B@NVIDIA-H200x8:fp8: 16 -> 64 along the measured curve of Qwen/Qwen3-235B-A22B-Instruct-2507-FP8 on 8xNVIDIA-H100 fp8 (H100 curve standing in for H200): energy x0.3361, latency x1.294
drawn: Qwen3-235B-A22B@NVIDIA-H200x8:fp8: its batch move's ratio-task error (25 residuals, MoE) and ratio-accel error (716 residuals, MoE)
--- stderr

# simulate moving a cloud configuration on the MI300X (fitted on
# latencies alone) along the length-aware model names the power shares'
# source, and its model interval draws a stand-in accelerator's error
cmd: sed 's/NVIDIA-H200/AMD-MI300X/g' ../../traces/example.jsonl > $T/mi.jsonl; $IPWSIM simulate --oracle cheapest-energy --measured-batch 'Qwen3-235B-A22B@AMD-MI300Xx8=16' --cloud-batch 64 --batch-model parametric $T/mi.jsonl | grep -o -e 'AMD-MI300X fit, power shares from [^;]*' -e 'ratio-model-accel error'
--- stdout
AMD-MI300X fit, power shares from NVIDIA-H100's (none measured on it)
ratio-model-accel error
--- stderr

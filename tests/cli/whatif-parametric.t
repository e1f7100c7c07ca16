# The cloud moved from batch 16 to 64 by the length-aware model (the
# H100 fit standing in for the H200, named, with the configuration's own
# mean tokens: the example trace's cloud records average the prompt and
# output lengths the awk below computes independently) and by the older
# roofline model; the model interval draws from the ratio-model-accel
# error for the first and is not computed for the second.
cmd: awk -F'"tokens_in":' '/NVIDIA-H200/ { split($2, a, ","); i += a[1]; n++ } END { printf "prompt %.0f\n", i / n }' ../../traces/example.jsonl; awk -F'"tokens_out":' '/NVIDIA-H200/ { split($2, a, ","); o += a[1]; n++ } END { printf "output %.0f\n", o / n }' ../../traces/example.jsonl; $IPWSIM simulate --batch-model parametric --cloud-batch 64 --bootstrap 0 ../../traces/example.jsonl | sed -n '9p;13,17p'; $IPWSIM simulate --batch-model roofline --cloud-batch 64 --bootstrap 0 ../../traces/example.jsonl | sed -n '9p;13,15p'
--- stdout
prompt 122
output 1556
batch Qwen3-235B-A22B@NVIDIA-H200x8: 16 -> 64 along the length-aware model (NVIDIA-H100 fit standing in, with NVIDIA-H200's own figures; 8 devices, BF16, the catalog's release precision; prompt 122, output 1556 tokens): energy x0.356, latency x1.302
oracle                     79.2%   20.8%    95.8%      1.4   36.2%                59.4%                54.4%             

model interval (200 draws): energy_sav [2.5%, 97.5%] when every modelled energy is drawn from its validated error, one draw per configuration, routing as decided
oracle                     36.2% [ 22.6,  45.0]
drawn: Qwen3-235B-A22B@NVIDIA-H200x8: its batch move's ratio-model-accel error (1225 residuals, MoE)
batch Qwen3-235B-A22B@NVIDIA-H200x8: 16 -> 64 along parametric model (NVIDIA-H100 fit with the H200's own bandwidth and TDP; 4 devices, BF16 assumed): energy x0.5442, latency x1.419
oracle                     79.2%   20.8%    95.8%      1.4   45.0%                59.4%                54.4%             

model interval: not computed: Qwen3-235B-A22B@NVIDIA-H200x8 is moved by the roofline batch model, whose error is not validated as a ratio
--- stderr

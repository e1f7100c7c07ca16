# the bundled real-correctness trace: counts and agreement, via check and
# a simulate on its named pool (traces/README.md)
cmd: $IPWSIM check --format csv ../../traces/gsm8k-routellm.jsonl && $IPWSIM simulate --local Mixtral-8x7B@NVIDIA-A100-40GB --cloud gpt-4-1106-preview@NVIDIA-H100 --bootstrap 0 --format csv ../../traces/gsm8k-routellm.jsonl | grep ',all,' | cut -d, -f1,4,6,14
--- stdout
config,records,missing,quality,energy_per_query_j,power_mean_w,tokens_in_mean,tokens_out_mean,warnings
Mixtral-8x7B@NVIDIA-A100-40GB,1307,0,0.6373374139,107.3487758,22.40959908,62.04437643,77.98163734,0
gpt-4-1106-preview@NVIDIA-H100,1307,0,0.857689365,598.4890222,204.2725837,62.04437643,115.5761285,0
cloud-only,1307,0.857689365,0
oracle,1307,0.9296097934,0.6373374139
--- stderr

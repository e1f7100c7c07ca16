# the bundled real-correctness trace: counts and agreement, via check and
# a simulate on its named pool (traces/README.md). tokens_in_mean
# 62.04590666 is Python's mean of ceil(len(prompt.split()) / 0.75) over
# the 1307 prompts not in gsm8k_contaminated_prompts.jsonl
cmd: $IPWSIM check --format csv ../../traces/gsm8k-routellm.jsonl && $IPWSIM simulate --local Mixtral-8x7B@NVIDIA-A100-40GBx4 --cloud gpt-4-1106-preview@NVIDIA-H100x8 --bootstrap 0 --format csv ../../traces/gsm8k-routellm.jsonl | grep ',all,' | cut -d, -f1,4,6,14
--- stdout
config,records,missing,quality,energy_per_query_j,power_mean_w,tokens_in_mean,tokens_out_mean,warnings,energy_source,energy_scope
Mixtral-8x7B@NVIDIA-A100-40GBx4,1307,0,0.6373374139,107.3487758,22.40959908,62.04590666,77.98163734,0,modelled,accelerator
gpt-4-1106-preview@NVIDIA-H100x8,1307,0,0.857689365,598.4890222,204.2725837,62.04590666,115.5761285,0,modelled,accelerator
cloud-only,1307,0.857689365,0
oracle,1307,0.9296097934,0.6373374139
--- stderr

# convert --wide on a hand-made table. Tokens are ceil(words / 0.75):
# "two words" 3, "x y z w" 6; responses "one two three" 4, "a b" 3,
# "one" 2, "a b c d e f" 8. small: 2 J and 0.1 s per output token; big:
# 5 J per output and 1 J per input token, 0.02 s per token plus 0.5 s to
# the first, 100 FLOPs per token, $1 / $2 per 1M tokens in / out:
#   t0001 small 4 x 2 = 8 J, 0.4 s; big 3 x 5 + 3 x 1 = 18 J,
#         0.56 s, 600 FLOPs, (3 + 6) / 1e6 = 9e-06 USD
#   t0002 small 2 x 2 = 4 J, 0.2 s; big 8 x 5 + 6 = 46 J, 0.66 s,
#         1400 FLOPs, (6 + 16) / 1e6 = 2.2e-05 USD
# Every energy is tokens x a profiled energy per token: modelled; small's
# profile says its measurements are of the package, big's says nothing.
cmd: $IPWSIM convert --wide wide-table.csv --profile wide-profile.json --id-prefix t --dataset demo --format csv
--- stdout
query_id,model,accelerator,correct,score,p_correct,energy_j,latency_s,ttft_s,tokens_in,tokens_out,power_w,flops,cost_usd,batch_size,domain,dataset,energy_source,energy_scope,precision,accelerators
t0001,Qwen3-8B,Apple-M4-Max,1,,,8,0.4,,3,4,,,,,,demo,modelled,package,,
t0001,Qwen3-235B-A22B,NVIDIA-H200,0,,,18,0.56,,3,3,,600,9e-06,16,,demo,modelled,,,
t0002,Qwen3-8B,Apple-M4-Max,0,,,4,0.2,,6,2,,,,,,demo,modelled,package,,
t0002,Qwen3-235B-A22B,NVIDIA-H200,1,,,46,0.66,,6,8,,1400,2.2e-05,16,,demo,modelled,,,
--- stderr

# every plausibility warning: power above TDP and below idle, zero energy,
# all correct, all incorrect, same token counts, unknown accelerator. The
# M4 Max's s1 (0 J in 2 s, no batch_size) is only a lower bound of its
# device's power, so the idle floor is held against s2's power_w alone.
cmd: $IPWSIM check --catalog idle-catalog.json suspicious.jsonl
--- stdout
queries: 2
configurations: 3
cells: 5 measured, 1 missing

configuration                             records  quality   energy_J    power_W    tok_in   tok_out  source    scope
Qwen3-235B-A22B@NVIDIA-H200                     2        1        850        850        10       100  unstated  unstated
Qwen3-8B@Apple-M4-Max                           2        0         25          1        10       100  unstated  unstated
Qwen3-8B@Mystery-NPU                            1        1         20          -        10       100  unstated  unstated

7 warnings
warning: Qwen3-235B-A22B@NVIDIA-H200: 1 record implies an average power above the 700 W TDP of NVIDIA-H200 (first: query "s1")
warning: Qwen3-235B-A22B@NVIDIA-H200: every one of 2 records is correct: is the correctness column real?
warning: Qwen3-8B@Apple-M4-Max: 1 record implies an average power below the 5 W idle power of Apple-M4-Max (first: query "s2"; power_w, else energy_j x batch_size / latency_s)
warning: Qwen3-8B@Apple-M4-Max: 1 record has zero energy but tokens > 0 (first: query "s1")
warning: Qwen3-8B@Apple-M4-Max: every one of 2 records is incorrect: is the correctness column real?
warning: Qwen3-8B@Mystery-NPU: accelerator "Mystery-NPU" is not in the catalog: power not checked against TDP or idle
warning: trace: every record has the same tokens_in and tokens_out: were token counts measured?
--- stderr

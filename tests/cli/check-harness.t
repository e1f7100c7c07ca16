# check on harness records
cmd: $IPWSIM check harness.jsonl
--- stdout
queries: 2
configurations: 2
cells: 4 measured, 0 missing

configuration                             records accuracy   energy_J    power_W    tok_in   tok_out
Qwen3-8B@Apple M4 Max                           2      0.5      90.25       44.1      10.5        60
Qwen3-235B-A22B@NVIDIA H200                     2        1        305        300      10.5      68.5

1 warning
warning: Qwen3-235B-A22B@NVIDIA H200: every one of 2 records is correct: is the correctness column real?
--- stderr

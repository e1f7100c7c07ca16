# check on the hand-made trace
cmd: $IPWSIM check tiny.jsonl
--- stdout
queries: 5
configurations: 3
cells: 15 measured, 0 missing

configuration                             records  quality   energy_J    power_W    tok_in   tok_out  source    scope
Qwen3-4B@Apple-M4-Max                           5      0.6         13          -        26       124  unstated  unstated
Qwen3-8B@Apple-M4-Max                           5      0.6         17          -        26       124  unstated  unstated
Qwen3-235B-A22B@NVIDIA-H200                     5      0.8         90          -        26       124  unstated  unstated

0 warnings
--- stderr

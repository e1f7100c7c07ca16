# check on the bundled example
cmd: $IPWSIM check ../../traces/example.jsonl
--- stdout
queries: 24
configurations: 5
cells: 120 measured, 0 missing

configuration                             records  quality   energy_J    power_W    tok_in   tok_out  source    scope
Qwen3-4B@Apple-M4-Max                          24   0.3333      622.3      62.26     121.7      1556  unstated  unstated
Qwen3-8B@Apple-M4-Max                          24      0.5       1276      63.85     121.7      1556  unstated  unstated
Qwen3-14B@Apple-M4-Max                         24   0.5833       2303      64.58     121.7      1556  unstated  unstated
GPT-OSS-20B@Apple-M4-Max                       24   0.6667      560.1      61.93     121.7      1556  unstated  unstated
Qwen3-235B-A22B@NVIDIA-H200x8                  24    0.875       8057      204.3     121.7      1556  unstated  unstated

0 warnings
--- stderr

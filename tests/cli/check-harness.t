# check on harness records
cmd: $IPWSIM check harness.jsonl
--- stdout
queries: 2
configurations: 2
cells: 4 measured, 0 missing

configuration                             records  quality   energy_J    power_W    tok_in   tok_out  source    scope
Qwen3-8B@Apple M4 Max                           2      0.5      90.25       44.1      10.5        60  measured  accelerator
Qwen3-235B-A22B@NVIDIA H200                     2        1        305        300      10.5      68.5  measured  accelerator

1 warning, with the input's notes
warning: Qwen3-235B-A22B@NVIDIA H200: every one of 2 records is correct: is the correctness column real?
note: harness.jsonl: harness correctness from evaluation.is_correct in 0 records, from lm_correctness in 4 (no evaluation.is_correct: the run may not have been analysed, and lm_correctness defaults to false)
--- stderr

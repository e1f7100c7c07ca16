# check's provenance: per configuration the word all records share, or
# mixed (the M4 Max has measured and estimated records, both package; the
# H200 one measured accelerator record and one stating nothing), and the
# mixed-scope warning: local tier {package}, cloud tier {accelerator,
# unstated}. --energy-scope fills only the record that states none (q2 on
# the H200), which leaves the cloud tier at {accelerator, wall}: still a
# warning. --energy-scope package on all-unstated records of both tiers
# (tiny.jsonl) makes them agree: no scope warning.
cmd: $IPWSIM check prov-mixed.jsonl; $IPWSIM check --energy-scope wall prov-mixed.jsonl | tail -1; $IPWSIM check --format csv --energy-scope wall prov-mixed.jsonl | cut -d, -f1,10-; $IPWSIM check --energy-scope package --energy-source assumed --format csv tiny.jsonl
--- stdout
queries: 2
configurations: 2
cells: 4 measured, 0 missing

configuration                             records  quality   energy_J    power_W    tok_in   tok_out  source    scope
Qwen3-8B@Apple-M4-Max                           2      0.5         15         10        10        10  mixed     package
Qwen3-235B-A22B@NVIDIA-H200                     2        1        150         50        10        10  mixed     mixed

3 warnings
warning: Qwen3-235B-A22B@NVIDIA-H200: every one of 2 records is correct: is the correctness column real?
warning: trace: every record has the same tokens_in and tokens_out: were token counts measured?
warning: trace: the local tier's energy is counted at the package scope, the cloud tier's at the accelerator and unstated: a saving between them is not like for like (state energy_scope in the records, or give --energy-scope)
warning: trace: the local tier's energy is counted at the package scope, the cloud tier's at the accelerator and wall: a saving between them is not like for like (state energy_scope in the records, or give --energy-scope)
config,energy_source,energy_scope
Qwen3-8B@Apple-M4-Max,mixed,package
Qwen3-235B-A22B@NVIDIA-H200,mixed,mixed
config,records,missing,quality,energy_per_query_j,power_mean_w,tokens_in_mean,tokens_out_mean,warnings,energy_source,energy_scope
Qwen3-4B@Apple-M4-Max,5,0,0.6,13,,26,124,0,assumed,package
Qwen3-8B@Apple-M4-Max,5,0,0.6,17,,26,124,0,assumed,package
Qwen3-235B-A22B@NVIDIA-H200,5,0,0.8,90,,26,124,0,assumed,package
--- stderr

# the harness's records are measured at the accelerator (ipwsim(1),
# PROVENANCE); --energy-source and --energy-scope replace a format's
# default, for the records that state none
cmd: $IPWSIM check --format csv harness.jsonl | cut -d, -f1,10-; $IPWSIM check --format csv --energy-source estimated --energy-scope package harness.jsonl | cut -d, -f1,10-
--- stdout
config,energy_source,energy_scope
Qwen3-8B@Apple M4 Max,measured,accelerator
Qwen3-235B-A22B@NVIDIA H200,measured,accelerator
config,energy_source,energy_scope
Qwen3-8B@Apple M4 Max,estimated,package
Qwen3-235B-A22B@NVIDIA H200,estimated,package
--- stderr

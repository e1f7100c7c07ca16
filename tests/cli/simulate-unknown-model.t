# a model missing from the catalog when FLOPs need it
cmd: $IPWSIM simulate bad/unknown_model.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/unknown_model.jsonl:1: model "MysteryLM-7B" is not in the catalog: its params_total_b is needed for FLOPs of records without a flops field; add it with --catalog FILE

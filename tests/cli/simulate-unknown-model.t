# a model missing from the catalog when FLOPs need it
cmd: $IPWSIM simulate bad/unknown_model.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/unknown_model.jsonl:1: the catalog lacks what records without flops or cost_usd need, for 1 model: "MysteryLM-7B" (not in the catalog, params_total_b and token prices); add them with --catalog FILE

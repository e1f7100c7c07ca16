# every model that lacks catalog values its records need is named in one
# error, at the first one's first record: MysteryA needs parameters and
# prices, MysteryB (its record gives flops) only prices
cmd: $IPWSIM simulate bad/two_unknown_models.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/two_unknown_models.jsonl:1: the catalog lacks what records without flops or cost_usd need, for 2 models: "MysteryA" (not in the catalog, params_total_b and token prices), "MysteryB" (not in the catalog, token prices); add them with --catalog FILE

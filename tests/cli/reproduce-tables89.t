# Tables 8-9 on tests/data/tables89.jsonl, by hand (energy J; 4B, 8B,
# cloud; x = wrong): wildchat t1 10 20 100, t2 12x 25 100; natural_reasoning
# t3 8x 16x 80, t4 5x 30 50x. Up to Qwen3-4B: wildchat 1 - (10 + 100)/200
# = 0.45, natural_reasoning nothing local: 0. Up to Qwen3-8B: wildchat
# 1 - (10 + 25)/200 = 0.825, natural_reasoning 1 - (80 + 30)/130 =
# 0.1538462. The paper column is its Tables 8-9 for the same largest model.
cmd: $IPWSIM reproduce --bootstrap 0 --format csv tables89.jsonl 2> /dev/null | grep 'tables8-9.*energy'
--- stdout
tables8-9,"wildchat, local up to Qwen3-4B",energy_saving,0.635,0.45,,,,,-0.185,
tables8-9,"natural_reasoning, local up to Qwen3-4B",energy_saving,0.463,0,,,,,-0.463,
tables8-9,"wildchat, local up to Qwen3-8B",energy_saving,0.796,0.825,,,,,0.029,
tables8-9,"natural_reasoning, local up to Qwen3-8B",energy_saving,0.54,0.1538461538,,,,,-0.3861538462,
--- stderr

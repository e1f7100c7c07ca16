#!/usr/bin/env python3
"""Derives mlenergy-v2.csv from ML.ENERGY Leaderboard v2.0 chat data.

Input: mlenergy_v2_chat_configs.csv as shipped in the project's shared
data (github.com/ml-energy/leaderboard-v2, data/llm_text_generation/chat,
commit c3af7f31; vLLM 0.5.4 on A100-40GB and H100). Output rows as in
mlenergy-v3.csv: catalog names, batch = avg_bs, energy per output token,
itl_s = avg_tpot_s (the mean time per output token; v2 gives no median).
The weight precision is not reported by v2. Only models in the catalog.
usage: derive-mlenergy-v2.py SHARED_CSV > mlenergy-v2.csv"""
import csv, sys

MODELS = {
    "meta-llama/Meta-Llama-3.1-8B-Instruct": "Llama-3.1-8B",
    "mistralai/Mixtral-8x7B-Instruct-v0.1": "Mixtral-8x7B",
}
GPUS = {"A100-SXM4-40GB": "NVIDIA-A100-40GB", "H100 80GB HBM3": "NVIDIA-H100"}

rows = []
for r in csv.DictReader(open(sys.argv[1])):
    if r["model"] not in MODELS or r["gpu"] not in GPUS:
        continue
    rows.append((MODELS[r["model"]], GPUS[r["gpu"]], int(r["tp"]),
                 "unreported", float(r["avg_bs"]), int(r["max_bs"]),
                 float(r["energy_per_out_token_J"]), float(r["avg_tpot_s"]),
                 r["model"]))
rows.sort(key=lambda x: (x[0], x[1], x[2], x[4]))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["model", "accelerator", "gpus", "precision", "batch",
            "max_num_seqs", "energy_per_token_j", "itl_s", "source_model"])
for x in rows:
    w.writerow([x[0], x[1], x[2], x[3], repr(x[4]), x[5], repr(x[6]),
                repr(x[7]), x[8]])

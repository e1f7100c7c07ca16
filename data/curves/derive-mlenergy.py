#!/usr/bin/env python3
"""Derives mlenergy-v3.csv from ML.ENERGY Leaderboard v3.0 data.

Input: mlenergy_v3_chat_configs.csv as shipped in the project's shared
data (github.com/ml-energy/leaderboard, public/data/tasks/lm-arena-chat.json,
commit 0cd52dab, 2026-02-27; see that folder's README). Output: one row per
measured configuration whose model is in ipwsim's catalog, with the catalog's
model and accelerator names. Nothing is computed but a unit change
(median ITL ms -> s); rows are sorted by batch within a curve.
usage: derive-mlenergy.py SHARED_CSV > mlenergy-v3.csv"""
import csv, sys

MODELS = {  # ML.ENERGY model id -> ipwsim catalog name
    "Qwen/Qwen3-8B": "Qwen3-8B",
    "Qwen/Qwen3-14B": "Qwen3-14B",
    "Qwen/Qwen3-32B": "Qwen3-32B",
    "Qwen/Qwen3-30B-A3B-Instruct-2507": "Qwen3-30B-A3B",
    "Qwen/Qwen3-235B-A22B-Instruct-2507": "Qwen3-235B-A22B",
    "Qwen/Qwen3-235B-A22B-Instruct-2507-FP8": "Qwen3-235B-A22B",
    "google/gemma-3-12b-it": "Gemma-3-12B",
    "google/gemma-3-27b-it": "Gemma-3-27B",
    "meta-llama/Llama-3.1-8B-Instruct": "Llama-3.1-8B",
}
GPUS = {"H100": "NVIDIA-H100", "B200": "NVIDIA-B200"}

rows = []
for r in csv.DictReader(open(sys.argv[1])):
    if r["model_id"] not in MODELS or r["gpu"] not in GPUS:
        continue
    rows.append((MODELS[r["model_id"]], GPUS[r["gpu"]], int(r["num_gpus"]),
                 r["weight_precision"], float(r["avg_batch_size"]),
                 int(r["max_num_seqs"]), float(r["energy_per_token_J"]),
                 float(r["median_itl_ms"]) / 1000, r["model_id"]))
rows.sort(key=lambda x: (x[0], x[1], x[2], x[3], x[4]))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["model", "accelerator", "gpus", "precision", "batch",
            "max_num_seqs", "energy_per_token_j", "itl_s", "source_model"])
for x in rows:
    w.writerow([x[0], x[1], x[2], x[3], repr(x[4]), x[5], repr(x[6]),
                repr(x[7]), x[8]])

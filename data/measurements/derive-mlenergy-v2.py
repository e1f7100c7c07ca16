#!/usr/bin/env python3
"""ML.ENERGY Leaderboard v2.0 chat (the project's shared
mlenergy_v2_chat_configs.csv) in the columns of the v3 tables, for
ipwsim fit.

usage: derive-mlenergy-v2.py V2.csv OUT.csv [GPU ...]
  GPU: keep only rows of these v2 gpu names (default: all)

Columns derived (v2 gives no median ITL, no power, no parameters):
  median_itl_ms        = avg_tpot_s x 1000 (a mean time per output token)
  avg_power_W_all_gpus = energy_per_out_token_J x token_tput (J/token x
                         output tokens/s: the replica's GPU power)
  energy_per_request_J, avg_output_len, avg_batch_size, max_num_seqs,
  num_gpus (= tp) as v2 gives them; weight_precision bfloat16 (each
  model's config.json torch_dtype; v2 ran vLLM 0.5.4 with dtype auto);
  active/total parameters, experts and the architecture from each
  model's Hugging Face model card and config.json, below.
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measurecsv import arch_columns, write  # noqa: E402

# model: (active B, total B, experts, experts_active, layers, KV heads,
#         head dim); source: the model's Hugging Face model card
# (parameters) and config.json (num_hidden_layers, num_key_value_heads,
# head_dim or hidden_size / num_attention_heads; num_local_experts,
# num_experts_per_tok). Gemma 2's sliding window (4,096 tokens, every
# other layer) is longer than these chat contexts, so all layers count as
# full.
ARCH = {
    "google/gemma-2-2b-it": (2.61, 2.61, None, None, 26, 4, 256),
    "google/gemma-2-9b-it": (9.24, 9.24, None, None, 42, 8, 256),
    "google/gemma-2-27b-it": (27.2, 27.2, None, None, 46, 16, 128),
    "meta-llama/Meta-Llama-3.1-8B-Instruct": (8.03, 8.03, None, None, 32, 8, 128),
    "meta-llama/Meta-Llama-3.1-70B-Instruct": (70.6, 70.6, None, None, 80, 8, 128),
    "meta-llama/Meta-Llama-3.1-405B-Instruct": (405, 405, None, None, 126, 8, 128),
    "microsoft/Phi-3-mini-4k-instruct": (3.82, 3.82, None, None, 32, 32, 96),
    "microsoft/Phi-3-small-8k-instruct": (7.39, 7.39, None, None, 32, 8, 128),
    "microsoft/Phi-3-medium-4k-instruct": (14.0, 14.0, None, None, 40, 10, 128),
    "mistralai/Mistral-7B-Instruct-v0.3": (7.25, 7.25, None, None, 32, 8, 128),
    "mistralai/Mistral-Nemo-Instruct-2407": (12.2, 12.2, None, None, 40, 8, 128),
    "mistralai/Mistral-Large-Instruct-2407": (123, 123, None, None, 88, 8, 128),
    "mistralai/Mixtral-8x7B-Instruct-v0.1": (12.9, 46.7, 8, 2, 32, 8, 128),
    "mistralai/Mixtral-8x22B-Instruct-v0.1": (39, 141, 8, 2, 56, 8, 128),
}
GPU = {"A100-SXM4-40GB": "A100-SXM4-40GB", "H100 80GB HBM3": "H100"}
COLS = ["task", "model_id", "weight_precision", "active_params_B",
        "total_params_B", "gpu", "num_gpus", "max_num_seqs",
        "avg_batch_size", "energy_per_token_J", "energy_per_request_J",
        "avg_power_W_all_gpus", "median_itl_ms", "avg_output_len",
        "experts", "experts_active", "num_layers", "kv_bytes_per_token"]


def g5(x):
    return "%.5g" % x


def main():
    src, out, keep = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    rows = []
    for r in csv.DictReader(open(src, newline="")):
        if keep and r["gpu"] not in keep:
            continue
        a, t, e, k, layers, kvh, hd = ARCH[r["model"]]
        ept = float(r["energy_per_out_token_J"])
        rows.append({
            "task": "chat-v2", "model_id": r["model"],
            "weight_precision": "bfloat16", "active_params_B": a,
            "total_params_B": t, "gpu": GPU[r["gpu"]], "num_gpus": r["tp"],
            "max_num_seqs": r["max_bs"],
            "avg_batch_size": g5(float(r["avg_bs"])),
            "energy_per_token_J": g5(ept),
            "energy_per_request_J": g5(float(r["energy_per_req_J"])),
            "avg_power_W_all_gpus": g5(ept * float(r["token_tput"])),
            "median_itl_ms": g5(float(r["avg_tpot_s"]) * 1000),
            "avg_output_len": g5(float(r["avg_out_tokens"])),
            **arch_columns(e, k, layers, kvh, hd),
        })
    write(out, COLS, rows)


main()

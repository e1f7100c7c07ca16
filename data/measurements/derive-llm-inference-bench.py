#!/usr/bin/env python3
"""LLM-Inference-Bench's static-batch latencies (the project's shared
llm_inference_bench/throughput_results.csv = Plots/All_results.csv of
github.com/argonne-lcf/LLM-Inference-Bench, commit 4211f5d4,
BSD-3-Clause; Chitty-Venkata et al., 2024) in the columns ipwsim fit
reads, for one framework and hardware.

usage: derive-llm-inference-bench.py RESULTS.csv OUT.csv FRAMEWORK HARDWARE GPU
  e.g. ... vLLM 'AMD MI300X GPU' MI300X

Each row is one static batch: `Batch Size` prompts of `Input Output
Length` tokens, each generating as many; `Latency` the batch's seconds.
Written: latency_per_output_token_ms = Latency / output length x 1000
(prefill included: ipwsim compares it with t + B tp), avg_input_len =
avg_output_len = the length, max_num_seqs = avg_batch_size = the batch,
num_gpus = `Num of Hardware`; no energy, power or ITL (the benchmark
measured none). Parameters and architecture from each model's Hugging
Face model card and config.json, below; weight_precision each
config.json's torch_dtype (the benchmark ran vLLM's dtype auto: an
assumption).
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measurecsv import arch_columns, write  # noqa: E402

# model: (precision, active B, total B, experts, experts_active, layers,
#         KV heads, head dim); Hugging Face model card (parameters) and
# config.json (num_hidden_layers, num_key_value_heads, hidden_size /
# num_attention_heads, num_local_experts, num_experts_per_tok,
# torch_dtype). Mistral 7B v0.1's 4,096-token sliding window is longer
# than these contexts (at most 4,096), so all its layers count as full.
ARCH = {
    "meta-llama/Llama-2-7b-hf": ("float16", 6.74, 6.74, None, None, 32, 32, 128),
    "meta-llama/Llama-2-70b-hf": ("float16", 69.0, 69.0, None, None, 80, 8, 128),
    "meta-llama/Meta-Llama-3-8B": ("bfloat16", 8.03, 8.03, None, None, 32, 8, 128),
    "meta-llama/Meta-Llama-3-70B": ("bfloat16", 70.6, 70.6, None, None, 80, 8, 128),
    "mistralai/Mistral-7B-v0.1": ("bfloat16", 7.24, 7.24, None, None, 32, 8, 128),
    "mistralai/Mixtral-8x7B-v0.1": ("bfloat16", 12.9, 46.7, 8, 2, 32, 8, 128),
    "Qwen/Qwen2-7B": ("bfloat16", 7.62, 7.62, None, None, 28, 4, 128),
}
COLS = ["task", "model_id", "weight_precision", "active_params_B",
        "total_params_B", "gpu", "num_gpus", "max_num_seqs",
        "avg_batch_size", "avg_input_len", "avg_output_len",
        "energy_per_token_J", "median_itl_ms", "avg_power_W_all_gpus",
        "latency_per_output_token_ms", "experts", "experts_active",
        "num_layers", "kv_bytes_per_token"]


def main():
    src, out, framework, hardware, gpu = sys.argv[1:6]
    rows = []
    for r in csv.DictReader(open(src, newline="")):
        if r["Framework"] != framework or r["Hardware"] != hardware:
            continue
        if r["Model"] not in ARCH:
            sys.exit("no architecture listed for %s" % r["Model"])
        prec, a, t, e, k, layers, kvh, hd = ARCH[r["Model"]]
        n = int(r["Input Output Length"])
        rows.append({
            "task": "static-%d" % n, "model_id": r["Model"],
            "weight_precision": prec, "active_params_B": a,
            "total_params_B": t, "gpu": gpu,
            "num_gpus": r["Num of Hardware"],
            "max_num_seqs": r["Batch Size"], "avg_batch_size": r["Batch Size"],
            "avg_input_len": n, "avg_output_len": n,
            "energy_per_token_J": "", "median_itl_ms": "",
            "avg_power_W_all_gpus": "",
            "latency_per_output_token_ms": "%.5g" % (float(r["Latency"]) / n * 1000),
            **arch_columns(e, k, layers, kvh, hd),
        })
    write(out, COLS, rows)


main()

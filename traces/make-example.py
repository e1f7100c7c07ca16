#!/usr/bin/env python3
"""Writes traces/example.jsonl and traces/example.csv: a small ILLUSTRATIVE
trace in ipwsim's canonical format. See traces/README.md for what is
measured and what is assumed. Deterministic: no randomness."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Cloud: Qwen3-235B-A22B at batch 16. MEASURED, but on H100, standing in
# for the paper's H200: ML.ENERGY Leaderboard v3.0, lm-arena-chat,
# Qwen/Qwen3-235B-A22B-Instruct-2507 bfloat16, 8 x H100, max_num_seqs 16
# (../shared/data/mlenergy/mlenergy_v3_chat_configs.csv):
CLOUD_J_PER_TOKEN = 5.17831     # energy_per_token_J (per output token)
CLOUD_ITL_S = 25.35e-3          # median_itl_ms
CLOUD_DEVICES = 8               # num_gpus: the energy is the replica's
# ASSUMPTIONS for the local device (Apple M4 Max, batch 1); no public
# per-query measurement exists. Energy per output token is taken as
# 0.1 J per billion active parameters; decode speed as 60% of the
# memory-bandwidth roofline (546 GB/s over 4-bit weights, 0.5 byte per
# parameter); prefill as 500 tokens/s.
LOCAL_J_PER_TOKEN_PER_B = 0.1
M4_BANDWIDTH = 546e9
ROOFLINE_EFF = 0.6
PREFILL_TOK_S = 500.0

LOCAL = [  # model, active parameters (billions), catalog
    ("Qwen3-4B", 4.0), ("Qwen3-8B", 8.2), ("Qwen3-14B", 14.8),
    ("GPT-OSS-20B", 3.6)]
CLOUD = "Qwen3-235B-A22B"

# Hand-designed queries: (id, dataset, domain, tokens_in, tokens_out,
# correct for 4B, 8B, 14B, 20B, 235B). WildChat-like chat is mostly
# solvable locally; NaturalReasoning-like questions less so.
Q = [
 ("wc-01", "wildchat", "Computer and mathematical", 120, 420, 1, 1, 1, 1, 1),
 ("wc-02", "wildchat", "Arts and media", 60, 650, 0, 1, 1, 1, 1),
 ("wc-03", "wildchat", "Education", 210, 380, 1, 1, 1, 1, 1),
 ("wc-04", "wildchat", "Computer and mathematical", 380, 900, 0, 0, 1, 1, 1),
 ("wc-05", "wildchat", "Business and financial", 95, 300, 1, 1, 0, 1, 1),
 ("wc-06", "wildchat", "Arts and media", 140, 720, 0, 0, 0, 1, 1),
 ("wc-07", "wildchat", "Education", 75, 260, 1, 0, 1, 1, 1),
 ("wc-08", "wildchat", "Life, physical and social science", 160, 540, 0, 1, 1, 0, 1),
 ("wc-09", "wildchat", "Computer and mathematical", 300, 820, 0, 0, 0, 0, 1),
 ("wc-10", "wildchat", "Business and financial", 110, 410, 1, 1, 1, 1, 0),
 ("wc-11", "wildchat", "Arts and media", 50, 230, 1, 1, 1, 1, 1),
 ("wc-12", "wildchat", "Education", 180, 610, 0, 1, 0, 1, 1),
 ("nr-01", "natural_reasoning", "Life, physical and social science", 80, 2400, 0, 0, 1, 1, 1),
 ("nr-02", "natural_reasoning", "Computer and mathematical", 60, 3100, 0, 0, 0, 0, 1),
 ("nr-03", "natural_reasoning", "Architecture and engineering", 110, 3800, 0, 0, 0, 0, 0),
 ("nr-04", "natural_reasoning", "Education", 45, 1500, 1, 1, 1, 1, 1),
 ("nr-05", "natural_reasoning", "Life, physical and social science", 90, 2900, 0, 1, 1, 0, 1),
 ("nr-06", "natural_reasoning", "Architecture and engineering", 130, 3500, 0, 0, 0, 1, 1),
 ("nr-07", "natural_reasoning", "Computer and mathematical", 70, 2100, 0, 0, 1, 0, 1),
 ("nr-08", "natural_reasoning", "Arts and media", 55, 1200, 1, 1, 1, 1, 1),
 ("nr-09", "natural_reasoning", "Business and financial", 100, 2600, 0, 0, 0, 0, 1),
 ("nr-10", "natural_reasoning", "Education", 85, 1800, 0, 1, 1, 1, 1),
 ("nr-11", "natural_reasoning", "Life, physical and social science", 150, 4000, 0, 0, 0, 0, 1),
 ("nr-12", "natural_reasoning", "Computer and mathematical", 65, 2200, 0, 0, 0, 1, 0),
]

def local_record(q, model, active_b, ok):
    qid, ds, dom, tin, tout = q[:5]
    energy = LOCAL_J_PER_TOKEN_PER_B * active_b * tout
    tok_s = ROOFLINE_EFF * M4_BANDWIDTH / (0.5 * active_b * 1e9)
    ttft = tin / PREFILL_TOK_S
    r = {"query_id": qid, "model": model, "accelerator": "Apple-M4-Max",
         "correct": ok, "energy_j": round(energy, 3),
         "latency_s": round(ttft + tout / tok_s, 4), "ttft_s": round(ttft, 4),
         "tokens_in": tin, "tokens_out": tout, "batch_size": 1,
         "domain": dom, "dataset": ds}
    if model == "GPT-OSS-20B":
        # Graded instead of binary: score 0.9 or 0.2, correct = score >= 0.5.
        del r["correct"]
        r["score"] = 0.9 if ok else 0.2
        r["power_w"] = round(energy / r["latency_s"], 3)
    if model == "Qwen3-14B":
        r["flops"] = 2 * 14.8e9 * (tin + tout)
    if model == "Qwen3-4B":
        r["cost_usd"] = 0.0
    return r

def cloud_record(q, ok):
    qid, ds, dom, tin, tout = q[:5]
    return {"query_id": qid, "model": CLOUD, "accelerator": "NVIDIA-H200",
            "correct": ok, "energy_j": round(CLOUD_J_PER_TOKEN * tout, 3),
            "latency_s": round(tout * CLOUD_ITL_S, 4),
            "tokens_in": tin, "tokens_out": tout, "batch_size": 16,
            "accelerators": CLOUD_DEVICES, "domain": dom, "dataset": ds}

records = []
for q in Q:
    oks = q[5:]
    for (model, active), ok in zip(LOCAL, oks[:4]):
        records.append(local_record(q, model, active, bool(ok)))
    records.append(cloud_record(q, bool(oks[4])))

with open(os.path.join(HERE, "example.jsonl"), "w") as f:
    for r in records:
        f.write(json.dumps(r) + "\n")
cols = ["query_id", "model", "accelerator", "correct", "score", "energy_j",
        "latency_s", "ttft_s", "tokens_in", "tokens_out", "power_w", "flops",
        "cost_usd", "batch_size", "accelerators", "domain", "dataset"]
with open(os.path.join(HERE, "example.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(cols)
    for r in records:
        row = dict(r)
        if "correct" in row:
            row["correct"] = int(row["correct"])
        w.writerow([row.get(c, "") for c in cols])

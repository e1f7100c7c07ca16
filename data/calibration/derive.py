#!/usr/bin/env python3
"""Writes ipw-2511.07885.json, the calibration `ipwsim synth` fits to.

Every number is either a value the paper publishes (PAPER.md, arXiv
2511.07885 v4, with its table), a measurement from the project's shared
data (ML.ENERGY v3, vidur) read from the CSV here, or an assumption that
says so. Run from the repository root:

    python3 data/calibration/derive.py ../shared/data > data/calibration/ipw-2511.07885.json
"""
import csv
import json
import math
import statistics
import sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
MLE = "mlenergy/mlenergy_v3_chat_configs.csv"
MLE_REF = ("ML.ENERGY Leaderboard v3.0 lm-arena-chat (github.com/ml-energy/"
           "leaderboard public/data/tasks/lm-arena-chat.json, commit 0cd52dab), "
           "shared data " + MLE)
VIDUR = "vidur/splitwise_conv.csv"
VIDUR_REF = ("vidur splitwise_conv.csv (github.com/microsoft/vidur commit "
             "7d475133, from the Azure LLM inference trace 2023), shared data "
             + VIDUR)

def src(value, source):
    return {"value": value, "source": source}

def r4(x):
    return float("%.4g" % x)

# ---- datasets (PAPER.md, Data) -------------------------------------------
SIZES = {"wildchat": 500000, "natural_reasoning": 500000, "mmlu_pro": 12000,
         "supergpqa": 26500}
NAMED = ["Computer and mathematical", "Arts and media",
         "Life, physical and social science", "Architecture and engineering",
         "Education"]
SHARE_NOTE = ("assumption: Table 4 gives per-domain counts that PAPER.md "
              "does not carry; the five domains with published solvability "
              "and one bucket for the other 17 domains and None get equal "
              "shares. Override in a copy of this file.")

# ---- tokens (vidur conversation trace; Table 15; ML.ENERGY) ---------------
rows = list(csv.DictReader(open(f"{SHARED}/{VIDUR}")))
pre = [math.log(float(r["num_prefill_tokens"])) for r in rows]
dec = [math.log(float(r["num_decode_tokens"])) for r in rows]
in_mu, in_sd = statistics.mean(pre), statistics.pstdev(pre)
out_sd = statistics.pstdev(dec)

mle = list(csv.DictReader(open(f"{SHARED}/{MLE}")))
def mle_row(model_id, gpu, gpus, seqs):
    for r in mle:
        if (r["model_id"] == model_id and r["gpu"] == gpu and
                int(r["num_gpus"]) == gpus and int(r["max_num_seqs"]) == seqs
                and r["weight_precision"] == "bfloat16"):
            return r
    raise SystemExit(f"no ML.ENERGY row {model_id} {gpu} x{gpus} {seqs}")

# Tokens per query of the paper's runs: Table 15, Qwen3-8B on B200 at bs=1,
# 6,449 J at 255 W is 25.29 s per query; ML.ENERGY's median ITL for
# Qwen3-8B on one B200 at its smallest batch (max_num_seqs 8) bounds the
# bs=1 ITL from above, so tokens >= 25.29 s / ITL.
itl8 = float(mle_row("Qwen/Qwen3-8B", "B200", 1, 8)["median_itl_ms"]) / 1e3
T_PAPER = 6449.0 / 255.0 / itl8
w_chat = SIZES["wildchat"] / sum(SIZES.values())

CHAT_LEN = {}   # model -> (mean output tokens on chat, source)
for name, mid in [("Qwen3-8B", "Qwen/Qwen3-8B"), ("Qwen3-14B", "Qwen/Qwen3-14B"),
                  ("Qwen3-32B", "Qwen/Qwen3-32B"),
                  ("Qwen3-30B-A3B", "Qwen/Qwen3-30B-A3B-Instruct-2507")]:
    r = mle_row(mid, "B200", 1, 8)
    CHAT_LEN[name] = (float(r["avg_output_len"]),
                      f"{MLE_REF}: avg_output_len of {mid} on B200, "
                      "max_num_seqs 8")
r = mle_row("Qwen/Qwen3-235B-A22B-Instruct-2507", "H100", 8, 16)
CHAT_LEN["Qwen3-235B-A22B"] = (float(r["avg_output_len"]),
    f"{MLE_REF}: avg_output_len of Qwen3-235B-A22B-Instruct-2507 on 8 H100, "
    "max_num_seqs 16")
for m in ["Qwen3-4B", "GPT-OSS-20B", "GPT-OSS-120B"]:
    CHAT_LEN[m] = (CHAT_LEN["Qwen3-8B"][0], "assumption: ML.ENERGY v3 does "
                   "not measure this model on lm-arena-chat; Qwen3-8B's "
                   "mean stands in")

def reasoning_len(model):
    chat = CHAT_LEN[model][0]
    return (T_PAPER - w_chat * chat) / (1 - w_chat)

REASON_SRC = ("derived: the paper's mean output per query, %.0f tokens "
              "(Table 15: Qwen3-8B on B200 at bs=1 uses 6,449 J at 255 W, "
              "25.29 s, over ML.ENERGY's %.2f ms median ITL for Qwen3-8B on "
              "one B200), is split so that the dataset-size mix of chat "
              "(WildChat, this model's chat mean) and reasoning sets has "
              "that mean; the same for every model is an assumption (the "
              "paper gives no per-model lengths)" % (T_PAPER, itl8 * 1e3))

# ---- accuracy and coverage targets ------------------------------------------
T11 = {  # Table 11: WildChat / NaturalReasoning / MMLU Pro / SuperGPQA
    "Qwen3-8B": (50.2, 57.9, 73.3, 51.8),
    "Qwen3-14B": (48.9, 60.0, 75.6, 56.2),
    "Qwen3-30B-A3B": (47.3, 64.3, 76.9, 57.4),
    "Qwen3-32B": (76.1, 69.7, 77.9, 56.5),
    "GPT-OSS-20B": (77.3, 67.3, 73.4, 48.9),
    "GPT-OSS-120B": (89.2, 65.0, 78.3, 55.3),
    "Qwen3-235B-A22B": (None, 70.0, 82.3, 63.1),
}
DS = ["wildchat", "natural_reasoning", "mmlu_pro", "supergpqa"]
T4 = {  # Table 4: share solvable by a <=20B-active model
    "wildchat": {None: 98.4, "Computer and mathematical": 99.5,
                 "Arts and media": 98.7,
                 "Life, physical and social science": 98.8,
                 "Architecture and engineering": 98.9, "Education": 97.2},
    "natural_reasoning": {None: 63.0, "Computer and mathematical": 67.3,
                          "Arts and media": 52.9,
                          "Life, physical and social science": 60.5,
                          "Architecture and engineering": 40.8,
                          "Education": 80.4},
}
NR_WHY = ("not fitted: Table 4's NaturalReasoning solvability (63.0% "
          "overall) is below GPT-OSS-20B's own NaturalReasoning accuracy "
          "in Table 11 (67.3%), and a set that contains a model answers at "
          "least what that model answers, so Table 4 and Table 11 cannot "
          "both hold for this dataset; ipwsim keeps Table 11 and the 88.7% "
          "best-of-local. Set fit to true to fit these instead and see the "
          "conflict in the report")

targets = []
for m, accs in T11.items():
    for d, a in zip(DS, accs):
        if a is None:
            targets.append({"kind": "reference", "model": m, "dataset": d,
                            "value": 1.0, "fit": True, "source":
                            "PAPER.md Correctness: WildChat correctness is "
                            "win-or-tie against Qwen3-235B's answer, so the "
                            "reference is correct by definition (Table 11 n/a)"})
        else:
            targets.append({"kind": "accuracy", "model": m, "dataset": d,
                            "value": a / 100, "fit": True,
                            "source": "Table 11"})
targets.append({"kind": "accuracy_mean", "model": "Qwen3-4B",
                "value": 0.496, "fit": True, "source":
                "section 4.1: Qwen3-4B's accuracy averaged over the four "
                "datasets (taken as the plain mean)"})
for d, doms in T4.items():
    for dom, v in doms.items():
        t = {"kind": "solvable", "dataset": d, "value": v / 100,
             "fit": d == "wildchat", "source": "Table 4"}
        if dom is not None:
            t["domain"] = dom
        if d != "wildchat":
            t["why"] = NR_WHY
        targets.append(t)
targets.append({"kind": "best_of_local", "value": 0.887, "fit": True,
                "source": "abstract and section 4.1: local LMs answer 88.7% "
                "of queries (over the dataset-size mix here)"})

# ---- energy and latency per configuration --------------------------------
# Table 13 success rates and IPW (x1e-3) on M4 Max / B200 imply power
# P = accuracy / IPW; Table 14 IPJ (x1e-5) implies energy per query
# E = accuracy / IPJ.
T13 = {"Qwen3-4B": (49.3, 1.40, 1.95), "Qwen3-8B": (57.5, 1.63, 2.27),
       "Qwen3-14B": (59.5, 1.69, 2.35), "Qwen3-32B": (69.5, 1.97, 2.75)}
P_M4 = statistics.mean(a / 100 / (i * 1e-3) for a, i, _ in T13.values())
P_B200 = statistics.mean(a / 100 / (b * 1e-3) for a, _, b in T13.values())
ACC_IPJ = {"Qwen3-8B": (0.575, "Table 13 success rate 57.5%"),
           "Qwen3-32B": (0.695, "Table 13 success rate 69.5%"),
           "GPT-OSS-20B": (statistics.mean(T11["GPT-OSS-20B"]) / 100,
                           "mean of Table 11's four accuracies"),
           "GPT-OSS-120B": (0.714, "section 4.1 average 71.4%")}
T14 = {"Qwen3-8B": (3.80, 8.71), "Qwen3-32B": (3.51, 5.91),
       "GPT-OSS-20B": (4.38, 7.34), "GPT-OSS-120B": (4.23, 6.78)}
PARAMS = {"Qwen3-4B": 4.0, "Qwen3-8B": 8.2, "Qwen3-14B": 14.8,
          "Qwen3-30B-A3B": 3.3}

configs = []
def add_config(model, accel, batch, e, e_src, t, t_src, default, devices=1):
    c = {"model": model, "accelerator": accel, "default": default,
         "batch_size": batch}
    if devices > 1:  # the measured replica's GPUs: its energy is theirs
        c["accelerators"] = devices
    c["energy_per_output_token_j"] = src(r4(e), e_src)
    c["seconds_per_output_token"] = src(r4(t), t_src)
    configs.append(c)

POWER_SRC = {
    "Apple-M4-Max": "Table 13: accuracy / IPW on M4 Max is %.1f W for every "
                    "Qwen3 size (the mean is used)" % P_M4,
    "NVIDIA-B200": "Table 13: accuracy / IPW on B200 is %.1f W for every "
                   "Qwen3 size (the mean is used)" % P_B200,
}
POWER = {"Apple-M4-Max": P_M4, "NVIDIA-B200": P_B200}
e_b200_8 = 6449.0 / T_PAPER
e_b200_14 = 0.595 / 7.22e-5 / T_PAPER
slope = math.log(e_b200_14 / e_b200_8) / math.log(14.8 / 8.2)
per_token = {}
for accel, col in [("Apple-M4-Max", 0), ("NVIDIA-B200", 1)]:
    for m, ipj in T14.items():
        acc, acc_src = ACC_IPJ[m]
        per_token[(m, accel)] = (acc / (ipj[col] * 1e-5) / T_PAPER,
            "derived: Table 14 IPJ %.2fe-5 on %s with accuracy %.3f (%s) is "
            "%.0f J per query, over %.0f output tokens per query (see "
            "reasoning_output_mean)" % (ipj[col], accel, acc, acc_src,
                                        acc / (ipj[col] * 1e-5), T_PAPER))
per_token[("Qwen3-8B", "NVIDIA-B200")] = (e_b200_8,
    "derived: Table 15, 6,449 J per query at bs=1, over %.0f output tokens"
    % T_PAPER)
per_token[("Qwen3-14B", "NVIDIA-B200")] = (e_b200_14,
    "derived: Table 15 IPJ 7.22e-5 at bs=1 with Table 13's 59.5%% success "
    "is %.0f J per query, over %.0f output tokens" % (e_b200_14 * T_PAPER,
                                                     T_PAPER))
ratio14 = e_b200_14 / e_b200_8
per_token[("Qwen3-14B", "Apple-M4-Max")] = (
    per_token[("Qwen3-8B", "Apple-M4-Max")][0] * ratio14,
    "assumption: Qwen3-8B's M4 Max value times the Qwen3-14B / Qwen3-8B "
    "ratio on B200 (Table 15, %.3f); the paper gives no Qwen3-14B energy "
    "on M4 Max" % ratio14)
for m in ["Qwen3-4B", "Qwen3-30B-A3B"]:
    f = (PARAMS[m] / PARAMS["Qwen3-8B"]) ** slope
    for accel in ["Apple-M4-Max", "NVIDIA-B200"]:
        if m == "Qwen3-30B-A3B" and accel == "NVIDIA-B200":
            continue
        per_token[(m, accel)] = (per_token[("Qwen3-8B", accel)][0] * f,
            "assumption: Qwen3-8B's value on this accelerator times "
            "(%.1fB / 8.2B %s parameters)^%.3f, the power law through "
            "Qwen3-8B and Qwen3-14B on B200 (Table 15); the paper gives no "
            "energy for this model" % (PARAMS[m],
                                       "active" if "A3B" in m else "", slope))

M4_MODELS = ["Qwen3-4B", "Qwen3-8B", "Qwen3-14B", "Qwen3-30B-A3B", "Qwen3-32B",
             "GPT-OSS-20B", "GPT-OSS-120B"]
# The default set is the paper's: Tables 8-9's Qwen + GPT-OSS pool on the
# M4 Max (Qwen3-4B, 8B, 14B, GPT-OSS-20B, 120B) and the cloud model.
TABLES89 = {"Qwen3-4B", "Qwen3-8B", "Qwen3-14B", "GPT-OSS-20B", "GPT-OSS-120B"}
for m in M4_MODELS:
    e, es = per_token[(m, "Apple-M4-Max")]
    add_config(m, "Apple-M4-Max", 1, e, es, e / POWER["Apple-M4-Max"],
               "derived: energy per token over the power %.1f W (%s)" %
               (P_M4, POWER_SRC["Apple-M4-Max"]), m in TABLES89)
r = mle_row("Qwen/Qwen3-235B-A22B-Instruct-2507", "H100", 8, 16)
add_config("Qwen3-235B-A22B", "NVIDIA-H200", 16, float(r["energy_per_token_J"]),
           f"{MLE_REF}: energy_per_token_J of Qwen3-235B-A22B-Instruct-2507 "
           "bf16 on 8 H100 at max_num_seqs 16 (mean batch %s); the H100 "
           "stands in for the H200, which no dataset measures" %
           r["avg_batch_size"], float(r["median_itl_ms"]) / 1e3,
           f"{MLE_REF}: median_itl_ms of the same row", True, 8)
for m in ["Qwen3-4B", "Qwen3-8B", "Qwen3-14B", "Qwen3-32B", "GPT-OSS-20B",
          "GPT-OSS-120B"]:
    e, es = per_token[(m, "NVIDIA-B200")]
    add_config(m, "NVIDIA-B200", 1, e, es, e / POWER["NVIDIA-B200"],
               "derived: energy per token over the power %.1f W (%s)" %
               (P_B200, POWER_SRC["NVIDIA-B200"]), False)
for m, mid, gpus in [("Qwen3-8B", "Qwen/Qwen3-8B", 1),
                     ("Qwen3-14B", "Qwen/Qwen3-14B", 1),
                     ("Qwen3-32B", "Qwen/Qwen3-32B", 1),
                     ("Qwen3-30B-A3B", "Qwen/Qwen3-30B-A3B-Instruct-2507", 1),
                     ("Qwen3-235B-A22B", "Qwen/Qwen3-235B-A22B-Instruct-2507",
                      8)]:
    r = mle_row(mid, "H100", gpus, 16)
    add_config(m, "NVIDIA-H100", 16, float(r["energy_per_token_J"]),
               f"{MLE_REF}: energy_per_token_J of {mid} bf16 on {gpus} H100 "
               f"at max_num_seqs 16 (mean batch {r['avg_batch_size']})",
               float(r["median_itl_ms"]) / 1e3,
               f"{MLE_REF}: median_itl_ms of the same row", False, gpus)
r = mle_row("Qwen/Qwen3-235B-A22B-Instruct-2507", "B200", 8, 16)
add_config("Qwen3-235B-A22B", "NVIDIA-B200", 16, float(r["energy_per_token_J"]),
           f"{MLE_REF}: energy_per_token_J of Qwen3-235B-A22B-Instruct-2507 "
           f"bf16 on 8 B200 at max_num_seqs 16 (mean batch "
           f"{r['avg_batch_size']})", float(r["median_itl_ms"]) / 1e3,
           f"{MLE_REF}: median_itl_ms of the same row", False, 8)

LOCAL_SET = {"Qwen3-4B", "Qwen3-8B", "Qwen3-14B", "Qwen3-30B-A3B",
             "GPT-OSS-20B", "GPT-OSS-120B"}
models = []
for m in ["Qwen3-4B", "Qwen3-8B", "Qwen3-14B", "Qwen3-30B-A3B", "Qwen3-32B",
          "GPT-OSS-20B", "GPT-OSS-120B", "Qwen3-235B-A22B"]:
    e = {"name": m, "local_set": m in LOCAL_SET,
         "chat_output_mean": src(r4(CHAT_LEN[m][0]), CHAT_LEN[m][1]),
         "reasoning_output_mean": src(r4(reasoning_len(m)), REASON_SRC)}
    if m == "Qwen3-4B":
        e["accuracy_profile_of"] = "Qwen3-8B"
    models.append(e)

datasets = []
for d in DS:
    e = {"name": d, "size": src(SIZES[d], "PAPER.md Data (the paper's "
                                "dataset sizes)"),
         "output": "chat" if d == "wildchat" else "reasoning"}
    if d in T4:
        e["domains"] = [{"name": n, "share": src(r4(1 / 6), SHARE_NOTE)}
                        for n in NAMED + ["Other"]]
    datasets.append(e)

doc = {
    "about": "Calibration of ipwsim synth to arXiv 2511.07885 v4 "
             "(Intelligence per Watt): the per-model, per-dataset and "
             "per-domain numbers the paper publishes, never its routing "
             "savings. Written by data/calibration/derive.py; "
             "data/calibration/README.md explains every block.",
    "datasets": datasets,
    "tokens_in": {"log_mean": src(r4(in_mu), VIDUR_REF + ": mean of "
                                  "ln(num_prefill_tokens)"),
                  "log_sd": src(r4(in_sd), VIDUR_REF + ": standard "
                                "deviation of ln(num_prefill_tokens)"),
                  "note": "assumption: one prompt-length distribution for "
                          "every dataset (no per-dataset source)"},
    "tokens_out": {"log_sd": src(r4(out_sd), VIDUR_REF + ": standard "
                                 "deviation of ln(num_decode_tokens); used "
                                 "for every dataset and model"),
                   "max": src(32768, "PAPER.md Table 14 note: reasoning "
                              "outputs of up to 32K tokens")},
    "noise": {"energy_cv": src(0.05, "assumption: per-query measurement "
                               "noise of energy (coefficient of variation, "
                               "lognormal); the paper reports none"),
              "latency_cv": src(0.05, "assumption: as energy_cv, for "
                                "latency")},
    "models": models,
    "targets": targets,
    "tolerance": src(0.01, "issue 6: every target within 1 point at 100k "
                     "queries"),
    "configurations": configs,
}
json.dump(doc, sys.stdout, indent=1)
sys.stdout.write("\n")

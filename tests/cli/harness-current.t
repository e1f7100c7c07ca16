# the harness as it writes today (tests/data/harness-current.jsonl, three
# queries by hand): evaluation.is_correct wins over lm_correctness (q1:
# Qwen3-8B true though lm says false, Qwen3-235B false though lm says
# true), lm_correctness serves where there is no evaluation (q3 Qwen3-8B);
# q2's Qwen3-8B has is_correct null and its Qwen3-235B energy null.
# Without the skip options the first null stops the run at its line; with
# them each is skipped and counted for its configuration, and the
# collector's "NVIDIA H100 80GB HBM3 x8" is the catalog's H100 (cloud
# tier: simulate's default pool needs it). By hand: Qwen3-8B has q1, q3
# both right, 90 J mean; Qwen3-235B has q1 wrong and q3 right, 350 J
# mean; 5 records took evaluation.is_correct (q1 x2, q2 x2, q3 235B), 1
# lm_correctness. The oracle sends q1 and q3 local: energy 180 J against
# 700 J cloud-only, a saving of 1 - 180/700 = 74.3%.
cmd: $IPWSIM check harness-current.jsonl; echo "status $?"; $IPWSIM check --skip-unscored harness-current.jsonl; echo "status $?"; $IPWSIM check --skip-unscored --skip-unmeasured --format csv harness-current.jsonl; echo "status $?"; $IPWSIM simulate --skip-unscored --skip-unmeasured --bootstrap 0 harness-current.jsonl | grep -E "^(cloud|local): |^oracle "
--- stdout
status 65
status 65
config,records,missing,quality,energy_per_query_j,power_mean_w,tokens_in_mean,tokens_out_mean,warnings,energy_source,energy_scope
Qwen3-8B@Apple M4 Max,2,0,1,90,45,10,40,1,measured,accelerator
Qwen3-235B-A22B@NVIDIA H100 80GB HBM3 x8,2,0,0.5,350,350,10,60,0,measured,accelerator
status 0
cloud: Qwen3-235B-A22B@NVIDIA H100 80GB HBM3 x8
local: Qwen3-8B@Apple M4 Max
oracle                    100.0%    0.0%   100.0%       -0   74.3%                97.5%                89.3%             
--- stderr
ipwsim: check: harness-current.jsonl:2: model_metrics.Qwen3-8B: correct is missing or null (give correct or score; --skip-unscored skips such records)
ipwsim: check: harness-current.jsonl:2: model_metrics.Qwen3-235B-A22B: energy_j is missing or null (--skip-unmeasured skips such records)
ipwsim: simulate: harness-current.jsonl: note: skipped 1 record of Qwen3-8B@Apple M4 Max: 1 with no correctness (--skip-unscored), 0 with no energy (--skip-unmeasured)
ipwsim: simulate: harness-current.jsonl: note: skipped 1 record of Qwen3-235B-A22B@NVIDIA H100 80GB HBM3 x8: 0 with no correctness (--skip-unscored), 1 with no energy (--skip-unmeasured)
ipwsim: simulate: harness-current.jsonl: note: harness correctness from evaluation.is_correct in 5 records, from lm_correctness in 1

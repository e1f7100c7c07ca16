# QueryTrace JSON Lines (ipw run), by hand: q1's energy is its turns'
# 30 + 20 = 50 J (not the query-level 55), q2's turns have none so its
# query-level 80 J; tokens are the turns' sums (q1 140 in, 30 out; q2 50,
# 5); q3 has an unscorable_reason, so no correctness (an error without
# --skip-unscored, at its line). The model and dataset come from the
# run's summary.json beside the trace; the accelerator from
# --accelerator. Means: 65 J, 20 W (50/2.5 and 80/4), 95 and 17.5 tokens;
# quality 0.5 (q1 resolved, q2 not), or 1 with --correct-from completed.
# Without summary.json the model must be given.
cmd: $IPWSIM check --accelerator "Apple M4 Max" querytrace-run/traces.jsonl; echo "status $?"; $IPWSIM check --skip-unscored --accelerator "Apple M4 Max" --format csv querytrace-run/traces.jsonl; echo "status $?"; $IPWSIM check --skip-unscored querytrace-bare/traces.jsonl; echo "status $?"; $IPWSIM check --quiet --skip-unscored --model Qwen3-8B --accelerator "Apple M4 Max" --correct-from completed --format csv querytrace-bare/traces.jsonl; echo "status $?"; $IPWSIM check --skip-unscored --accelerator "Apple M4 Max" --input-format querytrace querytrace-run/traces.jsonl | tail -2; echo "status $?"
--- stdout
status 65
config,records,missing,quality,energy_per_query_j,power_mean_w,tokens_in_mean,tokens_out_mean,warnings,energy_source,energy_scope
Qwen3-8B@Apple M4 Max,2,0,0.5,65,20,95,17.5,0,measured,accelerator
status 0
status 65
config,records,missing,quality,energy_per_query_j,power_mean_w,tokens_in_mean,tokens_out_mean,warnings,energy_source,energy_scope
Qwen3-8B@Apple M4 Max,2,0,1,65,20,95,17.5,1,measured,accelerator
status 0
0 warnings, with the input's notes
note: querytrace-run/traces.jsonl: skipped 1 record of Qwen3-8B@Apple M4 Max: 1 with no correctness (--skip-unscored), 0 with no energy (--skip-unmeasured)
status 0
--- stderr
ipwsim: check: querytrace-run/traces.jsonl:3: correct is missing or null (give correct or score; --skip-unscored skips such records)
ipwsim: check: querytrace-bare/traces.jsonl:1: a QueryTrace names no model: give --model (no summary.json next to the trace gives config.model)

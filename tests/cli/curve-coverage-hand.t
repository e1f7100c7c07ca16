# coverage-models on the tiny trace, by hand: Qwen3-4B answers q1, q4, q5
# (3 of 5; wildchat q1, q5 of q1, q2, q5; natural_reasoning q4 of q3, q4),
# adding Qwen3-8B adds q2: 4 of 5, wildchat 3 of 3, natural_reasoning
# still 1 of 2. The last row is the paper's reported best-of-local.
cmd: $IPWSIM curve coverage-models --format csv tiny.jsonl
--- stdout
kind,series,x,label,y
coverage-models,all,1,Qwen3-4B@Apple-M4-Max,0.6
coverage-models,wildchat,1,Qwen3-4B@Apple-M4-Max,0.6666666667
coverage-models,natural_reasoning,1,Qwen3-4B@Apple-M4-Max,0.5
coverage-models,all,2,Qwen3-8B@Apple-M4-Max,0.8
coverage-models,wildchat,2,Qwen3-8B@Apple-M4-Max,1
coverage-models,natural_reasoning,2,Qwen3-8B@Apple-M4-Max,0.5
coverage-models,reported: best-of-local,2,,0.887
--- stderr

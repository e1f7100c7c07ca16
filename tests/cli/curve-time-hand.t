# coverage-time on the tiny trace with Qwen3-4B moved to 2024-01, by hand:
# by 2024-01 only Qwen3-4B (q1, q4, q5: 3 of 5 = 0.6); by 2025-04 Qwen3-8B
# too (q1, q2, q5: 0.6, a tie that stays with the earlier Qwen3-4B), and
# together q1, q2, q4, q5: 0.8. x is year + (month - 1) / 12: 2024,
# 2025.25. The last rows are the paper's 23.2% -> 48.7% -> 71.3% trend.
cmd: $IPWSIM curve coverage-time --catalog release-catalog.json --format csv tiny.jsonl
--- stdout
kind,series,x,label,y
coverage-time,best single,2024,Qwen3-4B@Apple-M4-Max,0.6
coverage-time,best-of-local,2024,2024-01,0.6
coverage-time,best single,2025.25,Qwen3-4B@Apple-M4-Max,0.6
coverage-time,best-of-local,2025.25,2025-04,0.8
coverage-time,reported: best single,2023,,0.232
coverage-time,reported: best single,2024,,0.487
coverage-time,reported: best single,2025,,0.713
--- stderr

# pareto on the tiny trace, by hand (energy J; 4B, 8B, cloud; x = wrong):
#   q1 10 20 100   q2 12x 25 120   q3 8x 16x 80   q4 5 9x 50x   q5 30 15 100
# cloud only: 450 / 5 = 90 J, 4 of 5 right. The oracle (smallest correct
# local, else the cloud): {4B} 10 + 120 + 80 + 5 + 30 = 245 -> 49 J, all
# right; {8B} 20 + 25 + 80 + 50 + 15 = 190 -> 38 J, q4 wrong: 0.8;
# {4B, 8B} 10 + 25 + 80 + 5 + 30 = 150 -> 30 J, all right, and nothing
# else is as cheap or as good: the frontier is that one point.
cmd: $IPWSIM curve pareto --format csv tiny.jsonl
--- stdout
kind,series,x,label,y
pareto,cloud-only,90,cloud only,0.8
pareto,oracle,49,Qwen3-4B@Apple-M4-Max,1
pareto,oracle,38,Qwen3-8B@Apple-M4-Max,0.8
pareto,oracle,30,Qwen3-4B@Apple-M4-Max+Qwen3-8B@Apple-M4-Max,1
pareto,frontier,30,oracle: Qwen3-4B@Apple-M4-Max+Qwen3-8B@Apple-M4-Max,1
--- stderr

# --against cost: each single-model point is simulate's oracle with that
# one local configuration, cost per query = cost_usd / queries
cmd: for m in Qwen3-4B GPT-OSS-20B; do $IPWSIM simulate --local $m@Apple-M4-Max --bootstrap 0 --format csv ../../traces/example.jsonl | awk -F, '$1 == "oracle" && $2 == "all" { printf "%.6g %.6g\n", $11 / $4, $6 }'; $IPWSIM curve pareto --against cost --max-subset 1 --format csv ../../traces/example.jsonl | awk -F, -v m=$m@Apple-M4-Max '$2 == "oracle" && $4 == m { printf "%.6g %.6g\n", $3, $5 }'; done
--- stdout
0.0012166 0.916667
0.0012166 0.916667
0.00084205 0.958333
0.00084205 0.958333
--- stderr

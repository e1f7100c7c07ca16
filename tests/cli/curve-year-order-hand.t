# the capability trend covers the easiest failures first, by score margin
# (cloud score - best local score), by hand. scored.jsonl: Qwen3-4B answers
# q1, q2 (10 J each); q3 (cloud 200 J, margin 0.9 - 0.4 = 0.5) and q4
# (cloud 40 J, margin 0.9 - 0.1 = 0.8) go to the cloud; cloud-only spends
# 100 + 100 + 200 + 40 = 440 J, 110 a query; u0 = 0.5. Trends: L 1, U 0.5,
# C 1, so u = 0.5^(t+1) and a share r = 1 - u / u0 of the cloud calls is
# covered, q3 before q4; each covered query costs the local mean, 10 J:
#   t0 u 0.5: 1 - (0.5 x 10 + 240 / 4) / 110 = 0.4090909
#   t1 u 0.25, r 0.5 (q3 gone, 40 J left): 1 - (7.5 + 10) / 110 = 0.8409091
#   t2 u 0.125, r 0.75 (half of q4 too, 20 J): 1 - (8.75 + 5) / 110 = 0.875
# Without scores (scored-none.jsonl) every cloud call counts as the mean,
# 120 J: t1 1 - (7.5 + 240 x 0.5 / 4) / 110 = 0.6590909, t2 1 - (8.75 +
# 15) / 110 = 0.7840909. The sweep's projection agrees, fast and in full.
cmd: $IPWSIM curve savings-year --forecast forecast-order.json --years 2 --format csv scored.jsonl | grep 'energy,'; $IPWSIM curve savings-year --forecast forecast-order.json --years 2 --format csv scored-none.jsonl | grep 'energy,'; for f in "" --no-fast; do $IPWSIM sweep sweep-order.json $f scored.jsonl | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "oracle.projected_energy_saving") c = i; next } { print "sweep" f, $c }' f="$f"; done
--- stdout
savings-year,energy,2025,easiest first (score margin),0.4090909091
savings-year,energy,2026,easiest first (score margin),0.8409090909
savings-year,energy,2027,easiest first (score margin),0.875
savings-year,reported energy,2025,oracle,0.804
savings-year,energy,2025,,0.4090909091
savings-year,energy,2026,,0.6590909091
savings-year,energy,2027,,0.7840909091
savings-year,reported energy,2025,oracle,0.804
sweep 0.4090909091
sweep 0.8409090909
sweep 0.875
sweep--no-fast 0.4090909091
sweep--no-fast 0.8409090909
sweep--no-fast 0.875
--- stderr

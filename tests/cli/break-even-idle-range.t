# the local idle power is searched from 0 to what the local device can
# draw: example.jsonl's M4 Max has no TDP in the catalog, so its measured
# mean power, 65.07 W (sum of energy over sum of latency, by hand: about
# 64-65 W for each of the four models), rounded up to 100 W; with a
# catalog TDP of 45 W, to 50 W
cmd: for c in "" "--catalog tdp-catalog.json"; do $IPWSIM simulate $c --local-mode marginal --local-idle-w 10 --break-even local-idle-w --bootstrap 0 ../../traces/example.jsonl | grep '^break-even'; done
--- stdout
break-even: oracle energy saving = 0 as local-idle-w moves over [0, 100]: not reached (saving stays above it)
break-even: oracle energy saving = 0 as local-idle-w moves over [0, 50]: not reached (saving stays above it)
--- stderr

# --preset paper on the example (measured at the preset's batch sizes) changes nothing
cmd: $IPWSIM simulate --bootstrap 0 --format csv ../../traces/example.jsonl > $T/a && $IPWSIM simulate --preset paper --bootstrap 0 --format csv ../../traces/example.jsonl | cmp - $T/a && echo same
--- stdout
same
--- stderr

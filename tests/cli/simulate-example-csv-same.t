# the example's CSV and JSONL forms agree
cmd: $IPWSIM simulate --format csv ../../traces/example.jsonl > $T/a && $IPWSIM simulate --format csv ../../traces/example.csv | cmp - $T/a && echo same
--- stdout
same
--- stderr

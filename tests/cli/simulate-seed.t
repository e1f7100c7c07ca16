# the same seed gives the same bytes, another seed other intervals
cmd: $IPWSIM simulate --router cascade:0.7 --format csv tiny.jsonl > $T/a; $IPWSIM simulate --router cascade:0.7 --format csv tiny.jsonl | cmp - $T/a && echo same; $IPWSIM simulate --seed 2 --router cascade:0.7 --format csv tiny.jsonl | cmp -s - $T/a || echo differs
--- stdout
same
differs
--- stderr

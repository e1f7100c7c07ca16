# the same as JSON Lines, read back by simulate
cmd: $IPWSIM convert --wide wide-table.csv --profile wide-profile.json -o $T/w.jsonl && $IPWSIM simulate --bootstrap 0 --format csv $T/w.jsonl | cut -d, -f1,2,7 | grep ',all,'
--- stdout
cloud-only,all,64
oracle,all,54
--- stderr

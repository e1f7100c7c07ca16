# an output in a missing directory
cmd: $IPWSIM simulate -o no-such-dir/r.csv tiny.jsonl
status: 73
--- stdout
--- stderr
ipwsim: simulate: no-such-dir/r.csv: cannot create: No such file or directory

# coverage-time when every local model came out in the same month
cmd: $IPWSIM curve coverage-time tiny.jsonl
status: 65
--- stdout
--- stderr
ipwsim: curve: coverage-time needs local models released in at least two different months (the catalog's release field); this pool has 1

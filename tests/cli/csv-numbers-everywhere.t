# every CSV reader takes numbers by the one JSON-number rule and names
# the column: an arrival time "abc" was read as 0 (line 3, byte 1); a
# curve's batch "0x10" was read as 16 (the field starts at byte 40:
# "Qwen3-235B-A22B,NVIDIA-H200,8,bfloat16," is 39 bytes)
cmd: $IPWSIM simulate --curves curve-test.csv --arrivals bad/arrivals-word.csv whatif.jsonl; echo "status $?"; $IPWSIM simulate --curves bad/curve-hex.csv --cloud-batch 4 whatif.jsonl; echo "status $?"
--- stdout
status 65
status 65
--- stderr
ipwsim: simulate: bad/arrivals-word.csv:3:1: arrived_at is not a number >= 0: "abc"
ipwsim: simulate: bad/curve-hex.csv:2:40: batch is not a number > 0: "0x10"

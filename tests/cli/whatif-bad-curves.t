# a curve file whose batch sizes are not increasing
cmd: $IPWSIM simulate --curves bad/curve-not-increasing.csv --cloud-batch 8 whatif.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/curve-not-increasing.csv:3: batch sizes of a curve must be strictly increasing

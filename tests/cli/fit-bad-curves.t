# a curve file whose batch sizes are not increasing
cmd: $IPWSIM fit --curves bad/curve-not-increasing.csv
status: 65
--- stdout
--- stderr
ipwsim: fit: bad/curve-not-increasing.csv:3: batch sizes of a curve must be strictly increasing

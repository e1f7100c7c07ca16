# fit --data: a measurement row with an empty num_gpus is an error (exit 65) at its line and column, naming the column: a fit never guesses a measured configuration
cmd: $IPWSIM fit --data bad/fit-empty-gpus.csv; echo "status $?"
--- stdout
status 65
--- stderr
ipwsim: fit: bad/fit-empty-gpus.csv:5:54: num_gpus is empty

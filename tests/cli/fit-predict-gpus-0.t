# num_gpus below its lower limit 1: exit 65
cmd: $IPWSIM fit --predict bad/predict-gpus-0.csv -o $T/out.csv; echo "status $?"; ls $T
--- stdout
status 65
--- stderr
ipwsim: fit: bad/predict-gpus-0.csv:2:25: num_gpus is not a number >= 1: "0"

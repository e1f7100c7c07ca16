# num_gpus above its upper limit 4096: exit 65
cmd: $IPWSIM fit --predict bad/predict-gpus-4097.csv -o $T/out.csv; echo "status $?"; ls $T
--- stdout
status 65
--- stderr
ipwsim: fit: bad/predict-gpus-4097.csv:2:25: num_gpus is not a whole number from 1 to 4096: "4097"

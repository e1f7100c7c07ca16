# too few points to fit
cmd: $IPWSIM fit --curves curve-test.csv
status: 65
--- stdout
--- stderr
ipwsim: fit: 3 measured points on NVIDIA-H200: too few to fit 5 parameters

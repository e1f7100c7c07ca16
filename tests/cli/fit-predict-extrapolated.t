# fit --predict: pred_note says when a prediction is an extrapolation: a batch more than 1% above the largest measured on the accelerator (the shipped H100 rows reach 2047.3: 2000 is inside, 5000 above), weights that do not fit the replica (405B at 16 bits is 810 GB, over 8 x 80 GB; at 8 bits, 405 GB, it fits)
cmd: $IPWSIM fit --predict predict-extrapolated.csv | cut -d, -f5 | tail -n +2; $IPWSIM fit --predict predict-extrapolated.csv | grep -o '; batch [^;]*\|; the weights [^"]*' 
--- stdout
2000
5000
64
64
; batch 5000 is above the largest measured on NVIDIA-H100 (2047.3): extrapolated
; the weights (810 GB at 16 bits) exceed the replica's memory (640 GB on 8 devices): no server runs it at this precision, the figure is extrapolated
--- stderr

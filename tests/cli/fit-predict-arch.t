# a predict row's own num_layers and kv_bytes_per_token: the KV cache a
# step reads is linear in the bytes a token adds, so the ITL at 4e5 bytes
# is as far above the ITL at 2e5 as that is above no cache (to 0.01 ms),
# more layers step slower, and a figure the row lacks is said estimated
# in pred_note; num_layers 2.5 and kv_bytes_per_token -1 are errors at
# their file, line and column, exit 65, nothing written
cmd: $IPWSIM fit --predict predict-arch.csv | awk -F, 'NR > 1 { itl[NR] = $(NF-3); note[NR] = $NF } END { d = (itl[5] - itl[4]) - (itl[4] - itl[3]); print (d < 0.01 && d > -0.01 && itl[4] > itl[3]) ? "cache: linear" : "cache: WRONG"; print (itl[6] > itl[4]) ? "layers: slower" : "layers: WRONG"; print note[2]; print note[4]; print note[6] }'; $IPWSIM fit --predict bad/predict-layers-frac.csv -o $T/out.csv; echo "status $?"; $IPWSIM fit --predict bad/predict-kv-negative.csv -o $T/out.csv; echo "status $?"; ls $T
--- stdout
cache: linear
layers: slower
interval from the model-out fold; layers and KV cache estimated from its parameters
interval from the model-out fold; layers estimated from its parameters
interval from the model-out fold
status 65
status 65
--- stderr
ipwsim: fit: bad/predict-layers-frac.csv:3:50: num_layers is not a whole number: "2.5"
ipwsim: fit: bad/predict-kv-negative.csv:2:53: kv_bytes_per_token is not a number >= 0: "-1"

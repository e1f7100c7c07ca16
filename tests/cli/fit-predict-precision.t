# an unknown weight_precision: exit 65 at its line and column, listing the known ones; nothing written
cmd: $IPWSIM fit --predict bad/predict-precision.csv -o $T/out.csv; echo "status $?"; ls $T
--- stdout
status 65
--- stderr
ipwsim: fit: bad/predict-precision.csv:3:15: weight_precision "fp7" is not one of fp32, bf16, fp16, fp8, int8, int4, mxfp4, nvfp4, q8_0, q6_k, q5_k, q5_0, q5_1, q4_k, q4_0, q4_1, q3_k, q2_k

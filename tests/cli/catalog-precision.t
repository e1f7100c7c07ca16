# a model's release precision: a name precision.h knows (case aside,
# bare or with its source), shown canonical in the table; a name it does
# not know is refused with the list; a value object without a source is
# refused
cmd: $IPWSIM catalog --catalog precision-catalog.json | grep Mystery | awk '{ print $1, $6 }'; $IPWSIM catalog --catalog bad/catalog-precision.json; echo "exit $?"; $IPWSIM catalog --catalog bad/catalog-precision-nosource.json; echo "exit $?"
--- stdout
Mystery-FP fp8
exit 65
exit 65
--- stderr
ipwsim: catalog: bad/catalog-precision.json:1:40: models[0].precision: is not one of fp32, bf16, fp16, fp8, int8, int4, mxfp4, nvfp4, q8_0, q6_k, q5_k, q5_0, q5_1, q4_k, q4_0, q4_1, q3_k, q2_k
ipwsim: catalog: bad/catalog-precision-nosource.json:1:40: models[0].precision: has no "source" text

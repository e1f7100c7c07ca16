# a record's precision outside the documented list, and accelerators below 1 and above 4096: exit 65 at file:line:col naming the field (the list of known precisions in the message); accelerators 4096, the upper limit, is read (the first row of accelerators-0.csv) and 1 below it is refused on its own row
cmd: $IPWSIM check bad/precision-unknown.jsonl; echo "status $?"; $IPWSIM check bad/accelerators-0.csv; echo "status $?"; $IPWSIM check bad/accelerators-4097.csv; echo "status $?"
--- stdout
status 65
status 65
status 65
--- stderr
ipwsim: check: bad/precision-unknown.jsonl:2:121: precision is not a known precision: fp32, bf16, fp16, fp8, int8, int4, mxfp4, nvfp4, q8_0, q6_k, q5_k, q5_0, q5_1, q4_k, q4_0, q4_1, q3_k, q2_k: "fp7"
ipwsim: check: bad/accelerators-0.csv:3:32: accelerators is not a whole number from 1 to 4096: "0"
ipwsim: check: bad/accelerators-4097.csv:2:32: accelerators is not a whole number from 1 to 4096: "4097"

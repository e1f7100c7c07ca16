# a predict file without avg_output_len: exit 65 at line 1 naming the column, and -o writes nothing
cmd: $IPWSIM fit --predict bad/predict-no-output-len.csv -o $T/out.csv; echo "status $?"; ls $T
--- stdout
status 65
--- stderr
ipwsim: fit: bad/predict-no-output-len.csv:1: the header has no column avg_output_len (v2: avg_out_tokens)

# fit --predict: a row with more fields than the header is an error at its line (exit 65), as in a trace's CSV, and the output file is not created
cmd: $IPWSIM fit --predict bad/predict-wide-row.csv -o $T/out.csv; echo "status $?"; test -e $T/out.csv && echo "written" || echo "nothing written"
--- stdout
status 65
nothing written
--- stderr
ipwsim: fit: bad/predict-wide-row.csv:3: record has 7 fields, the header has 6

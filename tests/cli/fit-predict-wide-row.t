# fit --predict: a row with more or fewer fields than the header is an error at its line (exit 65), as in a trace's CSV, and the output file is not created; the row before it, of the header's width, is read
cmd: for f in wide short; do $IPWSIM fit --predict bad/predict-$f-row.csv -o $T/out.csv; echo "status $?"; test -e $T/out.csv && echo "written" || echo "nothing written"; done
--- stdout
status 65
nothing written
status 65
nothing written
--- stderr
ipwsim: fit: bad/predict-wide-row.csv:3: record has 7 fields, the header has 6
ipwsim: fit: bad/predict-short-row.csv:3: record has 5 fields, the header has 6

# --predict writes CSV rows: --format json is a usage error
cmd: $IPWSIM fit --predict predict-rows.csv --format json; echo "status $?"
--- stdout
status 64
--- stderr
ipwsim: fit: --predict writes CSV rows: without --validate or --format json (see 'ipwsim fit --help')

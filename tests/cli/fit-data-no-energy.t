# measurements to fit without energy_per_token_J: exit 65 naming it
cmd: $IPWSIM fit --data bad/measure-no-energy.csv; echo "status $?"
--- stdout
status 65
--- stderr
ipwsim: fit: bad/measure-no-energy.csv:1: the header has no column energy_per_token_J (v2: energy_per_out_token_J)

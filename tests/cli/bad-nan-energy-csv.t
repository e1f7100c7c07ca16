# bad input: nan_energy.csv
cmd: $IPWSIM simulate bad/nan_energy.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/nan_energy.csv:2:28: energy_j is not a finite number: "nan"

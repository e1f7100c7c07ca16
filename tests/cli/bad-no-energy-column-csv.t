# bad input: no_energy_column.csv
cmd: $IPWSIM simulate bad/no_energy_column.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/no_energy_column.csv:1: header has no energy_j column

# CSV numbers are JSON numbers: a leading space is refused as a trailing one is
cmd: $IPWSIM simulate bad/space_number.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/space_number.csv:2:28: energy_j is not a number: " 5"

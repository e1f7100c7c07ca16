# CSV numbers are JSON numbers: a hex float is not one (energy_j starts at byte 28)
cmd: $IPWSIM simulate bad/hex_number.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/hex_number.csv:2:28: energy_j is not a number: "0x1p3"

# bad input: bad_bool.csv
cmd: $IPWSIM simulate bad/bad_bool.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/bad_bool.csv:2:26: correct is not 0, 1, true or false: "yes"

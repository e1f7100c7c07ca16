# bad input: unterminated.csv
cmd: $IPWSIM simulate bad/unterminated.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/unterminated.csv:2: unterminated quoted field at end of input

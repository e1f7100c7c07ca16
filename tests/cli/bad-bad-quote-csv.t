# bad input: bad_quote.csv
cmd: $IPWSIM simulate bad/bad_quote.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/bad_quote.csv:3:10: quote inside an unquoted field

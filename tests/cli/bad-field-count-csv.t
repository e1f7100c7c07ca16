# bad input: field_count.csv
cmd: $IPWSIM simulate bad/field_count.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/field_count.csv:3: record has 6 fields, the header has 7

# a stray CR inside an unquoted field (byte 31) is a broken line ending
cmd: $IPWSIM simulate bad/stray_cr.csv
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/stray_cr.csv:2:31: a CR inside an unquoted field (lines end in LF or CRLF)

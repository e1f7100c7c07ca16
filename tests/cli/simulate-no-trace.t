# no trace
cmd: $IPWSIM simulate
status: 64
--- stdout
--- stderr
ipwsim: simulate: no trace given (see 'ipwsim simulate --help')

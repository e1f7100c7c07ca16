# an option without its value
cmd: $IPWSIM simulate tiny.jsonl --cloud
status: 64
--- stdout
--- stderr
ipwsim: simulate: option "--cloud" needs a value (see 'ipwsim simulate --help')

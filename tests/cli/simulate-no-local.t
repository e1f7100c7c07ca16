# a pool with no local configuration
cmd: $IPWSIM simulate onlycloud.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: no local configuration: name them with --local (see 'ipwsim simulate --help')

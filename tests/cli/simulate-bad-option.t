# unknown option
cmd: $IPWSIM simulate --bogus tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: unknown option "--bogus" (see 'ipwsim simulate --help')

# catalog takes no operands
cmd: $IPWSIM catalog tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: catalog: unexpected argument "tiny.jsonl" (see 'ipwsim catalog --help')

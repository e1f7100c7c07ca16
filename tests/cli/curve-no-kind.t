# no kind
cmd: $IPWSIM curve --format csv tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: curve: no kind of curve given (see 'ipwsim curve --help')

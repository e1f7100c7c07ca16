# unknown output format
cmd: $IPWSIM simulate --format xml tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --format: "xml" is not table, csv or json (see 'ipwsim simulate --help')

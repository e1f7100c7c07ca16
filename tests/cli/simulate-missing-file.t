# an input that cannot be opened
cmd: $IPWSIM simulate no-such-file.jsonl
status: 66
--- stdout
--- stderr
ipwsim: simulate: no-such-file.jsonl: cannot open: No such file or directory

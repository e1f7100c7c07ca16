# --max-line bounds a line
cmd: $IPWSIM simulate --max-line 100 tiny.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: tiny.jsonl:1: line is longer than 100 bytes

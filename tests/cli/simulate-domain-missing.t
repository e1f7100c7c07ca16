# domain: on a trace without domains names the field and file
cmd: $IPWSIM simulate --router domain nodomain.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: nodomain.jsonl: --router domain needs the domain field, which no record has

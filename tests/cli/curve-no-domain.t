# coverage-domain without domains
cmd: $IPWSIM curve coverage-domain nodomain.jsonl
status: 65
--- stdout
--- stderr
ipwsim: curve: coverage-domain needs the domain field, which no record has

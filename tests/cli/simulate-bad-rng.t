# an unknown GSL generator
cmd: $IPWSIM simulate --rng dice tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --rng: "dice" is not a GSL generator (e.g. mt19937, ranlxd2, taus2) (see 'ipwsim simulate --help')

# an unknown router
cmd: $IPWSIM simulate --router oracle2 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --router: "oracle2": unknown router (paper, cascade, mixture, domain, length, single, size-cascade, random or budget) (see 'ipwsim simulate --help')

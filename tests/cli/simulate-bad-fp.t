# an error rate outside [0,1]
cmd: $IPWSIM simulate --router cascade:0.8 --router-fp 2 tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --router-fp: "2" is not a number in [0, 1] (see 'ipwsim simulate --help')

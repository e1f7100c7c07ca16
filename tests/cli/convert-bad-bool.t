# a correctness cell that is not True or False
cmd: $IPWSIM convert --wide bad/wide-bad-bool.csv --profile wide-profile.json
status: 65
--- stdout
--- stderr
ipwsim: convert: bad/wide-bad-bool.csv:2:13: small is not True or False: "maybe"

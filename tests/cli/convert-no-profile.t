# --profile is needed
cmd: $IPWSIM convert --wide wide-table.csv
status: 64
--- stdout
--- stderr
ipwsim: convert: --wide and --profile go together (see 'ipwsim convert --help')

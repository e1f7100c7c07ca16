# a model column the profile does not describe
cmd: $IPWSIM convert --wide bad/wide-extra-column.csv --profile wide-profile.json
status: 65
--- stdout
--- stderr
ipwsim: convert: bad/wide-extra-column.csv:1:18: column "other" is not in the profile (add the model, or drop the column)

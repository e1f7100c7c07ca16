# pareto's own options are checked: --max-subset below 1 and above 62
cmd: $IPWSIM curve pareto --max-subset 0 tiny.jsonl; echo "status $?"; $IPWSIM curve pareto --max-subset 63 tiny.jsonl; echo "status $?"; $IPWSIM curve pareto --against carbon tiny.jsonl; echo "status $?"
--- stdout
status 64
status 64
status 64
--- stderr
ipwsim: curve: --max-subset: "0" is not a whole number from 1 to 62 (see 'ipwsim curve --help')
ipwsim: curve: --max-subset: "63" is not a whole number from 1 to 62 (see 'ipwsim curve --help')
ipwsim: curve: --against: "carbon" is not energy or cost (see 'ipwsim curve --help')

# An accounting hypothesis with a value it does not have is a usage error
cmd: for o in "--cloud-charge whole" "--cloud-energy-basis fixed" "--token-pricing input" "--cloud-measured-on H900"; do $IPWSIM simulate $o hypotheses.jsonl; echo "exit $?"; done
--- stdout
exit 64
exit 64
exit 64
exit 64
--- stderr
ipwsim: simulate: --cloud-charge: "whole" is not share or step (see 'ipwsim simulate --help')
ipwsim: simulate: --cloud-energy-basis: "fixed" is not measured or per-query (see 'ipwsim simulate --help')
ipwsim: simulate: --token-pricing: "input" is not both, output or output-rate (see 'ipwsim simulate --help')
ipwsim: simulate: --cloud-measured-on: "H900" is not an accelerator of the catalog (see 'ipwsim simulate --help')

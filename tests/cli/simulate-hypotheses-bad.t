# An accounting hypothesis with a value it does not have is a usage error;
# so is the per-query cloud energy on a query shard (its mean is the whole
# trace's, which a shard does not see)
cmd: for o in "--cloud-charge whole" "--cloud-energy-basis fixed" "--token-pricing input" "--cloud-measured-on H900"; do $IPWSIM simulate $o hypotheses.jsonl; echo "exit $?"; done; $IPWSIM simulate --shard 1/2 --cloud-energy-basis per-query hypotheses.jsonl; echo "exit $?"
--- stdout
exit 64
exit 64
exit 64
exit 64
exit 64
--- stderr
ipwsim: simulate: --cloud-charge: "whole" is not share or step (see 'ipwsim simulate --help')
ipwsim: simulate: --cloud-energy-basis: "fixed" is not measured or per-query (see 'ipwsim simulate --help')
ipwsim: simulate: --token-pricing: "input" is not both, output or output-rate (see 'ipwsim simulate --help')
ipwsim: simulate: --cloud-measured-on: "H900" is not an accelerator of the catalog (see 'ipwsim simulate --help')
ipwsim: simulate: --shard: --cloud-energy-basis per-query charges the mean over the whole trace's queries, which a shard does not have (see 'ipwsim simulate --help')

# a provenance word outside the vocabulary: exit 65 at its file, line and
# column, the field named (JSON Lines and CSV); a bad option word: 64
cmd: $IPWSIM check prov-bad.jsonl; echo "status $?"; $IPWSIM check prov-bad.csv; echo "status $?"; $IPWSIM check --energy-source guessed tiny.jsonl; echo "status $?"; $IPWSIM check --energy-scope "" tiny.jsonl; echo "status $?"
--- stdout
status 65
status 65
status 64
status 64
--- stderr
ipwsim: check: prov-bad.jsonl:1:121: energy_source is not measured, estimated, modelled or assumed: "metered"
ipwsim: check: prov-bad.csv:2:35: energy_scope is not accelerator, package, system or wall: "gpu"
ipwsim: check: --energy-source: "guessed" is not measured, estimated, modelled or assumed (see 'ipwsim check --help')
ipwsim: check: --energy-scope: "" is not accelerator, package, system or wall (see 'ipwsim check --help')

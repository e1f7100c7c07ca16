# JSON inputs' shape errors carry their place: a catalog whose models is
# not an array (its value, "5", is byte 12), an unknown key in an entry
# (a warning at its value, byte 44, naming the nearest key; an error
# under --strict), a preset with no settings (it changed nothing and
# exited 0 before), a fit file whose entry lacks a parameter (the entry
# starts at byte 19: a missing field is placed at its entry)
cmd: $IPWSIM catalog --catalog bad/catalog-not-array.json; echo "status $?"; $IPWSIM catalog --catalog bad/catalog-unknown-key.json > /dev/null; echo "status $?"; $IPWSIM catalog --strict --catalog bad/catalog-unknown-key.json > /dev/null; echo "status $?"; $IPWSIM simulate --preset bad/preset-no-settings.json tiny.jsonl; echo "status $?"; $IPWSIM simulate --batch-model roofline --cloud-batch 32 --roofline bad/roofline-missing.json ../../traces/example.jsonl; echo "status $?"
--- stdout
status 65
status 0
status 65
status 65
status 65
--- stderr
ipwsim: catalog: bad/catalog-not-array.json:1:12: models: is not an array of entries
ipwsim: catalog: bad/catalog-unknown-key.json:1:44: warning: models[0].parms_total_b: unknown key (did you mean params_total_b?); ignored
ipwsim: catalog: bad/catalog-unknown-key.json:1:44: models[0].parms_total_b: unknown key (did you mean params_total_b?) (--strict)
ipwsim: simulate: bad/preset-no-settings.json:1:1: the preset has no "settings" object
ipwsim: simulate: bad/roofline-missing.json:1:19: accelerators[0].eta_compute: is missing

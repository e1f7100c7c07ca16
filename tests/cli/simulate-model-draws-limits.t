# --model-draws at its limits 0 and 100000 is accepted, -1 and 100001 are usage errors
cmd: S="$IPWSIM simulate --bootstrap 0 --cloud-batch 64 --measured-batch cloud=16 ../../traces/example.jsonl"; $S --model-draws 100000 | grep "^model interval"; $S --model-draws 0 | grep "^model interval"; $S --model-draws 100001; echo "status $?"; $S --model-draws -1; echo "status $?"
--- stdout
model interval (100000 draws): energy_sav [2.5%, 97.5%] when every modelled energy is drawn from its validated error, one draw per configuration, routing as decided
model interval: not computed: --model-draws 0
status 64
status 64
--- stderr
ipwsim: simulate: --model-draws: "100001" is more than 100000 (see 'ipwsim simulate --help')
ipwsim: simulate: --model-draws: "-1" is not a whole number >= 0 (see 'ipwsim simulate --help')

# --quiet leaves only errors on stderr (no unknown-field warning, no
# synth summary; check still lists the warnings in its report);
# --progress writes the progress as whole lines to a stderr that is not a
# terminal: the read of each input (tiny.jsonl: 15 records) and, in a
# sweep, the points (sweep-2x2.json: 4); an error still shows under
# --quiet
cmd: tr=../../traces/example.jsonl; $IPWSIM simulate --quiet --format csv unknown-field.jsonl > /dev/null; echo "simulate --quiet: status $?"; $IPWSIM check --quiet unknown-field.jsonl | grep -c "unknown field"; $IPWSIM synth --quiet --queries 5 -o $T/s.jsonl; echo "synth --quiet: status $?"; $IPWSIM simulate --progress --format csv -o /dev/null tiny.jsonl 2>&1 | sed 's/[0-9.]* MB/X MB/; s/[0-9.]* s$/X s/'; $IPWSIM sweep sweep-2x2.json --no-fast --progress -o /dev/null $tr 2>&1 | grep "points" | sed 's/points, .*/points/'; $IPWSIM simulate --quiet bad/neg_energy.jsonl; echo "status $?"
--- stdout
simulate --quiet: status 0
2
synth --quiet: status 0
ipwsim: simulate: read tiny.jsonl: X MB, 15 records, X s
ipwsim: sweep: 4 of 4 points
status 65
--- stderr
ipwsim: simulate: bad/neg_energy.jsonl:3:89: energy_j is negative: "-5"

# A map's errors are at their line and column in the map (exit 65): a
# path the source lacks (with the first record lacking it), an unknown
# unit, a name that is no trace field (with the nearest), from and value
# both, malformed JSON; a source value the map cannot take is at the
# record's line and column (a status in neither list); a CSV log without
# a column the map names; an Arrow file is refused as without a map; a
# map that does not exist is 66
cmd: for m in map-lacks map-bad-unit map-bad-field map-both map-broken; do $IPWSIM convert --map $m.json map-lab.jsonl; echo "status $?"; done; $IPWSIM convert --map map-lab.json map-weird.jsonl > /dev/null; echo "status $?"; $IPWSIM convert --map map-lab-csv.json tiny.csv; echo "status $?"; $IPWSIM convert --map map-lab.json arrow-file.arrow; echo "status $?"; $IPWSIM convert --map nosuch.json map-lab.jsonl; echo "status $?"; $IPWSIM convert --map map-lab.json; echo "status $?"; $IPWSIM convert --map map-lab.json --wide x.csv --profile p.json; echo "status $?"
--- stdout
status 65
status 65
status 65
status 65
status 65
status 65
status 65
status 65
status 66
status 64
status 64
--- stderr
ipwsim: convert: map-lacks.json:8:26: fields.energy_j.from: the source has no "metrics.energy_j" (first record lacking it: map-lab.jsonl:1; "optional": true leaves energy_j unset where it is absent)
ipwsim: convert: map-bad-unit.json:8:55: fields.energy_j.unit: "mV" is not a unit of energy_j: one of J, mJ, uJ, kJ, Wh or kWh
ipwsim: convert: map-bad-field.json:9:19: fields.latency_ms: is not a field of the trace format (did you mean latency_s?)
ipwsim: convert: map-both.json:2:15: fields.energy_j: needs "from" (where in the source) or "value" (a constant), one of them
ipwsim: convert: map-broken.json:2:1: malformed JSON: fields: object is not closed
ipwsim: convert: map-weird.jsonl:2:187: status (correct) is in neither the map's true nor its false list: "weird"
ipwsim: convert: map-lab-csv.json:5:17: fields.query_id.from: the source has no "id" (first record lacking it: tiny.csv:2; "optional": true leaves query_id unset where it is absent)
ipwsim: convert: arrow-file.arrow: an Apache Arrow file (as ipw profile saves its dataset), not a trace: export it to JSON Lines first, for example python3 -c "import datasets; datasets.load_from_disk('RUN_DIR').to_json('trace.jsonl')"
ipwsim: convert: nosuch.json: cannot open: No such file or directory
ipwsim: convert: no input given (traces, logs with --map, or --wide and --profile) (see 'ipwsim convert --help')
ipwsim: convert: --wide reads its table, not traces or --map (see 'ipwsim convert --help')

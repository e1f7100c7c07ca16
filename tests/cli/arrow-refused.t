# an Apache Arrow file (IPC file magic "ARROW1") and stream (0xFFFFFFFF
# then a metadata length, as Hugging Face datasets write data-*.arrow)
# are refused by their first bytes with the way to export them, exit 65,
# whatever --input-format says; a CSV trace is not mistaken for one
cmd: $IPWSIM check arrow-file.arrow; echo "status $?"; $IPWSIM simulate --input-format csv arrow-stream.arrow; echo "status $?"; $IPWSIM check --quiet tiny.csv > /dev/null; echo "status $?"
--- stdout
status 65
status 65
status 0
--- stderr
ipwsim: check: arrow-file.arrow: an Apache Arrow file (as ipw profile saves its dataset), not a trace: export it to JSON Lines first, for example python3 -c "import datasets; datasets.load_from_disk('RUN_DIR').to_json('trace.jsonl')"
ipwsim: simulate: arrow-stream.arrow: an Apache Arrow file (as ipw profile saves its dataset), not a trace: export it to JSON Lines first, for example python3 -c "import datasets; datasets.load_from_disk('RUN_DIR').to_json('trace.jsonl')"

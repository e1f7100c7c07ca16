# The shipped maps (data/maps) read the formats ipwsim reads natively
# into the same canonical trace, byte for byte, in JSON Lines and CSV:
# harness ProfilingRecord lines (an unanalysed run, and one as the
# harness writes today with evaluation.is_correct, nulls and collector
# GPU names), QueryTrace lines (model and accelerator given), canonical
# JSON Lines and CSV traces.
cmd: M=$IPWSIM_DATADIR/maps; S=$IPWSIM_SRCDIR/traces; same() { map=$1; shift; $IPWSIM convert --quiet "$@" > $T/n; a=$?; $IPWSIM convert --quiet --map $M/$map "$@" > $T/m; b=$?; if [ $a = 0 ] && [ $b = 0 ] && cmp -s $T/n $T/m; then echo "same, $(wc -l < $T/n) lines: $map $(basename "$(eval echo \${$#})")"; else echo "DIFFER ($a $b): $map $*"; fi; }; for f in "" "--format csv"; do same harness-profiling.json $f harness.jsonl; same harness-profiling.json $f --skip-unscored --skip-unmeasured harness-current.jsonl; same harness-querytrace.json $f --skip-unscored --model Qwen3-8B --accelerator "Apple M4 Max" querytrace-bare/traces.jsonl; same canonical.json $f tiny.jsonl; same canonical.json $f $S/example.csv; same canonical.json $f $S/gsm8k-routellm.jsonl; done
--- stdout
same, 4 lines: harness-profiling.json harness.jsonl
same, 4 lines: harness-profiling.json harness-current.jsonl
same, 2 lines: harness-querytrace.json traces.jsonl
same, 15 lines: canonical.json tiny.jsonl
same, 120 lines: canonical.json example.csv
same, 2614 lines: canonical.json gsm8k-routellm.jsonl
same, 5 lines: harness-profiling.json harness.jsonl
same, 5 lines: harness-profiling.json harness-current.jsonl
same, 3 lines: harness-querytrace.json traces.jsonl
same, 16 lines: canonical.json tiny.jsonl
same, 121 lines: canonical.json example.csv
same, 2615 lines: canonical.json gsm8k-routellm.jsonl
--- stderr

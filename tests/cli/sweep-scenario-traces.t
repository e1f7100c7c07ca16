# a scenario's "traces" are read relative to the scenario: the bundled
# example gives the rows of the same grid with the trace on the command
# line; a trace in both places is read twice and refused
cmd: top=../..; $IPWSIM sweep $top/traces/sweep-example.json > $T/a.csv || exit 1; grep -v '"traces"' $top/traces/sweep-example.json > $T/s.json; $IPWSIM sweep $T/s.json $top/traces/example.jsonl > $T/b.csv || exit 1; cmp $T/a.csv $T/b.csv && echo "scenario traces = command-line trace: $(($(wc -l < $T/a.csv) - 1)) points"; $IPWSIM sweep $top/traces/sweep-example.json $top/traces/example.jsonl > /dev/null 2> $T/err; echo "status $?"; sed "s|$top/||" $T/err
--- stdout
scenario traces = command-line trace: 16 points
status 65
ipwsim: sweep: traces/example.jsonl:1: duplicate record for query "wc-01" on "Qwen3-4B@Apple-M4-Max"
--- stderr

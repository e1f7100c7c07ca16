# sweep --layout long holds exactly the wide layout's numbers, melted: the
# wide CSV melted here by awk (a column named POLICY.METRIC becomes rows
# POLICY,METRIC) and sorted equals the long CSV sorted, 4 points x 4
# policies x 19 metrics (9 and the 10 provenance shares) = 304
# rows; with --shard it is a usage error
cmd: cd $T && $IPWSIM sweep "$IPWSIM_TESTDATA/sweep-2x2.json" "$IPWSIM_SRCDIR/traces/example.jsonl" > wide.csv 2>/dev/null && $IPWSIM sweep "$IPWSIM_TESTDATA/sweep-2x2.json" --layout long "$IPWSIM_SRCDIR/traces/example.jsonl" > long.csv 2>/dev/null && head -1 long.csv && awk -F, 'NR == 1 { for (i = 2; i <= NF; i++) if (match($i, /\.[a-z_]+$/)) { pol[i] = substr($i, 1, RSTART - 1); met[i] = substr($i, RSTART + 1) } else np = i; next } { for (i = 2; i <= NF; i++) if (i in pol) { row = $1; for (j = 2; j <= np; j++) row = row "," $j; print row "," pol[i] "," met[i] "," $i } }' wide.csv | sort > melted && sed 1d long.csv | sort > sorted && wc -l < sorted && cmp melted sorted && echo "same numbers"; $IPWSIM sweep "$IPWSIM_TESTDATA/sweep-2x2.json" --layout long --shard 1/2 "$IPWSIM_SRCDIR/traces/example.jsonl"; echo "exit $?"; $IPWSIM sweep "$IPWSIM_TESTDATA/sweep-2x2.json" --layout tall "$IPWSIM_SRCDIR/traces/example.jsonl"; echo "exit $?"
--- stdout
point,cloud-idle-w,cloud-batch,cloud-utilization,policy,metric,value
336
same numbers
exit 64
exit 64
--- stderr
ipwsim: sweep: --shard writes the wide partial CSV that ipwsim merge reads; leave out --layout long (see 'ipwsim sweep --help')
ipwsim: sweep: --layout: "tall" is not wide or long (see 'ipwsim sweep --help')

# the reader's bounds at, below and above: --max-line M where M is
# tiny.jsonl's longest line reads it, M - 1 fails on that line; the
# smallest --max-line is 64 (63 is refused); a CSV of 255 or 256 fields is read
# and one of 257 fails on the header at the 257th field: the seven
# required names take bytes 1-64, then each further field is ",cNNN" (5
# bytes), so field k >= 8 starts at byte 66 + 5 (k - 8), 1311 for k = 257
cmd: m=$(awk '{ if (length($0) > m) m = length($0) } END { print m }' tiny.jsonl); first=$(awk -v m=$m 'length($0) == m { print NR; exit }' tiny.jsonl); $IPWSIM check --max-line $m tiny.jsonl > /dev/null && echo "max-line = longest line: read"; $IPWSIM check --max-line $((m - 1)) tiny.jsonl 2>&1 | sed "s/:$first: line is longer than $((m - 1)) bytes/:LONGEST: line is longer than M - 1 bytes/"; $IPWSIM check --max-line 64 tiny.jsonl 2> /dev/null; echo "max-line 64: status $? (taken; the lines are longer)"; $IPWSIM check --max-line 63 tiny.jsonl; echo "max-line 63: status $?"; for n in 255 256 257; do awk -v n=$n 'BEGIN { split("query_id model accelerator correct energy_j tokens_in tokens_out", req, " "); for (i = 1; i <= n; i++) printf "%s%s", (i > 1 ? "," : ""), (i <= 7 ? req[i] : sprintf("c%03d", i)); print ""; v = "q1,Qwen3-8B,Apple-M4-Max,1,5,1,1"; for (i = 8; i <= n; i++) v = v ",0"; print v }' > $T/w.csv; $IPWSIM check $T/w.csv > /dev/null 2> $T/err; echo "$n fields: status $?"; grep -v "unknown field" $T/err | sed "s|$T/||"; done
--- stdout
max-line = longest line: read
ipwsim: check: tiny.jsonl:LONGEST: line is longer than M - 1 bytes
max-line 64: status 65 (taken; the lines are longer)
max-line 63: status 64
255 fields: status 0
256 fields: status 0
257 fields: status 65
ipwsim: check: w.csv:1:1311: too many fields (the limit is 256)
--- stderr
ipwsim: check: --max-line: "63" is not a whole number >= 64 (see 'ipwsim check --help')

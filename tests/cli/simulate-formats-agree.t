# JSONL, CSV and their zstd forms give the same bytes
cmd: $IPWSIM simulate --format csv tiny.jsonl > $T/a && for f in tiny.csv tiny.jsonl.zst tiny.csv.zst; do $IPWSIM simulate --format csv $f | cmp - $T/a && echo "$f: same"; done
--- stdout
tiny.csv: same
tiny.jsonl.zst: same
tiny.csv.zst: same
--- stderr

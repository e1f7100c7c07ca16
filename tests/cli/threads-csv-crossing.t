# CSV records that cross the chunks' ends, read from a pipe (short
# reads: the chunks end elsewhere) and from zstd (the decoding thread's
# blocks) on 1, 2 and 3 threads: the same errors at the same lines and
# the same checked table (quoted.csv: quotes on every record; spans.csv
# and many.csv: quoted newlines, records crossing chunks; see
# tests/data/gen-raw-csv.py)
cmd: D=$PWD && cd $T && python3 $D/gen-raw-csv.py > /dev/null && for f in quoted spans many; do zstd -q $f.csv && for n in 1 2 3; do $IPWSIM check --threads $n --max-errors 5 $f.csv > a$n 2>&1; cat $f.csv | $IPWSIM check --threads $n --max-errors 5 - 2>&1 | sed 's/^ipwsim: check: -:/ipwsim: check: X:/' > b$n; $IPWSIM check --threads $n --max-errors 5 $f.csv.zst 2>&1 | sed "s/$f.csv.zst/X/" > c$n; sed "s/$f.csv/X/" a$n > a$n.x; done; cmp a1 a2 && cmp a1 a3 && cmp b1 b2 && cmp b1 b3 && cmp c1 c2 && cmp c1 c3 && cmp a1.x c1 && echo "$f: the same, $(grep -c 'check: ' a1) lines of errors"; done
--- stdout
quoted: the same, 3 lines of errors
spans: the same, 5 lines of errors
many: the same, 1 lines of errors
--- stderr

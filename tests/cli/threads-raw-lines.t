# JSON Lines on two threads reach the parsing threads as the input's
# bytes (chunks of 512 KiB cut at their last newline, the rest carried
# to the next chunk) and are cut into lines there as one thread's
# reader cuts them: CRLF endings, blank and whitespace lines, no final
# newline; a line of exactly the 1 MiB bound (a bad record, reported as
# such) and one a byte over (with a CR, or without) in the third chunk,
# a 1 MiB line without a newline at the end: each gives on two threads
# the status, errors and lines one thread gives, and the line of the
# first error (computed by the generator) is the one reported
cmd: D=$PWD && cd $T && python3 $D/gen-raw-lines.py && for f in crlf edge over-cr over final; do for n in 1 2; do $IPWSIM check --threads $n $f.jsonl > out$n 2>&1; echo "status $?" >> out$n; done; cmp -s out1 out2 && echo "$f: the same on 1 and 2 threads, $(tail -1 out2), $(grep -m1 -o "queries: [0-9]*" out2)$(grep -m1 -o 'jsonl:[0-9]*[:0-9]*: [a-z ]*' out2)"; done
--- stdout
the long lines at 9001
crlf: the same on 1 and 2 threads, status 0, queries: 6000
edge: the same on 1 and 2 threads, status 65, jsonl:9001: model is missing
over-cr: the same on 1 and 2 threads, status 65, jsonl:9001: line is longer than 
over: the same on 1 and 2 threads, status 65, jsonl:9001: line is longer than 
final: the same on 1 and 2 threads, status 65, jsonl:9001: line is longer than 
--- stderr

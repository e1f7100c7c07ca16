# CSV on two threads: while no quote has been seen the parsing threads
# take 128 KiB chunks of the input's bytes and cut them into records
# (CRLF, empty lines passed over, a line of spaces a bad record, no
# final newline); from the first chunk that holds a quote (whose
# newlines may be a field's) the bytes go back to the input and records
# are gathered one by one. Each file gives on two threads what one
# thread gives (status, errors, their lines, the checked table), and the
# errors are at the lines the generator computed (a header and empty
# lines: no records, at the last line read)
cmd: D=$PWD && cd $T && python3 $D/gen-raw-csv.py && for f in noquote late blank; do for n in 1 2; do $IPWSIM check --threads $n --max-errors 5 $f.csv > out$n 2>&1; echo "status $?" >> out$n; done; cmp -s out1 out2 && echo "$f: the same on 1 and 2 threads, $(tail -1 out2)" && grep -o 'csv:[0-9]*[:0-9]*: [a-z_ ]*' out2 | sed 's/ $//'; done
--- stdout
noquote.csv: bad energy at 12358 spaces at 15017
late.csv: bad energy at 18084
noquote: the same on 1 and 2 threads, status 65
csv:12358:31: energy_j is negative
csv:15017: record has
late: the same on 1 and 2 threads, status 65
csv:18084:31: energy_j is negative
blank: the same on 1 and 2 threads, status 65
csv:6: no records after the header
--- stderr

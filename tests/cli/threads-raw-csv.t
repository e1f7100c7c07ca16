# CSV on two threads: the parsing threads take 128 KiB chunks of the
# input's bytes and cut them into records as csv_gather reads them
# (CRLF, empty lines passed over, a line of spaces a bad record, no
# final newline, quoted fields, a quoted field's newlines inside its
# record); a record that crosses a chunk's end (spans.csv: twice, on
# this layout) goes back to the input with everything after it, a
# chunk's worth of records is gathered one by one, and raw chunks
# resume (many.csv: eight times, then one by one to the end); a record
# or a line over --max-line inside a quoted field stops the reading
# where one thread stops it. Each file gives on two threads what one
# thread gives (status, errors, their lines, the checked table), and the
# errors are at the lines the generator computed (a header and empty
# lines: no records, at the last line read)
cmd: D=$PWD && cd $T && python3 $D/gen-raw-csv.py && for f in noquote late blank quoted spans many long longline; do m=; case $f in long*) m="--max-line 100" ;; esac; for n in 1 2; do $IPWSIM check --threads $n $m --max-errors 5 $f.csv > out$n 2>&1; echo "status $?" >> out$n; done; cmp -s out1 out2 && echo "$f: the same on 1 and 2 threads, $(tail -1 out2)" && grep -o 'csv:[0-9]*[:0-9]*: [a-z_ ]*' out2 | sed 's/ $//'; done
--- stdout
noquote.csv: bad energy at 12358 spaces at 15017
late.csv: bad energy at 18084
quoted.csv: bad energy at 4322 duplicate at 19001
spans.csv: bad energy at 6205 13209 23611
many.csv: bad energy at 79980
long.csv: record too long at 13001
longline.csv: line too long at 13002
noquote: the same on 1 and 2 threads, status 65
csv:12358:31: energy_j is negative
csv:15017: record has
late: the same on 1 and 2 threads, status 65
csv:18084:31: energy_j is negative
blank: the same on 1 and 2 threads, status 65
csv:6: no records after the header
quoted: the same on 1 and 2 threads, status 65
csv:4322:31: energy_j is negative
csv:19001: duplicate record for query
spans: the same on 1 and 2 threads, status 65
csv:5335: query
csv:6205:31: energy_j is negative
csv:13209:31: energy_j is negative
csv:23611:32: energy_j is negative
many: the same on 1 and 2 threads, status 65
csv:79980:38: energy_j is negative
long: the same on 1 and 2 threads, status 65
csv:13001: record is longer than the line limit
longline: the same on 1 and 2 threads, status 65
csv:13002: line is longer than
--- stderr

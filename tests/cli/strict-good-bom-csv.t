# bom.csv reads as tiny.csv does (zstd -d agrees on the bytes)
cmd: $IPWSIM simulate --bootstrap 0 --format csv bom.csv > $T/a && $IPWSIM simulate --bootstrap 0 --format csv tiny.csv > $T/b && cmp $T/a $T/b && echo same
--- stdout
same
--- stderr
ipwsim: simulate: bom.csv:1:1: note: starts with a UTF-8 byte-order mark (skipped)

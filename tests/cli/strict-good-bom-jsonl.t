# bom.jsonl reads as tiny.jsonl does (zstd -d agrees on the bytes)
cmd: $IPWSIM simulate --bootstrap 0 --format csv bom.jsonl > $T/a && $IPWSIM simulate --bootstrap 0 --format csv tiny.jsonl > $T/b && cmp $T/a $T/b && echo same
--- stdout
same
--- stderr
ipwsim: simulate: bom.jsonl:1:1: note: starts with a UTF-8 byte-order mark (skipped)

# concat.jsonl.zst reads as tiny.jsonl does (zstd -d agrees on the bytes)
cmd: $IPWSIM simulate --bootstrap 0 --format csv concat.jsonl.zst > $T/a && $IPWSIM simulate --bootstrap 0 --format csv tiny.jsonl > $T/b && cmp $T/a $T/b && echo same
--- stdout
same
--- stderr

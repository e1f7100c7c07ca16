# skippable.csv.zst reads as tiny.csv does (zstd -d agrees on the bytes)
cmd: $IPWSIM simulate --bootstrap 0 --format csv skippable.csv.zst > $T/a && $IPWSIM simulate --bootstrap 0 --format csv tiny.csv > $T/b && cmp $T/a $T/b && echo same
--- stdout
same
--- stderr

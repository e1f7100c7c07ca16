# ingest on several threads gives what one thread gives, byte for byte:
# a 20,000-query synth trace (120,000 records, 39 MB: some 75 chunks of 512 KiB)
# through simulate (oracle by energy) and check on 1, 2 and 3 threads,
# plain, zstd-compressed and from a pipe (stdin)
cmd: cd $T && $IPWSIM synth --quiet --queries 20000 -o s.jsonl && zstd -q s.jsonl -o s.jsonl.zst && for n in 1 2 3; do $IPWSIM simulate --threads $n --oracle cheapest-energy --bootstrap 20 --format csv s.jsonl > sim$n; $IPWSIM check --threads $n --format json s.jsonl.zst > chk$n; cat s.jsonl | $IPWSIM check --threads $n - > pipe$n; done; for f in sim chk pipe; do cmp ${f}1 ${f}2 && cmp ${f}1 ${f}3 && echo "$f: same"; done; grep -c . sim1
--- stdout
sim: same
chk: same
pipe: same
15
--- stderr

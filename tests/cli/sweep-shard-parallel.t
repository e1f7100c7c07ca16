# four shards of a sweep run by GNU parallel, merged, are byte for byte
# the unsharded sweep: 64 points by the fast path, and 2 points in full
# (two shards)
cmd: tr=../../traces/example.jsonl; parallel --will-cite -j2 "$IPWSIM" sweep sweep-accounting.json --shard {}/4 -o $T/part{}.csv $tr ::: 1 2 3 4 || exit 1; $IPWSIM merge $T/part4.csv $T/part2.csv $T/part1.csv $T/part3.csv > $T/merged.csv || exit 1; $IPWSIM sweep sweep-accounting.json $tr > $T/whole.csv; cmp $T/merged.csv $T/whole.csv && echo "sweep-accounting: 4 shards merged = unsharded, $(($(wc -l < $T/whole.csv) - 1)) points"; parallel --will-cite "$IPWSIM" sweep sweep-routing.json --shard {}/2 -o $T/r{}.csv $tr ::: 1 2 || exit 1; $IPWSIM merge $T/r1.csv $T/r2.csv > $T/rmerged.csv; $IPWSIM sweep sweep-routing.json $tr > $T/rwhole.csv; cmp $T/rmerged.csv $T/rwhole.csv && echo "sweep-routing: 2 shards merged = unsharded"
--- stdout
sweep-accounting: 4 shards merged = unsharded, 64 points
sweep-routing: 2 shards merged = unsharded
--- stderr

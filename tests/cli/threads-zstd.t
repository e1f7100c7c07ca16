# zstd decoded ahead on a thread (--threads 2) ends as on one thread: a
# stream cut in the middle and one with a corrupt byte give the same
# error at the same line (the first line not read whole; for the
# corrupt byte the line zstd -d stops in: what the failing call decoded
# is dropped, and both paths decode 128 KiB at a time)
cmd: cd $T && $IPWSIM synth --quiet --queries 20000 -o s.jsonl && zstd -q s.jsonl -o s.zst && size=$(wc -c < s.zst) && head -c $((size / 2)) s.zst > cut.zst && python3 -c "import sys; b = bytearray(open('s.zst', 'rb').read()); b[len(b) // 3] ^= 0xff; open('bad.zst', 'wb').write(b)" && for f in cut bad; do for n in 1 2; do $IPWSIM check --threads $n $f.zst > out 2> err$n; echo "$f, threads $n: status $?"; done; cmp err1 err2 && echo "$f: same error" && sed 's/:[0-9]*:[0-9]*:/:LINE:COL:/; s/:[0-9]*:/:LINE:/' err1; done; [ "$(sed -n 's/.*bad.zst:\([0-9]*\):.*/\1/p' err1)" -eq $(( $(zstd -dc bad.zst 2>/dev/null | wc -l) + 1 )) ] && echo "bad: at the line zstd -d stops in"
--- stdout
cut, threads 1: status 65
cut, threads 2: status 65
cut: same error
ipwsim: check: cut.zst:LINE: truncated zstd frame: input ends inside a frame
bad, threads 1: status 65
bad, threads 2: status 65
bad: same error
ipwsim: check: bad.zst:LINE: corrupt zstd data: Data corruption detected
bad: at the line zstd -d stops in
--- stderr

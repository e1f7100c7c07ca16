# the fast JSON scan guesses each key from the last line's order: lines
# whose keys come in other orders (reversed on every other line, rotated
# on every third, by awk on the text; and energy_j and cost_usd, both
# numbers of 8 letters, trading places on every other line of tiny.jsonl
# given a cost) read as the same records, on one thread and on two: convert
# writes the same canonical trace
cmd: awk '{ sub(/^\{/, ""); sub(/\}$/, ""); n = split($0, kv, /, "/); for (i = 2; i <= n; i++) kv[i] = "\"" kv[i]; out = ""; for (i = 1; i <= n; i++) { j = NR % 2 ? n + 1 - i : NR % 3 ? i : (i % n) + 1; out = out (i > 1 ? ", " : "") kv[j] } print "{" out "}" }' ../../traces/example.jsonl > $T/mixed.jsonl; head -2 $T/mixed.jsonl | cut -c1-60; for n in 1 2; do $IPWSIM convert --threads $n ../../traces/example.jsonl > $T/a$n || exit 1; $IPWSIM convert --threads $n $T/mixed.jsonl > $T/b$n || exit 1; cmp $T/a$n $T/b$n && echo "threads $n: $(wc -l < $T/b$n) records, the same"; done; sed 's/"energy_j": \([0-9]*\),/"energy_j": \1, "cost_usd": 0.5,/' tiny.jsonl > $T/c.jsonl; sed '2~2s/"energy_j": \([0-9]*\), "cost_usd": 0.5,/"cost_usd": 0.5, "energy_j": \1,/' $T/c.jsonl > $T/d.jsonl; grep -c '"cost_usd": 0.5, "energy_j"' $T/d.jsonl; for n in 1 2; do $IPWSIM convert --threads $n $T/c.jsonl > $T/c$n && $IPWSIM convert --threads $n $T/d.jsonl > $T/d$n && cmp $T/c$n $T/d$n && echo "threads $n: energy_j and cost_usd swapped, the same"; done
--- stdout
{"cost_usd": 0.0, "dataset": "wildchat", "domain": "Computer
{"query_id": "wc-01", "model": "Qwen3-8B", "accelerator": "A
threads 1: 120 records, the same
threads 2: 120 records, the same
7
threads 1: energy_j and cost_usd swapped, the same
threads 2: energy_j and cost_usd swapped, the same
--- stderr

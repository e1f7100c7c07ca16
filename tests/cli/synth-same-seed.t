# the same seed gives the same bytes, another seed other bytes; a
# configuration's records do not depend on which others are written;
# 300 queries x the 6 default configurations = 1800 records
cmd: cd $T && $IPWSIM synth --queries 300 -o a.jsonl 2>/dev/null && $IPWSIM synth --queries 300 -o b.jsonl 2>/dev/null && cmp a.jsonl b.jsonl && echo same && $IPWSIM synth --queries 300 --seed 2 -o c.jsonl 2>/dev/null && { cmp -s a.jsonl c.jsonl || echo differs; } && $IPWSIM synth --queries 300 --configs Qwen3-8B@Apple-M4-Max -o d.jsonl 2>/dev/null && grep '"Qwen3-8B","accelerator":"Apple-M4-Max"' a.jsonl | cmp - d.jsonl && echo subset same && wc -l < a.jsonl
--- stdout
same
differs
subset same
1800
--- stderr

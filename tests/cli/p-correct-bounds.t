# p_correct is a probability: 0 and 1 are accepted, -0.5 and 1.5 (and
# 1.0000001) refused with the field named at its column
cmd: for v in 0 1 1.0000001 -0.5 1.5; do printf '{"query_id":"a","model":"Qwen3-8B","accelerator":"Apple-M4-Max","correct":true,"p_correct":%s,"energy_j":1,"tokens_in":1,"tokens_out":1}\n' "$v" > $T/p.jsonl; $IPWSIM check --quiet $T/p.jsonl > /dev/null 2> $T/err; echo "$v: exit $? $(sed "s|$T/||" $T/err)"; done
--- stdout
0: exit 0 
1: exit 0 
1.0000001: exit 65 ipwsim: check: p.jsonl:1:80: p_correct is above 1 (a probability lies in 0..1): "1.0000001"
-0.5: exit 65 ipwsim: check: p.jsonl:1:80: p_correct is negative: "-0.5"
1.5: exit 65 ipwsim: check: p.jsonl:1:80: p_correct is above 1 (a probability lies in 0..1): "1.5"
--- stderr

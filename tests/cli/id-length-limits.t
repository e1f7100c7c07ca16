# text fields at their limit of 4096 bytes: a query_id of 4095 and 4096
# bytes is read, 4097 is refused with its position (its key starts at
# byte 2 of the line); harness ids are no longer cut at 127 bytes: two
# 200-byte ids that share their first 150 bytes are two queries, not a
# false duplicate ("check" counts 2 queries)
cmd: for n in 4095 4096 4097; do awk -v n=$n 'BEGIN { id = ""; for (i = 0; i < n; i++) id = id "q"; printf "{\"query_id\": \"%s\", \"model\": \"Qwen3-8B\", \"accelerator\": \"Apple-M4-Max\", \"correct\": 1, \"energy_j\": 1, \"tokens_in\": 1, \"tokens_out\": 1}\n", id }' > $T/t.jsonl; $IPWSIM check $T/t.jsonl > /dev/null 2> $T/err; echo "$n: status $? $(sed "s|$T/||; s/q\{60\}/(60 q)/" $T/err)"; done; for s in a b; do awk -v s=$s 'BEGIN { id = ""; for (i = 0; i < 150; i++) id = id "p"; for (i = 0; i < 50; i++) id = id s; printf "{\"problem\": \"x\", \"dataset_metadata\": {\"query_id\": \"%s\"}, \"model_metrics\": {\"Qwen3-8B\": {\"energy_metrics\": {\"per_query_joules\": 1}, \"token_metrics\": {\"input\": 1, \"output\": 1}, \"gpu_info\": {\"name\": \"Apple-M4-Max\"}, \"lm_correctness\": true}}}\n", id }'; done > $T/h.jsonl; $IPWSIM check $T/h.jsonl | head -1
--- stdout
4095: status 0 
4096: status 0 
4097: status 65 ipwsim: check: t.jsonl:1:2: query_id is longer than 4096 bytes: "(60 q)"
queries: 2
--- stderr

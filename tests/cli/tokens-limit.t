# tokens_in and tokens_out are whole numbers from 0 to 4,294,967,295
# (32 bits; a configuration's column is 16 bits until a value passes
# 65,535): 65,535, 65,536 and 4,294,967,295 are read back as given
# (convert writes the table back), 4,294,967,296 is refused, in either
# field
cmd: cd $T && for f in tokens_in tokens_out; do for v in 65535 65536 4294967295 4294967296; do a=7; b=7; [ $f = tokens_in ] && a=$v || b=$v; printf '{"query_id":"q1","model":"Qwen3-8B","accelerator":"Apple-M4-Max","correct":1,"energy_j":1,"tokens_in":%s,"tokens_out":%s}\n{"query_id":"q2","model":"Qwen3-8B","accelerator":"Apple-M4-Max","correct":1,"energy_j":1,"tokens_in":3,"tokens_out":3}\n' $a $b > in.jsonl; rm -f t.jsonl; $IPWSIM convert -o t.jsonl in.jsonl 2> err; echo "$f $v: status $? $(grep -o "\"$f\":[0-9]*" t.jsonl 2>/dev/null | tr '\n' ' ')$(grep -o "$f is [a-z ]*" err)"; done; done
--- stdout
tokens_in 65535: status 0 "tokens_in":65535 "tokens_in":3 
tokens_in 65536: status 0 "tokens_in":65536 "tokens_in":3 
tokens_in 4294967295: status 0 "tokens_in":4294967295 "tokens_in":3 
tokens_in 4294967296: status 65 tokens_in is too large
tokens_out 65535: status 0 "tokens_out":65535 "tokens_out":3 
tokens_out 65536: status 0 "tokens_out":65536 "tokens_out":3 
tokens_out 4294967295: status 0 "tokens_out":4294967295 "tokens_out":3 
tokens_out 4294967296: status 65 tokens_out is too large
--- stderr

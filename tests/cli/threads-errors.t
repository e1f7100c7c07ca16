# errors and warnings on several threads are those of one thread, at the
# same lines: 10,000 records (about 1.3 MB: three chunks of 512 KiB)
# with, in the last chunk, a bad value at line 9000, an unknown field at 9500
# (warned once, at its first line) and at 9600, and at line 9800 a
# duplicate of line 5 (a query of the first chunk), at 9900 a correct of
# 2; --max-errors 2 stops at the second error, 3 reports all three
cmd: cd $T && awk 'BEGIN { for (i = 1; i <= 10000; i++) { m = i % 2 ? "Qwen3-8B" : "Qwen3-235B-A22B"; a = i % 2 ? "Apple-M4-Max" : "NVIDIA-H200"; q = int((i + 1) / 2); e = i == 9000 ? "-1" : "5"; x = i == 9500 || i == 9600 ? ",\"extra\":1" : ""; if (i == 9800) { q = 3; m = "Qwen3-8B"; a = "Apple-M4-Max" } c = i == 9900 ? 2 : 1; printf "{\"query_id\":\"q%d\",\"model\":\"%s\",\"accelerator\":\"%s\",\"correct\":%d,\"energy_j\":%s,\"tokens_in\":1,\"tokens_out\":2%s}\n", q, m, a, c, e, x } }' > t.jsonl && for n in 1 2; do for k in 2 3; do $IPWSIM simulate --bootstrap 0 --threads $n --max-errors $k t.jsonl > out 2> err$n$k; echo "threads $n, max-errors $k: status $?"; done; done; cmp err12 err22 && cmp err13 err23 && echo same; cat err12 err13
--- stdout
threads 1, max-errors 2: status 65
threads 1, max-errors 3: status 65
threads 2, max-errors 2: status 65
threads 2, max-errors 3: status 65
same
ipwsim: simulate: t.jsonl:9500:129: warning: unknown field "extra"; ignored
ipwsim: simulate: t.jsonl:9000:87: energy_j is negative: "-1"
ipwsim: simulate: t.jsonl:9800: duplicate record for query "q3" on "Qwen3-8B@Apple-M4-Max"
ipwsim: simulate: 2 errors (stopped at --max-errors)
ipwsim: simulate: t.jsonl:9500:129: warning: unknown field "extra"; ignored
ipwsim: simulate: t.jsonl:9000:87: energy_j is negative: "-1"
ipwsim: simulate: t.jsonl:9800: duplicate record for query "q3" on "Qwen3-8B@Apple-M4-Max"
ipwsim: simulate: t.jsonl:9900:75: correct is not 0, 1, true or false: "2"
ipwsim: simulate: 3 errors (stopped at --max-errors)
--- stderr

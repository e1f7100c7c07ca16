# CSV on several threads is read as on one: 6,000 records (three chunks
# of 2,048 records and more) where every 7th query's domain is quoted
# and holds a newline (a record on two lines, so later records' line
# numbers run ahead of their count), a bad energy on the record that
# starts at line 5,500, a duplicate there of query q1's first record,
# and an unterminated quote in the last record; the same errors at the
# same lines on 1 and 2 threads (grep -n finds them at 5500, 6743 and
# 6857 of the file), and the same tables from synth's CSV
cmd: cd $T && awk 'BEGIN { print "query_id,model,accelerator,correct,energy_j,tokens_in,tokens_out,domain"; line = 2; for (i = 1; i <= 6000; i++) { q = int((i + 1) / 2); m = i % 2 ? "Qwen3-8B,Apple-M4-Max" : "Qwen3-235B-A22B,NVIDIA-H200"; d = q % 7 == 0 ? "\"two\nlines\"" : "plain"; e = line == 5500 ? "-3" : "4"; if (i == 5900) { q = 1; m = "Qwen3-8B,Apple-M4-Max"; d = "plain" } if (i == 6000) d = "\"open"; printf "q%d,%s,1,%s,1,2,%s\n", q, m, e, d; line += q % 7 == 0 && i != 5900 && i != 6000 ? 2 : 1 } }' > t.csv && for n in 1 2; do $IPWSIM check --threads $n --max-errors 5 t.csv > out$n 2> err$n; echo "threads $n: status $?"; done; cmp err1 err2 && echo same; cat err1; $IPWSIM synth --quiet --queries 3000 --format csv -o s.csv && for n in 1 2 3; do $IPWSIM simulate --threads $n --bootstrap 0 --format csv s.csv > sim$n; done; cmp sim1 sim2 && cmp sim1 sim3 && echo "synth csv: same"
--- stdout
threads 1: status 65
threads 2: status 65
same
ipwsim: check: t.csv:5500:31: energy_j is negative: "-3"
ipwsim: check: t.csv:6743: duplicate record for query "q1" on "Qwen3-8B@Apple-M4-Max"
ipwsim: check: t.csv:6857: unterminated quoted field at end of input
ipwsim: check: 3 errors
synth csv: same
--- stderr

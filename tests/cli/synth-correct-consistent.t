# synth's records never contradict their own correct: they carry no score
# (the format's graded quality, correct = score >= threshold) but the
# model's success probability as p_correct, within 0..1; in JSONL too
cmd: cd $T && $IPWSIM synth --quiet --queries 2000 --format csv -o s.csv && awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next } { n++; if ($col["score"] != "") s++; p = $col["p_correct"]; if (p == "" || p < 0 || p > 1) bad++ } END { print n, "records,", s + 0, "with a score,", bad + 0, "without a p_correct in 0..1" }' s.csv && $IPWSIM synth --quiet --queries 50 -o s.jsonl && grep -c '"p_correct"' s.jsonl && grep -c '"score"' s.jsonl; $IPWSIM check --quiet s.jsonl > /dev/null && echo "check: clean"
--- stdout
12000 records, 0 with a score, 0 without a p_correct in 0..1
300
0
check: clean
--- stderr

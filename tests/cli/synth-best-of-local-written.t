# best_of_local_written in synth's report is the best-of-local of the
# trace as written, recomputed here from the records: per dataset, the
# share of queries some written local-set model (Qwen3-4B, 8B, 14B,
# GPT-OSS-20B, 120B; not the unwritten Qwen3-30B-A3B) answers, weighted
# by the calibration's dataset sizes 500000, 500000, 12000, 26500. The
# dataset is the fifth column from the end (a quoted domain may hold a
# comma; energy_source, energy_scope, precision and accelerators follow
# the dataset)
cmd: cd $T && $IPWSIM synth --quiet --queries 4000 --mix equal --format csv --report r.csv -o s.csv && awk -F, 'NR == 1 { next } $2 != "Qwen3-235B-A22B" && $4 == 1 { ok[$1] = 1 } { ds[$1] = $(NF - 4) } END { for (q in ds) { n[ds[q]]++; s[ds[q]] += ok[q] } w["wildchat"] = 500000; w["natural_reasoning"] = 500000; w["mmlu_pro"] = 12000; w["supergpqa"] = 26500; for (d in w) { v += w[d] * s[d] / n[d]; t += w[d] } printf "%.6f\n", v / t }' s.csv > mine && awk -F, '$1 == "best_of_local_written" { printf "%.6f\n", $8 }' r.csv > report && paste mine report | awk '{ print ($1 == $2 ? "same" : "differs: " $1 " vs " $2) }'
--- stdout
same
--- stderr

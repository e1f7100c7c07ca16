# a grid over --batch CONFIG=B (the option's text is applied again at
# every point and must stay whole: it once lost its "=B" at the first
# point): each row's cloud-only, oracle and router energy equals a
# separate simulate run with the same options, on the fast path and in
# full
cmd: tr=../../traces/example.jsonl; for fast in "" --no-fast; do $IPWSIM sweep sweep-batch.json $fast $tr > $T/sweep.csv || exit 1; tail -n +2 $T/sweep.csv | while IFS=, read -r p b pue rest; do $IPWSIM simulate --batch "$b" --cloud-pue $pue --router paper:0.8 --bootstrap 0 --format csv $tr | awk -F, '$2 == "all" { printf "%s %.9g\n", $1, $7 }' > $T/sim; awk -F, -v p=$p 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i } $1 == p { n = split("cloud-only oracle paper:0.8", pol, " "); for (k = 1; k <= n; k++) printf "%s %.9g\n", pol[k], $col[pol[k] ".energy_j"] }' $T/sweep.csv > $T/row; if cmp -s $T/sim $T/row; then echo "${fast:-fast} point $p ($b, PUE $pue): same as simulate"; else diff $T/sim $T/row; fi; done; done; awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "oracle.energy_j") c = i; next } { seen[$c]++ } END { n = 0; for (e in seen) n++; printf "%d points, %d different oracle energies\n", NR - 1, n }' $T/sweep.csv
--- stdout
fast point 1 (Qwen3-235B-A22B@NVIDIA-H200x8=8, PUE 1): same as simulate
fast point 2 (Qwen3-235B-A22B@NVIDIA-H200x8=8, PUE 1.2): same as simulate
fast point 3 (Qwen3-235B-A22B@NVIDIA-H200x8=32, PUE 1): same as simulate
fast point 4 (Qwen3-235B-A22B@NVIDIA-H200x8=32, PUE 1.2): same as simulate
--no-fast point 1 (Qwen3-235B-A22B@NVIDIA-H200x8=8, PUE 1): same as simulate
--no-fast point 2 (Qwen3-235B-A22B@NVIDIA-H200x8=8, PUE 1.2): same as simulate
--no-fast point 3 (Qwen3-235B-A22B@NVIDIA-H200x8=32, PUE 1): same as simulate
--no-fast point 4 (Qwen3-235B-A22B@NVIDIA-H200x8=32, PUE 1.2): same as simulate
4 points, 4 different oracle energies
--- stderr

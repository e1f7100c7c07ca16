# bad scenarios: a misspelt option (with the nearest name), an empty
# list, an unknown field, a grid over a million points without --yes;
# one line each, exit 64, nothing written
cmd: awk 'BEGIN { printf "{\"grid\": {"; for (f = 0; f < 3; f++) { printf "%s\"%s\": [", f ? ", " : "", f == 0 ? "cloud-batch" : f == 1 ? "cloud-utilization" : "cloud-pue"; for (i = 0; i < 101; i++) printf "%s%d", i ? ", " : "", i + 1; printf "]" } print "}}" }' > $T/big.json; for s in sweep-typo.json sweep-empty.json sweep-field.json $T/big.json; do $IPWSIM sweep $s -o $T/out.csv tiny.jsonl 2> $T/err; echo "status $?"; sed "s|$T/||" $T/err; done; test -e $T/out.csv || echo "nothing written"
--- stdout
status 64
ipwsim: sweep: sweep-typo.json:1:25: grid.cloud-bach is not an option of ipwsim simulate or a projection field (did you mean cloud-batch?) (see 'ipwsim sweep --help')
status 64
ipwsim: sweep: sweep-empty.json:1:26: grid.cloud-batch is an empty list (see 'ipwsim sweep --help')
status 64
ipwsim: sweep: sweep-field.json:1:43: policies is not a scenario field (grid, routers, traces or about) (see 'ipwsim sweep --help')
status 64
ipwsim: sweep: big.json: the grid has 1030301 points, over 1,000,000; add --yes to run it (see 'ipwsim sweep --help')
nothing written
--- stderr

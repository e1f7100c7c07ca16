# fit --by-family: per group and fold, the families' points add up to
# the group's (fit --validate's CSV), and the families' model-out
# coverages weighted by their energy points give the group's cover90
# (to 1e-9); every family's lowest <= median <= highest; with --roofline
# it is a usage error (64)
cmd: cd ../.. && $IPWSIM fit --validate --format csv > $T/g.csv && $IPWSIM fit --by-family --format csv > $T/f.csv && awk -F, 'FNR == 1 { next } NR == FNR { key = $1 "," $2 "," $3; pts[key] = $4; cov[key] = $9; next } { key = $1 "," $2 "," $3; sum[key] += $5; if ($6 != "" && !($7 <= $6 && $6 <= $8)) bad++; if ($9 != "") { w[key] += $5; wc[key] += $5 * $9 } } END { for (k in pts) { if (sum[k] != pts[k]) { print "points differ: " k; bad++ } if (k in w && cov[k] != "" && (wc[k] / w[k] - cov[k] > 1e-9 || cov[k] - wc[k] / w[k] > 1e-9)) { print "coverage differs: " k; bad++ } n++ } print (n > 40 ? "groups checked" : "too few groups"); print bad ? "MISMATCH" : "consistent" }' $T/g.csv $T/f.csv; $IPWSIM fit --roofline --by-family; echo "status $?"
--- stdout
groups checked
consistent
status 64
--- stderr
ipwsim: fit: --roofline fits curves: --predict, --data and --by-family are for the length-aware model (see 'ipwsim fit --help')

# --score: the predictions against the measurements the rows carry, on
# stderr, per accelerator, class and path; the "all" line's median and
# worst energy error and coverage recomputed by awk from the CSV it
# wrote (|pred / measured - 1| over the five rows, the middle one and
# the largest; pred_lo <= measured <= pred_hi); rows without a measured
# energy are not scored; --score without --predict is a usage error
cmd: $IPWSIM fit --predict predict-v2.csv --score > $T/p.csv 2> $T/s; cat $T/s; awk -F, 'NR > 1 { r = $11 / $8 - 1; e[NR - 1] = r < 0 ? -r : r; n++; if ($8 >= $12 && $8 <= $13) c++ } END { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (e[j] < e[i]) { t = e[i]; e[i] = e[j]; e[j] = t } printf "awk: median %.1f%%, worst %.1f%%, cover90 %.1f%%\n", 100 * e[(n + 1) / 2], 100 * e[n], 100 * c / n }' $T/p.csv; cut -d, -f1-12,14- predict-rows.csv > $T/nomeasured.csv; $IPWSIM fit --predict $T/nomeasured.csv --score 2>&1 > /dev/null; $IPWSIM fit --score; echo "exit $?"
--- stdout
predicted against the rows' own measurements (5 of 5 rows): |predicted / measured - 1| of energy per token and ITL;
cover90: share of the measured energies inside pred_lo..pred_hi; target: median < 15%, worst < 60%, cover90 85-95%

accelerator      class path         rows   med_e   max_e med_itl max_itl cover90 target
NVIDIA-H100      dense parametric      3     8.7%    12.2%    58.4%    58.6%   100.0% missed
NVIDIA-A100-40GB MoE   curve           2     0.0%     0.0%     0.0%     0.0%   100.0% missed
all                                    5     6.9%    12.2%    51.2%    58.6%   100.0% missed
awk: median 6.9%, worst 12.2%, cover90 100.0%
ipwsim: fit: --score: no predicted row carries a measured energy_per_token_J: nothing to score
exit 64
--- stderr
ipwsim: fit: --score scores --predict's rows (see 'ipwsim fit --help')

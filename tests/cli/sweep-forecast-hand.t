# projection columns on the tiny trace, by hand (see curve-year-hand.t for
# the oracle's sums: 17.5 J a local answer, 80 J a cloud call, u0 = 0.2,
# cloud-only 90 J a query). L 2, U 0.5, C 1, 3.6e6 queries a day (so kWh
# a day = J a query x volume / 3.6e6), growing 2x a year:
#   t0 saving 1 - 30/90 = 0.6666667; cloud-only 90 kWh/day, oracle 30;
#      saved 60 x 365 / 1e9 = 2.19e-05 TWh/year
#   t1 saving 0.8236111; 7.2e6 a day: cloud-only 180, oracle 180 x
#      0.1763889 = 31.75; saved 148.25 x 365 / 1e9 = 5.411125e-05
# Electricity at 0.1 (cloud) and 0.2 (local) USD/kWh, grids 400 and 300
# g/kWh; the oracle's kWh a day split into local (1 - u) 17.5 / L^t and
# cloud u 80 (per query, x volume / 3.6e6):
#   t0 local 14, cloud 16: USD (90 x 0.1 - 16 x 0.1 - 14 x 0.2) x 365 =
#      1679; t (90 x 400 - 16 x 400 - 14 x 300) x 365 / 1e6 = 9.271
#   t1 local 15.75, cloud 16: USD (18 - 1.6 - 3.15) x 365 = 4836.25;
#      t (72000 - 6400 - 4725) x 365 / 1e6 = 22.219375
# Token dollars (prices held as measured): cloud-only 574.2e-6 USD over 5
# queries (114.84e-6 each: 0.22 / 0.88 USD per 1M tokens in / out), the
# oracle's local answers 25.54e-6 over 4 (6.385e-6 each: Qwen3-8B's q2,
# the 4B is free), its cloud call 231e-6; at u = 0.2 and then 0.1:
#   t0 (114.84 - (0.8 x 6.385 + 0.2 x 231)) e-6 x 3.6e6 x 365 = 83481.048
#   t1 (114.84 - (0.9 x 6.385 + 0.1 x 231)) e-6 x 7.2e6 x 365 = 225990.918
# by the fast path and in full alike
cmd: for f in "" --no-fast; do $IPWSIM sweep sweep-forecast.json $f tiny.jsonl | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if (i == 1 || $i ~ /^year$|projected/) keep[i] = 1 } { s = ""; for (i = 1; i <= NF; i++) if (keep[i]) s = s (s == "" ? "" : ",") $i; print s }'; done
--- stdout
point,year,oracle.projected_energy_saving,cloud-only.projected_kwh_per_day,oracle.projected_kwh_per_day,oracle.projected_twh_per_year_saved,oracle.projected_electricity_usd_per_year_saved,oracle.projected_tco2e_per_year_saved,oracle.projected_token_usd_per_year_saved
1,2025,0.6666666667,90,30,2.19e-05,1679,9.271,83481.048
2,2026,0.8236111111,180,31.75,5.411125e-05,4836.25,22.219375,225990.918
point,year,oracle.projected_energy_saving,cloud-only.projected_kwh_per_day,oracle.projected_kwh_per_day,oracle.projected_twh_per_year_saved,oracle.projected_electricity_usd_per_year_saved,oracle.projected_tco2e_per_year_saved,oracle.projected_token_usd_per_year_saved
1,2025,0.6666666667,90,30,2.19e-05,1679,9.271,83481.048
2,2026,0.8236111111,180,31.75,5.411125e-05,4836.25,22.219375,225990.918
--- stderr

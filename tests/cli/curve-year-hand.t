# savings-year on the tiny trace with round test trends, by hand. The
# oracle ({4B, 8B}, smallest correct, else the cloud) answers q1, q2, q4,
# q5 locally for 10 + 25 + 5 + 30 = 70 J (17.5 J each) and sends q3 to the
# cloud (80 J): u0 = 0.2; cloud-only is 450 / 5 = 90 J a query.
# saving(t) = 1 - ((1 - u) 17.5 / L^t + u 80 / C^t) / (90 / C^t), u = 0.2 U^t
#   central L 2, U 0.5, C 1: t0 1 - 30/90 = 0.6667; t1 u 0.1: 7.875 + 8 =
#     15.875 -> 0.8236111; t2 u 0.05: 4.15625 + 4 -> 0.909375
#   low L 1, U 1, C 2: t1 (14 + 8) / 45 -> 0.5111111; t2 (14 + 4) / 22.5 -> 0.2
#   high L 4, U 0.25, C 1: t1 = central t2; t2 u 0.0125: 1.080078125 + 1
#     -> 1 - 2.080078125 / 90 = 0.9768880
cmd: $IPWSIM curve savings-year --forecast forecast-test.json --years 2 --format csv tiny.jsonl
--- stdout
kind,series,x,label,y
savings-year,energy,2025,,0.6666666667
savings-year,energy,2026,,0.8236111111
savings-year,energy,2027,,0.909375
savings-year,energy low,2025,,0.6666666667
savings-year,energy low,2026,,0.5111111111
savings-year,energy low,2027,,0.2
savings-year,energy high,2025,,0.6666666667
savings-year,energy high,2026,,0.909375
savings-year,energy high,2027,,0.9768880208
savings-year,reported energy,2025,oracle,0.804
--- stderr

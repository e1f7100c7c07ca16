# cascade:0.8 charges a false "local" on the model the router would pick:
# the oracle's mix of local picks. By hand on tiny.jsonl: the oracle sends
# q1, q4, q5 to Qwen3-4B and q2 to Qwen3-8B (mix 3/4, 1/4) and q3 to the
# cloud. Energy: q1 0.8x10 + 0.2x100 = 28, q2 0.8x25 + 0.2x120 = 44, q4
# 0.8x5 + 0.2x50 = 14, q5 0.8x30 + 0.2x100 = 44, q3 0.8x80 + 0.2x(3/4 x
# (8 + 80) + 1/4 x (16 + 80)) = 82: 212 of 450, saving 0.528889; with
# --cascade-attempt smallest q3 is 64 + 0.2 x 88 = 81.6: 0.529778. Cost
# (USD per 1M tokens: 8B 0.035/0.138, 235B 0.22/0.88; 4B free): 16.28 +
# 52.992 + 232.8125 + 12.32 + 7.48 = 321.8845e-6 of 574.2e-6: 0.439421;
# smallest charges q3's attempt on the free 4B: 320.072e-6: 0.442577.
cmd: for a in mix smallest; do $IPWSIM simulate --bootstrap 0 --format csv --router cascade:0.8 --cascade-attempt $a tiny.jsonl | awk -F, -v a=$a '$1 == "cascade:0.8" && $2 == "all" { printf "%s: energy %.6f cost %.6f\n", a, $19, $25 }'; done; $IPWSIM simulate --router cascade:0.8 --cascade-attempt largest tiny.jsonl; echo "exit $?"
--- stdout
mix: energy 0.528889 cost 0.439421
smallest: energy 0.529778 cost 0.442577
exit 64
--- stderr
ipwsim: simulate: --cascade-attempt: "largest" is not mix or smallest (see 'ipwsim simulate --help')

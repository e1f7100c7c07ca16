# the pool at its limit: N local models L1..LN (L_k has k billion
# parameters) and the cloud; q1 is answered only by the largest, LN
# (5 J), q2 by no local model; the cloud takes 100 J on each. By hand:
# cloud-only 200 J; oracle 5 + 100 = 105 J, saving 1 - 105/200 = 0.475;
# paper:0.5 realises half of q1's local route, 0.5 x 5 + 0.5 x 100 + 100
# = 152.5 J, saving 0.2375. 62 and 63 local configurations give exactly
# that (at 64 the cloud's attempt bit was bit 64 and its energy went to
# L1); 64 are refused, from the trace and from --local alike.
cmd: for n in 62 63 64; do awk -v n=$n 'BEGIN { printf "{\"models\": ["; for (k = 1; k <= n; k++) printf "%s{\"name\": \"L%d\", \"family\": \"test\", \"params_total_b\": {\"value\": %d, \"source\": \"test\"}, \"params_active_b\": {\"value\": %d, \"source\": \"test\"}, \"price_in_per_mtok\": {\"value\": 0, \"source\": \"test\"}, \"price_out_per_mtok\": {\"value\": 0, \"source\": \"test\"}}", (k > 1 ? ", " : ""), k, k, k; print "]}" }' > $T/cat.json; awk -v n=$n 'BEGIN { for (q = 1; q <= 2; q++) { for (k = 1; k <= n; k++) printf "{\"query_id\": \"q%d\", \"model\": \"L%d\", \"accelerator\": \"Apple-M4-Max\", \"correct\": %d, \"energy_j\": %d, \"tokens_in\": 1, \"tokens_out\": 1}\n", q, k, q == 1 && k == n, k == n ? 5 : 1; printf "{\"query_id\": \"q%d\", \"model\": \"Qwen3-235B-A22B\", \"accelerator\": \"NVIDIA-H200\", \"correct\": 1, \"energy_j\": 100, \"tokens_in\": 1, \"tokens_out\": 1}\n", q } }' > $T/t.jsonl; $IPWSIM simulate --catalog $T/cat.json --bootstrap 0 --router paper:0.5 --format csv $T/t.jsonl > $T/out 2> $T/err; echo "$n: status $? $(awk -F, '$2 == "all" { printf "%s %s %s; ", $1, $7, $19 }' $T/out)$(cat $T/err)"; done; locals=$(for k in $(seq 1 64); do printf -- '--local L%d@Apple-M4-Max ' $k; done); $IPWSIM simulate --catalog $T/cat.json $locals $T/t.jsonl; echo "status $?"
--- stdout
62: status 0 cloud-only 200 0; oracle 105 0.475; paper:0.5 152.5 0.2375; 
63: status 0 cloud-only 200 0; oracle 105 0.475; paper:0.5 152.5 0.2375; 
64: status 64 ipwsim: simulate: more than 63 local configurations (the limit); choose a pool with --local (see 'ipwsim simulate --help')
status 64
--- stderr
ipwsim: simulate: --local: at most 63 (see 'ipwsim simulate --help')

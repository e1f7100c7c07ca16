# the catalog values that configurations named by options need are
# checked while the trace is read: MysteryA's first record (line 1) has
# no flops or cost_usd and the catalog has no MysteryA; once both named
# configurations have been met (the cloud's first record is line 3) the
# reading stops with the one error, before line 4, which is not JSON;
# without --local/--cloud the default pool is checked when it is built,
# after the whole trace, so line 4 is reached and reported
cmd: $IPWSIM simulate --local MysteryA@Apple-M4-Max --cloud Qwen3-235B-A22B@NVIDIA-H200 bad/named_lacks_early.jsonl; echo "status $?"; $IPWSIM simulate bad/named_lacks_early.jsonl; echo "status $?"
--- stdout
status 65
status 65
--- stderr
ipwsim: simulate: bad/named_lacks_early.jsonl:3: the catalog lacks what records without flops or cost_usd need, for 1 model: "MysteryA" (not in the catalog, params_total_b and token prices); add them with --catalog FILE
ipwsim: simulate: bad/named_lacks_early.jsonl:4:1: malformed JSON: "t" cannot start a JSON value

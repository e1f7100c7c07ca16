# a mistyped option names the nearest one (one letter off), with or
# without its value after "="; a name far from every option, or a short
# option, gets none; a sweep field of a megabyte gets no suggestion (the
# distance is not computed past 64 bytes) and its name is cut in the
# message
cmd: $IPWSIM simulate --cloud-bach 8 tiny.jsonl; $IPWSIM simulate --cloud-bach=8 tiny.jsonl; $IPWSIM sweep sweep-2x2.json --no-fats tiny.jsonl; $IPWSIM simulate --zzzzzzzzzzzzzzz tiny.jsonl; $IPWSIM simulate -x tiny.jsonl; awk 'BEGIN { printf "{\"grid\": {\""; for (i = 0; i < 1048576; i++) printf "x"; print "\": [1]}}" }' > $T/big.json; $IPWSIM sweep $T/big.json tiny.jsonl 2>&1 | sed "s|$T/||"
--- stdout
ipwsim: sweep: big.json:1:10: grid.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is not an option of ipwsim simulate or a projection field (see 'ipwsim sweep --help')
--- stderr
ipwsim: simulate: unknown option "--cloud-bach" (did you mean --cloud-batch?) (see 'ipwsim simulate --help')
ipwsim: simulate: unknown option "--cloud-bach=8" (did you mean --cloud-batch?) (see 'ipwsim simulate --help')
ipwsim: sweep: unknown option "--no-fats" (did you mean --no-fast?) (see 'ipwsim sweep --help')
ipwsim: simulate: unknown option "--zzzzzzzzzzzzzzz" (see 'ipwsim simulate --help')
ipwsim: simulate: unknown option "-x" (see 'ipwsim simulate --help')

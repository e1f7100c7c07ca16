# --threads is 1 to 64: 0 and 65 are usage errors (64), 1, 2 and 64 read
# tiny.jsonl to the same check; IPWSIM_THREADS sets the default, and a
# value outside 1 to 64 there is ignored
cmd: for n in 0 1 2 64 65; do $IPWSIM check --format csv --threads $n tiny.jsonl > $T/out$n 2> $T/err; echo "$n: status $? $(head -c 60 $T/err)"; done; IPWSIM_THREADS=3 $IPWSIM check --format csv tiny.jsonl | cmp - $T/out1 && IPWSIM_THREADS=abc $IPWSIM check --format csv tiny.jsonl | cmp - $T/out64 && echo same
--- stdout
0: status 64 ipwsim: check: --threads: "0" is not a whole number from 1 t
1: status 0 
2: status 0 
64: status 0 
65: status 64 ipwsim: check: --threads: "65" is not a whole number from 1 
same
--- stderr

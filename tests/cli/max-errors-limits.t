# --max-errors at the count of errors: bad/many_errors.jsonl has 3 bad
# records (lines 1-3); 2 stops at the second ("stopped"), 3 reports all
# three and says it stopped there, 4 reports three without stopping; and
# 10,000,000 on a clean trace runs in under 1 GB of address space (the
# list was allocated whole: 10 million errors of 800 bytes). The address
# space limit is left out under AddressSanitizer, which reserves more.
cmd: for n in 2 3 4; do $IPWSIM simulate --max-errors $n bad/many_errors.jsonl 2>&1 | tail -1; done; (if [ -z "${ASAN_OPTIONS:-}" ]; then ulimit -v 1000000; fi; $IPWSIM simulate --max-errors 10000000 --format csv tiny.jsonl > /dev/null; echo "10000000 on a clean trace: status $?"); $IPWSIM simulate --max-errors 0 tiny.jsonl; echo "status $?"
--- stdout
ipwsim: simulate: 2 errors (stopped at --max-errors)
ipwsim: simulate: 3 errors (stopped at --max-errors)
ipwsim: simulate: 3 errors
10000000 on a clean trace: status 0
status 64
--- stderr
ipwsim: simulate: --max-errors: "0" is not a whole number >= 1 (see 'ipwsim simulate --help')

# sweep checks its grid before it simulates: every value of every field
# through its option's checks, before the trace is read, all bad values
# up to --max-errors, each at its place (by hand: line 2's "2" is byte
# 30 and its "3" byte 36, line 3's "-1" byte 26); with the default of
# one error only the first. Then every point's what-if before any point
# but the first is run, on the full path (routers in the grid) and on the
# fast path alike: the curve covers batch 7.99 to 228, so batch 1 and
# 512 fail, at points 3, 4, 7 and 8 (the last field varies fastest: 4
# batches a router or utilization).
cmd: tr=../../traces/example.jsonl; $IPWSIM sweep sweep-bad-values.json --max-errors 5 $tr; echo "status $?"; $IPWSIM sweep sweep-bad-values.json $tr 2>&1 | wc -l; for s in full fast; do $IPWSIM sweep sweep-bad-points-$s.json --max-errors 10 $tr 2>&1 | grep -o "at point [0-9]*" | tr '\n' ' '; echo; done
--- stdout
status 64
2
at point 3 at point 4 at point 7 at point 8 
at point 3 at point 4 at point 7 at point 8 
--- stderr
ipwsim: sweep: --cloud-utilization: "2" is not a number in [0, 1] (see 'ipwsim sweep --help')
ipwsim: sweep: sweep-bad-values.json:2:30: grid.cloud-utilization, value 2 of 4: "2"
ipwsim: sweep: --cloud-utilization: "3" is not a number in [0, 1] (see 'ipwsim sweep --help')
ipwsim: sweep: sweep-bad-values.json:2:36: grid.cloud-utilization, value 4 of 4: "3"
ipwsim: sweep: --cloud-batch: "-1" is not a number in [1, 1e+06] (see 'ipwsim sweep --help')
ipwsim: sweep: sweep-bad-values.json:3:26: grid.cloud-batch, value 3 of 3: "-1"

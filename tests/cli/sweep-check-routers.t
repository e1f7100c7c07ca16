# the scenario's routers are checked with the grid, before the trace is
# read, each bad one at its place (by hand: line 2's "paper:2" starts at
# byte 27, "nonesuch" at byte 38); a grid number is written as the
# shortest text that reads back as it (1.1, not 1.1000000000000001;
# 0.30000000000000004 needs all 17 digits)
cmd: $IPWSIM sweep sweep-bad-routers.json --max-errors 5 /nonexistent.jsonl; echo "status $?"; sed 's/, "paper:2", "nonesuch"//' sweep-bad-routers.json > $T/ok.json; $IPWSIM sweep $T/ok.json ../../traces/example.jsonl | cut -d, -f1-3
--- stdout
status 64
point,cloud-pue,cloud-host-overhead
1,1,0.30000000000000004
2,1.1,0.30000000000000004
--- stderr
ipwsim: sweep: --router: "paper:2": the argument must be a number in [0, 1] (see 'ipwsim sweep --help')
ipwsim: sweep: sweep-bad-routers.json:2:27: routers, value 2 of 3: "paper:2"
ipwsim: sweep: --router: "nonesuch": unknown router (paper, cascade, mixture, domain, length, single, size-cascade, random or budget) (see 'ipwsim sweep --help')
ipwsim: sweep: sweep-bad-routers.json:2:38: routers, value 3 of 3: "nonesuch"

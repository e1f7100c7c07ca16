# errors about an arrival file as a whole are placed at its last line:
# one arrival (line 2), three at the same instant (line 4)
cmd: for f in one instant; do $IPWSIM simulate --curves curve-test.csv --arrivals bad/arrivals-$f.csv whatif.jsonl; echo "status $?"; done
--- stdout
status 65
status 65
--- stderr
ipwsim: simulate: bad/arrivals-one.csv:2: fewer than two arrivals
ipwsim: simulate: bad/arrivals-instant.csv:4: the arrivals span no time (the first and the last are at the same instant)

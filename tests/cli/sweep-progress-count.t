# the progress line (a terminal only: script(1) gives the run one)
# counts every point of the grid, the first one too: sweep-2x2.json has
# 2 x 2 = 4 points (it said "3 of 3" before)
cmd: script -qec "$IPWSIM sweep sweep-2x2.json --no-fast -o /dev/null ../../traces/example.jsonl" /dev/null | tr '\r' '\n' | grep -a "points" | tail -1 | sed 's/points, .*/points/'
--- stdout
ipwsim: sweep: 4 of 4 points
--- stderr

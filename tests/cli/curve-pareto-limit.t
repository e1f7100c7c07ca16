# the points limit, 131071, at, below and above: 17 local configurations; --max-subset 16 gives 2^17 - 2 = 131070 subsets plus cloud-only, 131071 points, accepted (rows counted: the points and the frontier); 15 is below; 17 (131072 points) a usage error
cmd: P="$IPWSIM curve pareto --oracle cheapest-energy --format csv pareto-17.jsonl"; $P --max-subset 16 | awk -F, "\$2 != \"frontier\" { n++ } END { print n - 1, \"points\" }"; $P --max-subset 15 | awk -F, "\$2 != \"frontier\" { n++ } END { print n - 1, \"points\" }"; $P --max-subset 17; echo "status $?"
--- stdout
131071 points
131054 points
status 64
--- stderr
ipwsim: curve: pareto: more than 131071 points; lower --max-subset or name fewer --local configurations (see 'ipwsim curve --help')

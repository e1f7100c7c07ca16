# When no combination reproduces the targets the search says so and lists
# the nearest: on tests/data/hypotheses.jsonl no hypothesis moves compute
# past 36.2% (by hand, simulate-hypotheses.t), so 99% is out of reach;
# the local modes need latencies the trace lacks (not computed: 2 of the
# 3 modes, 384 of 576)
cmd: $IPWSIM reproduce --quiet --bootstrap 0 --cloud-batch 4 --explain --explain-targets 99,99,99 hypotheses.jsonl | sed -n '/^explain:/,/^  no combination/p'; $IPWSIM reproduce --quiet --bootstrap 0 --cloud-batch 4 --explain --explain-targets 99,99,99 --format csv hypotheses.jsonl | grep -c '^explain-nearest'
--- stdout
explain: 576 combinations of 7 accounting hypotheses searched (every value of each, exhaustively), 192 computed; targets: oracle energy 99.0%, compute 99.0%, cost 99.0%, each within 1.5 points
  not computed, e.g.: Qwen3-8B@Apple-M4-Max has no latency_s, needed for --local-mode
  no combination reproduces all three; the nearest (departures: hypotheses, largest miss):
45
--- stderr

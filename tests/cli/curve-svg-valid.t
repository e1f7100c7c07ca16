# every kind's SVG is well-formed XML and holds its series
cmd: for k in coverage-models coverage-domain coverage-time pareto savings-alpha savings-batch savings-year; do $IPWSIM curve $k --svg $T/$k.svg ../../traces/example.jsonl > /dev/null && xmllint --noout $T/$k.svg && echo "$k: $(grep -c '<path fill="none"' $T/$k.svg) lines, $(grep -c '<rect x=' $T/$k.svg) bars"; done
--- stdout
coverage-models: 3 lines, 0 bars
coverage-domain: 0 lines, 11 bars
coverage-time: 2 lines, 0 bars
pareto: 1 lines, 0 bars
savings-alpha: 9 lines, 0 bars
savings-batch: 3 lines, 0 bars
savings-year: 3 lines, 0 bars
--- stderr

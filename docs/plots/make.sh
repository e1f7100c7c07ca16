#!/bin/sh
# Draws every kind of `ipwsim curve` from the bundled traces/example.jsonl
# into docs/plots/KIND.png: sh docs/plots/make.sh [IPWSIM] (make
# docs-plots runs it with the built program).
set -eu
ipwsim=${1:-./ipwsim}
top=$(dirname "$0")/../..
trace=$top/traces/example.jsonl
out=$top/docs/plots
for k in coverage-models coverage-domain coverage-time pareto savings-alpha \
    savings-batch savings-utilization savings-idle savings-year; do
	case $k in
	# assumptions, named on each picture: a cloud replica idle at
	# 100 W; a local device kept for this work, serving 200 queries a
	# day (its idle power is the x axis; the 10 W the option needs is
	# only the setting the axis starts from)
	savings-utilization) x="--cloud-idle-w 100" ;;
	savings-idle) x="--local-mode dedicated --local-queries-per-day 200 --local-idle-w 10" ;;
	pareto) x="--router paper:0.8" ;;
	*) x= ;;
	esac
	# shellcheck disable=SC2086
	"$ipwsim" curve "$k" $x --png "$out/$k.png" "$trace" > /dev/null
done

#!/bin/sh
# Builds and runs a fuzzer for SECONDS (default 60):
#   sh tests/fuzz/run.sh [trace|json] [SECONDS]
# trace: the trace reader in every format (fuzz_trace.c); json: field
# positions and the synth calibration loader (fuzz_json.c).
set -eu
target=trace
case "${1:-}" in trace|json) target=$1; shift ;; esac
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${FUZZ_DIR:-/tmp/ipwsim-fuzz}/$target
mkdir -p "$out/corpus"
printf '#define _GNU_SOURCE 1\n#define PACKAGE_VERSION "fuzz"\n#define PKGDATADIR "%s/data"\n' \
    "$top" > "$out/config.h"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -I$out -I$top/src"
if [ "$target" = trace ]; then
	cp "$top"/tests/data/*.jsonl "$top"/tests/data/*.csv \
	    "$top"/tests/data/bad/* "$top"/traces/example.* "$out/corpus/" \
	    2>/dev/null || true
	clang $flags $(pkg-config --cflags libcjson) -o "$out/fuzz" \
	    "$top/tests/fuzz/fuzz_trace.c" "$top"/src/csv.c "$top"/src/error.c \
	    "$top"/src/input.c "$top"/src/jsonarena.c "$top"/src/record.c \
	    "$top"/src/strtab.c "$top"/src/table.c "$top"/src/trace.c \
	    $(pkg-config --libs libcjson libzstd) -lm
else
	cp "$top"/tests/data/synth/*.json "$top"/tests/data/bad/calib-*.json \
	    "$top"/data/calibration/*.json "$out/corpus/" 2>/dev/null || true
	clang $flags $(pkg-config --cflags libcjson gsl) -o "$out/fuzz" \
	    "$top/tests/fuzz/fuzz_json.c" "$top"/src/jsonfile.c \
	    "$top"/src/error.c "$top"/src/synth.c "$top"/src/catalog.c \
	    $(pkg-config --libs libcjson gsl) -lm
fi
"$out/fuzz" -max_total_time="${1:-60}" -max_len=65536 \
    -print_final_stats=1 "$out/corpus"

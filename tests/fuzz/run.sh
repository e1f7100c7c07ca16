#!/bin/sh
# Builds and runs the trace fuzzer for $1 seconds (default 60).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${FUZZ_DIR:-/tmp/ipwsim-fuzz}
mkdir -p "$out/corpus"
cp "$top"/tests/data/*.jsonl "$top"/tests/data/*.csv "$top"/tests/data/bad/* \
    "$top"/traces/example.* "$out/corpus/" 2>/dev/null || true
printf '#define _GNU_SOURCE 1\n#define PACKAGE_VERSION "fuzz"\n#define PKGDATADIR "%s/data"\n' \
    "$top" > "$out/config.h"
clang -g -O1 -fsanitize=fuzzer,address,undefined -I"$out" -I"$top/src" \
    $(pkg-config --cflags libcjson) -o "$out/fuzz_trace" \
    "$top/tests/fuzz/fuzz_trace.c" "$top"/src/csv.c "$top"/src/error.c \
    "$top"/src/input.c "$top"/src/jsonarena.c "$top"/src/record.c \
    "$top"/src/strtab.c "$top"/src/table.c "$top"/src/trace.c \
    $(pkg-config --libs libcjson libzstd) -lm
"$out/fuzz_trace" -max_total_time="${1:-60}" -max_len=8192 \
    -print_final_stats=1 "$out/corpus"

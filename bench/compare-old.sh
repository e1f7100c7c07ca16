#!/bin/sh
# Before/after in one run: ingest of the same file by the library of an
# older commit and by this tree. usage: sh bench/compare-old.sh COMMIT FILE
# (run from a configured build directory of this tree; RUNS=N repeats the
# pair N times).
set -eu
commit=$1 file=$2
old=$(mktemp -d /tmp/ipwsim-old.XXXXXX)
git -C "$(dirname "$0")/.." worktree add -q "$old" "$commit"
(cd "$old" && mkdir -p m4 && autoreconf -fi >/dev/null 2>&1 &&
    ./configure -q && make -j2 libipwsim.a >/dev/null)
cc -O2 -I"$old" -I"$old/src" $(pkg-config --cflags libcjson) \
    -o "$old/bench_old" "$(dirname "$0")/bench_ipwsim.c" "$old/libipwsim.a" \
    $(pkg-config --libs libcjson gsl libzstd libxxhash cairo pangocairo 2>/dev/null || pkg-config --libs libcjson gsl libzstd) -lm
make bench/bench_ipwsim >/dev/null
# interleaved, RUNS times (default 2): this machine is noisy
IPWSIM_DATADIR=${IPWSIM_DATADIR:-$(cd "$(dirname "$0")/.." && pwd)/data}
export IPWSIM_DATADIR
i=0
while [ "$i" -lt "${RUNS:-2}" ]; do
	i=$((i + 1))
	echo "before ($commit):"; "$old/bench_old" "$file" 1 | head -1
	echo "after (working tree):"; ./bench/bench_ipwsim "$file" 1 | head -1
done
git -C "$(dirname "$0")/.." worktree remove --force "$old"

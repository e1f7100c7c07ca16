#!/bin/sh
# Builds one libFuzzer target with ASan and UBSan and runs it:
#   sh tests/fuzz/run.sh TARGET [SECONDS]     (default 60 s)
# TARGET: trace, json, diff, mledata, simulate, sweep, merge, convert or
# catalog
# (tests/fuzz/README.md). New inputs go to $FUZZ_DIR/TARGET/work (not
# into the repository); the committed corpus tests/fuzz/corpus/TARGET
# seeds it. A crash leaves its input in $FUZZ_DIR/TARGET/ and fails.
set -eu
target=${1:-trace}
secs=${2:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
base=${FUZZ_DIR:-/tmp/ipwsim-fuzz}
out=$base/$target
obj=$base/obj
mkdir -p "$out/work" "$obj"
printf '#define _GNU_SOURCE 1\n#define PACKAGE_VERSION "fuzz"\n#define PKGDATADIR "%s/data"\n#define HAVE_FDATASYNC 1\n' \
    "$top" > "$base/config.h"
flags="-g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -I$base -I$top/src $(pkg-config --cflags libcjson gsl libzstd libxxhash cairo pangocairo)"
# the library, compiled once per change of a source file
objs=""
for c in "$top"/src/*.c "$top"/src/cmd/*.c; do
	case $c in */src/main.c) continue ;; esac
	o=$obj/$(echo "${c#$top/}" | tr / _ | sed 's/\.c$/.o/')
	if [ ! -e "$o" ] || [ "$c" -nt "$o" ]; then
		clang $flags -c -o "$o" "$c"
	fi
	objs="$objs $o"
done
extra=""
case $target in
trace|json|diff|mledata) src=$top/tests/fuzz/fuzz_$target.c
	extra="-DIPW_TOP=\"$top\"" ;;
simulate|sweep|merge|convert|catalog)
	src=$top/tests/fuzz/fuzz_cmd.c
	extra="-DFUZZ_CMD=$target -DIPW_TOP=\"$top\"" ;;
*) echo "run.sh: unknown target $target" >&2; exit 64 ;;
esac
[ "$target" = diff ] && src="$src $top/tests/fuzz/refreader.c"
# shellcheck disable=SC2086
clang $flags -fsanitize=fuzzer $extra -I"$top/tests/fuzz" -o "$out/fuzz" \
    $src $objs $(pkg-config --libs libcjson gsl libzstd libxxhash cairo pangocairo) -lpthread -lm
IPW_TOP=$top "$out/fuzz" -max_total_time="$secs" -max_len=65536 \
    -timeout=20 -rss_limit_mb=4096 -close_fd_mask=3 \
    -artifact_prefix="$out/" -print_final_stats=1 \
    "$out/work" "$top/tests/fuzz/corpus/$target"

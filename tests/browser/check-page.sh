#!/bin/sh
# Loads an HTML page in headless Chromium and checks what a reader sees:
#   sh check-page.sh PAGE.html TEXT...
# Prints "found: TEXT" for each TEXT in the rendered document (the DOM
# after layout, tags stripped) or "missing: TEXT", then "screenshot:
# N% of pixels drawn" for a 1280x2000 screenshot, which must be a PNG
# with at least 2% of its pixels off the white background. Exits 1 when
# anything is missing, the screenshot is blank, or no browser starts
# (it says so: a test that cannot look must not pass).
set -u
page=$1
shift
for b in chromium chromium-browser google-chrome; do
	if command -v "$b" > /dev/null 2>&1; then
		browser=$b
		break
	fi
done
if [ -z "${browser:-}" ]; then
	echo "check-page: no browser: install Debian's chromium (apt-get install chromium)"
	exit 1
fi
if ! command -v python3 > /dev/null 2>&1; then
	echo "check-page: python3 is needed to read the screenshot"
	exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/check-page.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
case $page in /*) url=file://$page ;; *) url=file://$(pwd)/$page ;; esac
flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir=$work/profile"
# shellcheck disable=SC2086
if ! timeout 120 "$browser" $flags --dump-dom "$url" > "$work/dom.html" 2> "$work/err" ||
    [ ! -s "$work/dom.html" ]; then
	echo "check-page: $browser did not render the page:"
	tail -5 "$work/err"
	exit 1
fi
sed -e 's/<[^>]*>/ /g' -e 's/&amp;/\&/g' -e 's/&lt;/</g' -e 's/&gt;/>/g' \
    "$work/dom.html" | tr -s ' \n' ' ' > "$work/text"
fail=0
for t in "$@"; do
	if grep -F -q -- "$t" "$work/text"; then
		echo "found: $t"
	else
		echo "missing: $t"
		fail=1
	fi
done
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --window-size=1280,2000 \
    --screenshot="$work/shot.png" "$url" > /dev/null 2>&1
python3 - "$work/shot.png" <<'PY' || fail=1
import struct, sys, zlib
data = open(sys.argv[1], "rb").read() if len(sys.argv) > 1 else b""
if data[:8] != b"\x89PNG\r\n\x1a\n":
    print("screenshot: not a PNG"); sys.exit(1)
pos, idat, w = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, color = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
if depth != 8 or color not in (2, 6):
    print("screenshot: unexpected PNG format"); sys.exit(1)
bpp = 3 if color == 2 else 4
raw, stride = zlib.decompress(idat), w * bpp
prev, drawn, i = bytearray(stride), 0, 0
for y in range(h):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b, c = prev[x], prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        if line[x] < 240 or line[x + 1] < 240 or line[x + 2] < 240:
            drawn += 1
    prev = line
share = 100.0 * drawn / (w * h)
print("screenshot: %s" % ("drawn" if share >= 2 else "BLANK (%.2f%% drawn)" % share))
sys.exit(0 if share >= 2 else 1)
PY
exit $fail

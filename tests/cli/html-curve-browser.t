# curve --html: the pool, the plot inline (an SVG as a data: URI, nothing
# fetched) and its rows as a table, rendered by headless Chromium
cmd: cd $T && $IPWSIM curve savings-alpha --html c.html "$IPWSIM_SRCDIR/traces/example.jsonl" > /dev/null && grep -c 'src="data:image/svg+xml;base64,' c.html && grep -c -i '<script\|src="[^d]\|href=\|@import\|url(' c.html; sh "$IPWSIM_SRCDIR/tests/browser/check-page.sh" c.html "ipwsim curve savings-alpha" "Local: Qwen3-4B, Qwen3-8B, Qwen3-14B, GPT-OSS-20B on Apple-M4-Max" "Plot" "The plotted rows"
--- stdout
1
0
found: ipwsim curve savings-alpha
found: Local: Qwen3-4B, Qwen3-8B, Qwen3-14B, GPT-OSS-20B on Apple-M4-Max
found: Plot
found: The plotted rows
screenshot: drawn
--- stderr

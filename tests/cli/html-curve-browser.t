# curve --html: the pool, the plot inline (an <svg> element, nothing
# fetched) and its rows as a table, rendered by headless Chromium
cmd: cd $T && $IPWSIM curve savings-alpha --html c.html "$IPWSIM_SRCDIR/traces/example.jsonl" > /dev/null && grep -c '<svg' c.html && grep -c -i '<script\|src=\|href=\|@import\|url(' c.html; sh "$IPWSIM_SRCDIR/tests/browser/check-page.sh" c.html "ipwsim curve savings-alpha" "Local pool: Qwen3-4B@Apple-M4-Max" "Plot" "The plotted rows"
--- stdout
1
0
found: ipwsim curve savings-alpha
found: Local pool: Qwen3-4B@Apple-M4-Max
found: Plot
found: The plotted rows
screenshot: drawn
--- stderr

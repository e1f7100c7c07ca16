# simulate --html: the headline savings, their plot (an SVG inline as a
# data: URI, the only src= on the page), settings, every policy's table,
# assumptions and provenance with each policy's energy by source,
# rendered by headless Chromium, not blank
cmd: cd $T && $IPWSIM simulate --router paper:0.8 --bootstrap 20 --html s.html "$IPWSIM_SRCDIR/traces/example.jsonl" > /dev/null; grep -c -i '<script\|href=\|@import\|url(' s.html; grep -o 'src="[^";,]*' s.html; sh "$IPWSIM_SRCDIR/tests/browser/check-page.sh" s.html "Headline: savings against cloud-only" "Settings and pool" "Each policy, by configuration" "paper:0.8" "Stand-ins and assumptions" "Provenance of the numbers" "Savings, as a plot" "Each policy's energy by source" "Each policy's energy by scope"
--- stdout
0
src="data:image/svg+xml
found: Headline: savings against cloud-only
found: Settings and pool
found: Each policy, by configuration
found: paper:0.8
found: Stand-ins and assumptions
found: Provenance of the numbers
found: Savings, as a plot
found: Each policy's energy by source
found: Each policy's energy by scope
screenshot: drawn
--- stderr

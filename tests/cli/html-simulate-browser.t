# simulate --html: the headline savings, settings, every policy's table,
# assumptions and provenance, rendered by headless Chromium, not blank
cmd: cd $T && $IPWSIM simulate --router paper:0.8 --bootstrap 20 --html s.html "$IPWSIM_SRCDIR/traces/example.jsonl" > /dev/null; grep -c -i '<script\|src=\|href=\|@import\|url(' s.html; sh "$IPWSIM_SRCDIR/tests/browser/check-page.sh" s.html "Headline: savings against cloud-only" "Settings and pool" "Each policy, by configuration" "paper:0.8" "Stand-ins and assumptions" "Provenance of the numbers"
--- stdout
0
found: Headline: savings against cloud-only
found: Settings and pool
found: Each policy, by configuration
found: paper:0.8
found: Stand-ins and assumptions
found: Provenance of the numbers
screenshot: drawn
--- stderr

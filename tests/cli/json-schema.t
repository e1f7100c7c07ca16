# Every JSON report's top-level keys are the ones docs/json.md lists for
# its command: none undocumented, none required missing (*optional* keys
# only when their option is given); the version, command and schema come
# first. The documented lists are read from the doc itself.
cmd: doc="$IPWSIM_SRCDIR/docs/json.md"; keys() { awk -v c="$1" '/^## / { on = ($0 == "## `" c "`"); next } on && /^- `/ { opt = /\*optional\*/; line = $0; sub(/:.*/, "", line); n = split(line, parts, "`"); for (i = 2; i <= n; i += 2) print parts[i], (opt ? "optional" : "required") }' "$doc"; }; check() { cmd=$1; shift; "$IPWSIM" "$cmd" "$@" --format json 2>/dev/null > out.json; grep -o '^	"[^"]*"' out.json | tr -d '\t"' > got; keys "$cmd" > doc; bad=$(awk 'NR == FNR { d[$1] = $2; next } !($1 in d) { print "undocumented " $1 } { seen[$1] = 1 } END { for (k in d) if (d[k] == "required" && !(k in seen)) print "missing " k }' doc got); first=$(head -3 got | tr '\n' ' '); echo "$cmd: ${bad:-as documented}; first: $first"; }; cd $T; D=$IPWSIM_TESTDATA; check simulate --bootstrap 20 --router paper:0.8 "$D/tiny.jsonl"; check simulate --bootstrap 0 --break-even cloud-batch "$IPWSIM_SRCDIR/traces/example.jsonl"; check reproduce --quiet --bootstrap 0 --cloud-batch 4 "$D/hypotheses.jsonl"; check reproduce --quiet --bootstrap 0 --cloud-batch 4 --explain=cloud-charge "$D/hypotheses.jsonl"; check curve savings-alpha "$D/tiny.jsonl"; check sweep "$D/sweep-2x2.json" "$IPWSIM_SRCDIR/traces/example.jsonl"; check check "$D/tiny.jsonl"
--- stdout
simulate: as documented; first: ipwsim_version command schema 
simulate: as documented; first: ipwsim_version command schema 
reproduce: as documented; first: ipwsim_version command schema 
reproduce: as documented; first: ipwsim_version command schema 
curve: as documented; first: ipwsim_version command schema 
sweep: as documented; first: ipwsim_version command schema 
check: as documented; first: ipwsim_version command schema 
--- stderr

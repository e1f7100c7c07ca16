# a name given twice is refused on the fast JSON Lines path as on the
# strict one, null or not (the fast scan once took "domain": null,
# "domain": "x" and kept "x"): at the second name, on one thread and on
# two (the columns by Python's str.index on the edited line 3: the
# second "domain" at byte 163 after null, 162 after "x"; the second
# "energy_j" at byte 112)
cmd: for v in 'null, "domain": "x"' '"x", "domain": null' 'null, "domain": null'; do sed "3s/\"domain\": \"Computer and mathematical\"/\"domain\": $v/" tiny.jsonl > $T/d.jsonl; for n in 1 2; do $IPWSIM check --threads $n $T/d.jsonl 2>&1 | sed "s|$T/||"; done; done; sed '3s/"energy_j": 100,/"energy_j": 100, "energy_j": 100,/' tiny.jsonl > $T/e.jsonl; $IPWSIM check --threads 2 $T/e.jsonl 2>&1 | sed "s|$T/||"
--- stdout
ipwsim: check: d.jsonl:3:163: malformed JSON: member "domain" appears twice
ipwsim: check: d.jsonl:3:163: malformed JSON: member "domain" appears twice
ipwsim: check: d.jsonl:3:162: malformed JSON: member "domain" appears twice
ipwsim: check: d.jsonl:3:162: malformed JSON: member "domain" appears twice
ipwsim: check: d.jsonl:3:163: malformed JSON: member "domain" appears twice
ipwsim: check: d.jsonl:3:163: malformed JSON: member "domain" appears twice
ipwsim: check: e.jsonl:3:112: malformed JSON: member "energy_j" appears twice
--- stderr

# the string scan that passes over eight plain bytes at a time stops at
# every byte that needs a look, wherever it falls in a word: query ids
# with an escape, a quote, a backslash, UTF-8 of 2 and 4 bytes at offsets
# 0 to 17 (tests/data/gen-strings.py) are read as Python's json reads
# them (convert's output loaded back and compared), and a raw control
# byte or a broken UTF-8 byte at any offset is refused (36 errors)
cmd: cd $T && python3 "$IPWSIM_TESTDATA/gen-strings.py" && for n in 1 2; do $IPWSIM convert --threads $n good.jsonl > got$n && python3 -c 'import json, sys; print("\n".join(json.dumps(json.loads(l)["query_id"]) for l in open(sys.argv[1], encoding="utf-8")))' got$n | cmp - want && echo "threads $n: as Python reads them"; $IPWSIM check --threads $n --max-errors 100 bad.jsonl 2>&1 | grep -c "malformed JSON"; done
--- stdout
threads 1: as Python reads them
36
threads 2: as Python reads them
36
--- stderr

# For tests/cli/strings-word-scan.t: query ids with a byte that needs a
# look (an escape, a quote, a backslash, UTF-8 of 2 and 4 bytes) at each
# offset 0 to 17 (good.jsonl, and in want the ids as Python's json reads
# them), and a raw control byte or a broken UTF-8 byte at each offset
# (bad.jsonl, 36 lines).
import json

REST = ('","model":"M","accelerator":"A","correct":1,"energy_j":1,'
        '"tokens_in":1,"tokens_out":1}\n')
specials = ["\\n", "\\\"", "\\\\", "\\u00e9", "\u00e9", "\U0001F600"]
with open("good.jsonl", "w", encoding="utf-8") as f, \
        open("want", "w") as w:
    for k, s in enumerate(specials):
        for off in range(18):
            q = "%d-%d-" % (k, off) + "x" * off + s + "y" * (17 - off)
            f.write('{"query_id":"' + q + REST)
            w.write(json.dumps(json.loads('"' + q + '"')) + "\n")
with open("bad.jsonl", "wb") as f:
    for bad in (b"\x01", b"\xc3"):
        for off in range(18):
            f.write(b'{"query_id":"' + b"x" * off + bad + b"y" * (17 - off) +
                    REST.encode())

#!/usr/bin/env python3
"""JSON Lines inputs for tests/cli/threads-raw-lines.t, written to the
current directory: 12,000 records of 6,000 queries (two configurations),
about 1.9 MB, so that reading on threads cuts them into several 512 KiB
chunks.

  crlf.jsonl     CRLF endings, a blank line after every 997th record and a
                 line of spaces and a tab after every 1,499th, no final
                 newline
  edge.jsonl     after record 9,000 a line of exactly 1 MiB (1,048,576
                 bytes, the default bound): a bad record, not too long
  over-cr.jsonl  the same line and a CR before its newline: one byte over
  over.jsonl     the same line and one more byte: one byte over
  final.jsonl    records 1-9,000 and then 1 MiB + 5 bytes with no newline

Prints the line number of the long lines."""
import json

recs = []
for i in range(12000):
    q = i // 2 + 1
    m, a = (("Qwen3-8B", "Apple-M4-Max") if i % 2 else
            ("Qwen3-235B-A22B", "NVIDIA-H200"))
    recs.append(json.dumps({
        "query_id": "q%d" % q, "model": m, "accelerator": a,
        "correct": i % 3 > 0, "energy_j": 1 + i % 97 / 10,
        "tokens_in": 10 + i % 50, "tokens_out": 20 + i % 70}))
lines = []
for i, r in enumerate(recs):
    lines.append(r)
    if i % 997 == 0:
        lines.append("")
    if i % 1499 == 0:
        lines.append(" \t ")
open("crlf.jsonl", "w").write("\r\n".join(lines))
stem = '{"query_id":"edge","pad":""}'
edge = stem[:-2] + "y" * ((1 << 20) - len(stem)) + stem[-2:]
assert len(edge) == 1 << 20
k = 9000
for name, extra in (("edge", ""), ("over-cr", "\r"), ("over", "z")):
    open(name + ".jsonl", "w").write(
        "\n".join(recs[:k] + [edge + extra] + recs[k:]) + "\n")
open("final.jsonl", "w").write(
    "\n".join(recs[:k]) + "\n" + "w" * ((1 << 20) + 5))
print("the long lines at", k + 1)

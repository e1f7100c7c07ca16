#!/usr/bin/env python3
"""CSV inputs for tests/cli/threads-raw-csv.t, written to the current
directory: 20,000 records (two configurations), about 1.1 MB, so that
reading on threads takes several 128 KiB chunks of the input's bytes
while no quote has been seen, and gathers records one by one from the
first chunk that holds one.

  noquote.csv  no quote anywhere; CRLF endings, an empty line after every
               997th record, a line of two spaces (a bad record) after
               record 15,000, a bad energy at record 12,345, no final
               newline
  late.csv     the same, LF endings, and from query 8,000 on every 25th
               query's domain quoted, holding a comma and a newline; a
               bad energy at record 18,001

  blank.csv    the header and 5 empty lines: no records after the
               header, at the last line read (6)

Prints the file line of each bad record, computed here."""

HEADER = "query_id,model,accelerator,correct,energy_j,tokens_in,tokens_out,domain"


def records(quote_from=None, bad=()):
    out = []
    for i in range(1, 20001):
        q = (i + 1) // 2
        m = "Qwen3-8B,Apple-M4-Max" if i % 2 else "Qwen3-235B-A22B,NVIDIA-H200"
        d = "Education"
        if quote_from is not None and q >= quote_from // 2 and q % 25 == 0:
            d = '"Arts, and\nmedia"'
        e = "-3" if i in bad else "4"
        out.append((i, "q%d,%s,1,%s,10,20,%s" % (q, m, e, d)))
    return out


def write(name, recs, sep, blank_every=0, spaces_after=None, final=True):
    lines, where, n = [HEADER], {}, 1
    for i, text in recs:
        lines.append(text)
        n += 1
        where[i] = n
        n += text.count("\n")
        if blank_every and i % blank_every == 0:
            lines.append("")
            n += 1
        if spaces_after == i:
            lines.append("  ")
            n += 1
            where["spaces"] = n
    open(name, "w", newline="").write(sep.join(lines) + (sep if final else ""))
    return where


w = write("noquote.csv", records(bad=(12345,)), "\r\n", blank_every=997,
          spaces_after=15000, final=False)
print("noquote.csv: bad energy at", w[12345], "spaces at", w["spaces"])
w = write("late.csv", records(quote_from=16000, bad=(18001,)), "\n")
print("late.csv: bad energy at", w[18001])
open("blank.csv", "w").write(HEADER + "\n" * 6)


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

  quoted.csv   every domain quoted (no newline in it), CRLF endings, a
               bad energy at record 4,321 and query q77's first record
               again as record 19,000 (a duplicate), no final newline
  spans.csv    CRLF endings; queries 2,000-2,300, 6,000-6,300 and
               9,000-9,300 quote their domain over three lines, the
               middle one 300 bytes (CRLF inside the quotes, and once
               "\r\r\n"), so that a record crosses a chunk's end in
               each region (a region is longer than a chunk); a bad
               energy after each (records 5,001, 12,001, 19,999)
  many.csv     LF endings, 40,000 records; every domain on two lines,
               the second 200 bytes, so that records cross the chunks'
               ends more than eight times; a bad energy at record 39,990
  long.csv     for --max-line 100: a quoted domain over lines of 20-odd
               bytes whose record passes 100 bytes (record 13,000)
  longline.csv for --max-line 100: a quoted domain whose second line
               passes 100 bytes (record 13,000)

Prints the file line of each bad record, computed here."""

HEADER = "query_id,model,accelerator,correct,energy_j,tokens_in,tokens_out,domain"


def records(quote_from=None, bad=(), domain=None, n=20000):
    out = []
    for i in range(1, n + 1):
        q = (i + 1) // 2
        m = "Qwen3-8B,Apple-M4-Max" if i % 2 else "Qwen3-235B-A22B,NVIDIA-H200"
        d = "Education"
        if quote_from is not None and q >= quote_from // 2 and q % 25 == 0:
            d = '"Arts, and\nmedia"'
        if domain is not None:
            d = domain(i, q)
        e = "-3" if i in bad else "4"
        out.append((i, "q%d,%s,1,%s,10,20,%s" % (q, m, e, d)))
    return out


def spans(i, q):
    if i == 4444:
        return '"odd\r\r\nend"'
    if 2000 <= q <= 2300 or 6000 <= q <= 6300 or 9000 <= q <= 9300:
        return '"Arts,\r\n' + "and" * 100 + '\r\nmedia"'
    return "Education"


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
w = write("quoted.csv", [(i, t) if i != 19000 else (i, t.replace(
    "q9500,", "q77,")) for i, t in records(bad=(4321,), domain=lambda i, q:
    '"Education"')], "\r\n", final=False)
print("quoted.csv: bad energy at", w[4321], "duplicate at", w[19000])
w = write("spans.csv", records(bad=(5001, 12001, 19999), domain=spans),
          "\r\n")
print("spans.csv: bad energy at", w[5001], w[12001], w[19999])
w = write("many.csv", records(bad=(39990,), domain=lambda i, q:
    '"two\n' + "l" * 200 + '"', n=40000), "\n")
print("many.csv: bad energy at", w[39990])
w = write("long.csv", records(domain=lambda i, q: '"aaaaaaaaaaaaaaaaaaaa\n'
    'bbbbbbbbbbbbbbbbbbbb\ncccccccccccccccccccc"' if i == 13000 else "E"),
    "\n")
print("long.csv: record too long at", w[13000])
w = write("longline.csv", records(domain=lambda i, q: '"a\n' + "x" * 120 +
    '"' if i == 13000 else "E"), "\n")
print("longline.csv: line too long at", w[13000] + 1)

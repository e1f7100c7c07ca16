#!/usr/bin/env python3
"""CLI mutation run: mutants of seed traces through `ipwsim check`.

    python3 tests/fuzz/mutate.py IPWSIM REFCHECK N SEED_FILE...

For each seed, N mutants (byte flips, inserted NUL, CR, BOM, control
bytes, non-JSON numbers, a second value on a line, truncation, a
duplicated or deleted line, a zstd-framed copy) are written to a
temporary directory and read by `ipwsim check`. Counted:
  - accepted malformed: ipwsim exits 0 where the reference reader
    (refcheck, built from refreader.c) refuses the file;
  - unplaced: an exit 65 with no message at FILE:LINE (an empty input,
    which has no line, says FILE: no records (empty input));
  - crashes: any exit status but 0 and 65 (a signal, 70, or 64/66: a
    run that cannot find its data measures nothing).
Prints one line of counts; exits 1 if any of the three is not zero.
The mutations are seeded (random.Random(1)), so a run can be repeated.
"""
import os, random, re, subprocess, sys, tempfile

INSERTS = [b"\x00", b"\r", b"\xef\xbb\xbf", b"\x01", b"\x7f", b"\xff",
           b"NaN", b"Infinity", b"0x1p3", b" 5", b"+1", b".5", b"01",
           b"}", b"{", b"\"", b",", b",,", b"\\u0000", b"\xc0\xaf",
           b"\xed\xa0\x80", b"1e999", b"-0", b"\t", b"\n"]


def mutate(rng, data):
    lines = data.split(b"\n")
    k = rng.randrange(9)
    if k == 0 and data:
        i = rng.randrange(len(data))
        return data[:i] + bytes([rng.randrange(256)]) + data[i + 1:]
    if k == 1:
        i = rng.randrange(len(data) + 1)
        return data[:i] + rng.choice(INSERTS) + data[i:]
    if k == 2 and data:
        return data[:rng.randrange(len(data))]
    if k == 3 and len(lines) > 1:
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        return b"\n".join(lines)
    if k == 4 and len(lines) > 1:
        del lines[rng.randrange(len(lines))]
        return b"\n".join(lines)
    if k == 5 and len(lines) > 1:
        i = rng.randrange(len(lines) - 1)
        lines[i] = lines[i] + b" " + lines[i + 1]
        return b"\n".join(lines)
    if k == 6:
        return data.replace(b"\n", b"\r")
    if k == 7:
        # a number field's value replaced by something else
        m = list(re.finditer(rb"-?\d+(\.\d+)?([eE][-+]?\d+)?", data))
        if m:
            x = rng.choice(m)
            return data[:x.start()] + rng.choice(INSERTS) + data[x.end():]
    return mutate(rng, mutate(rng, data)) if data else b"x"


def main():
    ipwsim, refcheck, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(1)
    counts = dict(runs=0, accepted_malformed=0, unplaced=0, crashes=0,
                  refused=0, skipped=0)
    examples = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in sys.argv[4:]:
            data = open(seed, "rb").read()
            for j in range(n):
                m = mutate(rng, data)
                path = os.path.join(tmp, "m%d%s" % (j, os.path.splitext(seed)[1]))
                with open(path, "wb") as f:
                    f.write(m)
                r = subprocess.run([ipwsim, "check", "--format", "csv", path],
                                   stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
                ref = subprocess.run([refcheck, path]).returncode
                counts["runs"] += 1
                err = r.stderr.decode("utf-8", "replace")
                if r.returncode not in (0, 65):
                    counts["crashes"] += 1
                    examples.append(("crash", seed, j, r.returncode, err[:200]))
                if r.returncode == 0 and ref == 1:
                    counts["accepted_malformed"] += 1
                    keep = os.path.join(tempfile.gettempdir(),
                                        "ipwsim-accepted-%d" % len(examples))
                    open(keep, "wb").write(m)
                    examples.append(("accepted", seed, j, keep))
                if ref == 2:
                    counts["skipped"] += 1
                if r.returncode == 65:
                    counts["refused"] += 1
                    placed = re.compile(r"^ipwsim: check: " + re.escape(path) +
                                        r"(:\d+|: no records \(empty input\))",
                                        re.M)
                    if not placed.search(err):
                        counts["unplaced"] += 1
                        examples.append(("unplaced", seed, j, err[:200]))
    print(" ".join("%s=%d" % kv for kv in counts.items()))
    for e in examples[:10]:
        print("  ", e)
    return 1 if counts["accepted_malformed"] or counts["unplaced"] or \
        counts["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())

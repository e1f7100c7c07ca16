#!/usr/bin/env python3
"""Reads a plot back from its SVG and checks that every point is where the
data says:  plot-check.py KIND ROWS.csv PLOT.svg

The rows are `ipwsim curve KIND --format csv`. In the SVG (Cairo's) each
data point is a marker: a filled circle with a white edge, drawn in series
order (src/plot.h), so the first markers are the rows of the series that
are not the paper's, in the order the CSV lists them. The paper's rows are
diamonds; coverage-domain's rows are bars. A straight-line map from data to
page is fitted by least squares on each axis (per panel for
savings-alpha: x by metric); every point must sit on it to 0.01 px, every
paper diamond too, and y must grow upward. Nothing here knows how the plot
lays itself out: a point drawn anywhere else fails.
"""
import csv
import math
import re
import sys
import xml.etree.ElementTree as ET

NUM = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def fail(msg):
    print("plot-check: " + msg)
    sys.exit(1)


def paths(svg):
    for el in ET.parse(svg).getroot().iter():
        if el.tag.endswith("path") and el.get("d"):
            yield el.get("style", ""), el.get("d")


def points(d):
    v = [float(t) for t in NUM.findall(d)]
    return list(zip(v[0::2], v[1::2]))


def shapes(svg):
    markers, diamonds, bars = [], [], []
    for style, d in paths(svg):
        if "fill:rgb" not in style:
            continue
        pts = points(d)
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        cmds = re.sub(r"[^MLCZ]", "", d)
        if "stroke:rgb(100%,100%,100%)" in style and "C" in cmds:
            markers.append(centre)
        elif cmds == "MLLLZM" or cmds == "MLLLZ":
            # a diamond has its vertices on the axes of its centre; a bar
            # (a rectangle) has them at its corners
            if abs(pts[0][0] - pts[2][0]) < 1e-6 and abs(pts[1][1] - pts[3][1]) < 1e-6:
                diamonds.append(centre)
            elif "stroke:none" in style or "stroke" not in style:
                bars.append((centre[0], min(ys), max(ys)))
    return markers, diamonds, bars


def fit(pairs):
    """Least squares page = a + b * data; returns a, b and the worst
    residual."""
    n = len(pairs)
    if n < 2:
        fail("too few points to fit a map")
    sx = sum(p[0] for p in pairs)
    sy = sum(p[1] for p in pairs)
    sxx = sum(p[0] * p[0] for p in pairs)
    sxy = sum(p[0] * p[1] for p in pairs)
    den = n * sxx - sx * sx
    if abs(den) < 1e-12:
        # every data value equal: the map is a constant
        a, b = sy / n, 0.0
    else:
        b = (n * sxy - sx * sy) / den
        a = (sy - b * sx) / n
    worst = max(abs(a + b * x - y) for x, y in pairs)
    return a, b, worst


def main():
    kind, rows_file, svg = sys.argv[1:4]
    with open(rows_file, newline="") as f:
        rows = [r for r in csv.DictReader(f)]
    data = [r for r in rows if not r["series"].startswith("reported")
            and r["y"] not in ("", "nan")]
    paper = [r for r in rows if r["series"].startswith("reported")]
    if kind == "savings-year":
        # the band's edges are a shaded area, not points
        data = [r for r in data if r["series"] == "energy"]
    # so is the model interval's band (savings-batch and the others)
    data = [r for r in data if not r["series"].startswith("energy model ")]
    # series are drawn in the order they first appear in the rows
    order = []
    for r in data:
        if r["series"] not in order:
            order.append(r["series"])
    markers, diamonds, bars = shapes(svg)

    def xval(r):
        x = float(r["x"])
        return math.log2(x) if kind == "savings-batch" else x

    def panel(r):
        if kind != "savings-alpha":
            return 0
        return [m for m in ("energy", "compute", "cost") if m in r["series"]][0]

    def panel_of(series):
        return panel({"series": series})

    # panel by panel (savings-alpha: energy, compute, cost)
    if kind == "savings-alpha":
        order.sort(key=lambda s: ("energy", "compute", "cost").index(panel_of(s)))
    data = [r for s in order for r in data if r["series"] == s]

    if kind == "coverage-domain":
        groups = order
        # the bars come first in drawing order (the legend's swatches
        # after them), a group's bars together
        # a bar of no height is not drawn
        data = [r for r in data if float(r["y"]) != 0]
        if len(bars) < len(data):
            fail("%d bars drawn, %d rows" % (len(bars), len(data)))
        tops = bars[:len(data)]
        want = data
        a, b, worst = fit([(float(r["y"]), t[1]) for r, t in zip(want, tops)])
        base = max(t[2] for t in tops)
        if worst > 0.01 or b >= 0:
            fail("bar tops are not a map of the values (worst %.4f px)" % worst)
        if any(abs(t[2] - base) > 0.01 for t in tops) or abs(a - base) > 0.01:
            fail("bars do not stand on the zero line")
        cx = {}
        for r, t in zip(want, tops):
            cx.setdefault(r["x"], {})[r["series"]] = t[0]
        # a group's bars stand at even steps across a category: the
        # group's offset from the first group's bar, from any category
        # holding both
        step = None
        for c in cx.values():
            if len(c) >= 2:
                gs = sorted(c, key=groups.index)
                step = (c[gs[1]] - c[gs[0]]) / (groups.index(gs[1]) - groups.index(gs[0]))
                break
        found = 0
        for r in paper:
            g = groups.index(r["series"][len("reported "):])
            c = cx[r["x"]]
            k, x0 = next((groups.index(s), v) for s, v in c.items())
            x = x0 + (g - k) * step
            y = a + b * float(r["y"])
            found += any(abs(d[0] - x) < 0.01 and abs(d[1] - y) < 0.01 for d in diamonds)
        if found != len(paper):
            fail("%d of %d paper marks on their bars" % (found, len(paper)))
        print("%s: %d bars, %d paper marks where the data says" % (kind, len(tops), found))
        return

    if len(markers) < len(data):
        fail("%d markers drawn, %d rows" % (len(markers), len(data)))
    got = markers[:len(data)]
    ya, yb, yworst = fit([(float(r["y"]), m[1]) for r, m in zip(data, got)])
    if yworst > 0.01 or yb >= 0:
        fail("y is not a map of the data (worst %.4f px, slope %g)" % (yworst, yb))
    xmaps = {}
    for p in sorted(set(panel(r) for r in data)):
        sel = [(xval(r), m[0]) for r, m in zip(data, got) if panel(r) == p]
        xa, xb, xworst = fit(sel)
        if xworst > 0.01 or xb <= 0:
            fail("x is not a map of the data in panel %s (worst %.4f px)" % (p, xworst))
        xmaps[p] = (xa, xb)
    found = 0
    for r in paper:
        p = panel(r) if kind == "savings-alpha" else 0
        xa, xb = xmaps[p]
        x, y = xa + xb * xval(r), ya + yb * float(r["y"])
        found += any(abs(d[0] - x) < 0.01 and abs(d[1] - y) < 0.01 for d in diamonds)
    if found != len(paper):
        fail("%d of %d paper marks where the data says" % (found, len(paper)))
    for x, y in got:
        if not (0 <= x <= 900 and 0 <= y <= 560):
            fail("a point off the page at (%g, %g)" % (x, y))
    print("%s: %d points, %d paper marks where the data says" % (kind, len(data), found))


main()

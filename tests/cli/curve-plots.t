# every kind as SVG, PNG and PDF: the SVG is well-formed XML and each of
# its points (and paper marks) sits where the rows say (plot-check.py
# reads them back); the PNG has its signature and is 1800x1120; the PDF
# has its header and trailer
cmd: for k in coverage-models coverage-domain coverage-time pareto savings-alpha savings-batch savings-utilization savings-idle savings-year; do x=; [ $k = savings-utilization ] && x="--cloud-idle-w 100"; [ $k = savings-idle ] && x="--local-mode marginal --local-idle-w 10"; $IPWSIM curve $k $x --svg $T/$k.svg --png $T/$k.png --plot $T/$k.PDF --format csv ../../traces/example.jsonl > $T/$k.csv || echo "$k failed"; xmllint --noout $T/$k.svg && python3 "$IPWSIM_SRCDIR/tests/cli/plot-check.py" $k $T/$k.csv $T/$k.svg; python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(); print("  png", d[:8] == b"\x89PNG\r\n\x1a\n", *struct.unpack(">II", d[16:24]))' $T/$k.png; python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); print("  pdf", d[:7] == b"%PDF-1.", d.rstrip().endswith(b"%%EOF"), len(d) > 4000)' $T/$k.PDF; done
--- stdout
coverage-models: 12 points, 1 paper marks where the data says
  png True 1800 1120
  pdf True True True
coverage-domain: 10 bars, 10 paper marks where the data says
  png True 1800 1120
  pdf True True True
coverage-time: 4 points, 3 paper marks where the data says
  png True 1800 1120
  pdf True True True
pareto: 16 points, 0 paper marks where the data says
  png True 1800 1120
  pdf True True True
savings-alpha: 99 points, 9 paper marks where the data says
  png True 1800 1120
  pdf True True True
savings-batch: 27 points, 3 paper marks where the data says
  png True 1800 1120
  pdf True True True
savings-utilization: 27 points, 3 paper marks where the data says
  png True 1800 1120
  pdf True True True
savings-idle: 27 points, 3 paper marks where the data says
  png True 1800 1120
  pdf True True True
savings-year: 6 points, 1 paper marks where the data says
  png True 1800 1120
  pdf True True True
--- stderr

# curve states cloud-only's and the oracle's energy provenance at its base
# setting: every record labelled measured at the package
# (--energy-source, --energy-scope) and no what-if at the base: all
# measured; with --cloud-pue 1.5 the cloud's energy e becomes 1.5 e, a
# third of it (0.5 e) modelled at the wall: cloud-only is measured 66.7%,
# modelled 33.3%, package 66.7%, wall 33.3%; the oracle's local 17513.2 J
# and cloud 74150 J are measured, PUE adds 37075 J: 91663.2 / 128738.2 =
# 71.2% measured. Coverage curves have no
# energy and no line.
cmd: S=$IPWSIM_SRCDIR/traces/example.jsonl; $IPWSIM curve savings-alpha --energy-source measured --energy-scope package $S | sed -n 3p; $IPWSIM curve savings-batch --cloud-pue 1.5 --energy-source measured --energy-scope package --format json $S | grep energy_provenance; $IPWSIM curve coverage-models $S | grep -c provenance
status: 1
--- stdout
energy provenance: cloud-only source: measured 100.0%; scope: package 100.0% | oracle source: measured 100.0%; scope: package 100.0%
		"energy_provenance":	"cloud-only source: measured 66.7%, modelled 33.3%; scope: package 66.7%, wall 33.3% | oracle source: measured 71.2%, modelled 28.8%; scope: package 71.2%, wall 28.8% (at the base setting, as measured or as the options move it; a point the curve moves is modelled)"
0
--- stderr

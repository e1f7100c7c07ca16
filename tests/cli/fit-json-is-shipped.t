# the shipped data/curves/roofline.json is what fit writes
cmd: cd ../.. && $IPWSIM fit --curves data/curves/mlenergy-v3.csv --format json | cmp - data/curves/roofline.json && echo same
--- stdout
same
--- stderr

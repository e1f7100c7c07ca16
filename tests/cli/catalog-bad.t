# a bad catalog value
cmd: $IPWSIM catalog --catalog bad/catalog-negative.json
status: 65
--- stdout
--- stderr
ipwsim: catalog: bad/catalog-negative.json:1:45: models[0].params_total_b: is negative or not finite

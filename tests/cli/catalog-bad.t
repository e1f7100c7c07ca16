# a bad catalog value
cmd: $IPWSIM catalog --catalog bad/catalog-negative.json
status: 65
--- stdout
--- stderr
ipwsim: catalog: bad/catalog-negative.json: models[0].params_total_b: is negative or not finite

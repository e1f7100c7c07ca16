# fit: the weak priors are named in the table's first line and in JSON (parameter to centre); --no-priors fits without them and says so (JSON priors null)
cmd: $IPWSIM fit | head -1 | grep -o 'weak priors: [^)]*'; $IPWSIM fit --format json | grep -A3 '"priors"' | tr -d '\t'; $IPWSIM fit --no-priors | head -1 | grep -o '; no priors)'; $IPWSIM fit --no-priors --format json | grep '"priors"' | tr -d '\t'
--- stdout
weak priors: eta_compute_dense 0.7, eta_prefill 0.9
"priors":{
"eta_compute_dense":0.7,
"eta_prefill":0.9
},
; no priors)
"priors":null,
--- stderr

# Monte Carlo settings are named in JSON
cmd: $IPWSIM simulate --router mixture:0.7 --replicates 50 --bootstrap 20 --seed 9 --rng taus2 --format json tiny.jsonl | grep -E '"(rng|replicates|bootstrap_replicates)"'
--- stdout
		"rng":	"taus2, seed 9; Monte Carlo 50 replicates; bootstrap 20 replicates",
				"bootstrap_replicates":	20,
				"bootstrap_replicates":	20,
				"bootstrap_replicates":	20,
				"replicates":	50,
--- stderr

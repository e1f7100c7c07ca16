# break-even in JSON, solved for a 40% saving
cmd: $IPWSIM simulate --break-even cloud-batch --break-even-target 0.4 --bootstrap 0 --format json ../../traces/example.jsonl | sed -n '/break_even/,$p' | head -8
--- stdout
	"break_even":	{
		"parameter":	"cloud-batch",
		"policy":	"oracle",
		"metric":	"energy",
		"target_saving":	0.4,
		"lo":	7.989999999999999,
		"hi":	228.47000000000006,
		"value":	75.14331033927516,
--- stderr

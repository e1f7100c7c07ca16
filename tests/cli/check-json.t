# check as JSON
cmd: $IPWSIM check --format json harness.jsonl
--- stdout
{
	"ipwsim_version":	"0.1.0",
	"command":	"check",
	"schema":	2,
	"queries":	2,
	"configurations":	2,
	"cells":	4,
	"missing":	0,
	"per_config":	[{
			"config":	"Qwen3-8B@Apple M4 Max",
			"records":	2,
			"missing":	0,
			"quality":	0.5,
			"energy_per_query_j":	90.25,
			"power_mean_w":	44.1,
			"tokens_in_mean":	10.5,
			"tokens_out_mean":	60,
			"energy_source":	{
				"measured":	2,
				"estimated":	0,
				"modelled":	0,
				"assumed":	0,
				"unstated":	0
			},
			"energy_scope":	{
				"accelerator":	2,
				"package":	0,
				"system":	0,
				"wall":	0,
				"unstated":	0
			}
		}, {
			"config":	"Qwen3-235B-A22B@NVIDIA H200",
			"records":	2,
			"missing":	0,
			"quality":	1,
			"energy_per_query_j":	305,
			"power_mean_w":	300,
			"tokens_in_mean":	10.5,
			"tokens_out_mean":	68.5,
			"energy_source":	{
				"measured":	2,
				"estimated":	0,
				"modelled":	0,
				"assumed":	0,
				"unstated":	0
			},
			"energy_scope":	{
				"accelerator":	2,
				"package":	0,
				"system":	0,
				"wall":	0,
				"unstated":	0
			}
		}],
	"warnings":	[{
			"kind":	"warning",
			"where":	"Qwen3-235B-A22B@NVIDIA H200",
			"warning":	"every one of 2 records is correct: is the correctness column real?"
		}, {
			"kind":	"note",
			"where":	"harness.jsonl",
			"warning":	"harness correctness from evaluation.is_correct in 0 records, from lm_correctness in 4 (no evaluation.is_correct: the run may not have been analysed, and lm_correctness defaults to false)"
		}]
}
--- stderr

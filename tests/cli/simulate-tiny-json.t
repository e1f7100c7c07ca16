# the same as JSON
cmd: $IPWSIM simulate --format json tiny.jsonl
--- stdout
{
	"ipwsim_version":	"0.1.0",
	"command":	"simulate",
	"schema":	2,
	"queries":	5,
	"dropped":	0,
	"settings":	{
		"cloud":	"Qwen3-235B-A22B@NVIDIA-H200",
		"local":	["Qwen3-4B@Apple-M4-Max", "Qwen3-8B@Apple-M4-Max"],
		"oracle":	"smallest",
		"flops_params":	"total",
		"rng":	"mt19937, seed 1; Monte Carlo 200 replicates; bootstrap 200 replicates",
		"whatif":	"cloud utilization 1, host overhead 0, PUE 1; local measured, PUE 1",
		"accounting":	"cloud charge share, cloud energy basis measured, cloud measured on its own accelerator, token pricing both"
	},
	"baseline":	"cloud-only",
	"policies":	[{
			"policy":	"cloud-only",
			"queries":	5,
			"share":	1,
			"quality":	0.8,
			"energy_j":	450,
			"energy_kwh":	0.000125,
			"energy_per_query_j":	90,
			"flops":	352500000000000,
			"cost_usd":	0.0005742,
			"latency_mean_s":	null,
			"waste_energy_j":	0,
			"waste_cost_usd":	0,
			"carbon_kg":	null,
			"energy_provenance":	{
				"source":	{
					"measured":	0,
					"estimated":	0,
					"modelled":	0,
					"assumed":	0,
					"unstated":	1
				},
				"scope":	{
					"accelerator":	0,
					"package":	0,
					"system":	0,
					"wall":	0,
					"unstated":	1
				}
			},
			"latency_p95_s":	null,
			"local_share":	0,
			"cloud_calls":	1,
			"quality_gap_recovered":	1,
			"savings":	{
				"energy_saving":	0,
				"compute_saving":	0,
				"cost_saving":	0,
				"carbon_saving":	null
			},
			"savings_ci95":	{
				"bootstrap_replicates":	200,
				"energy_saving":	{
					"lo":	0,
					"hi":	0
				},
				"compute_saving":	{
					"lo":	0,
					"hi":	0
				},
				"cost_saving":	{
					"lo":	0,
					"hi":	0
				}
			},
			"served_by":	[{
					"config":	"Qwen3-4B@Apple-M4-Max",
					"tier":	"local",
					"queries":	0,
					"share":	0,
					"quality":	null,
					"energy_j":	0,
					"energy_kwh":	0,
					"energy_per_query_j":	null,
					"flops":	0,
					"cost_usd":	0,
					"latency_mean_s":	null,
					"waste_energy_j":	0,
					"waste_cost_usd":	0,
					"carbon_kg":	null,
					"energy_provenance":	{
						"source":	{
							"measured":	null,
							"estimated":	null,
							"modelled":	null,
							"assumed":	null,
							"unstated":	null
						},
						"scope":	{
							"accelerator":	null,
							"package":	null,
							"system":	null,
							"wall":	null,
							"unstated":	null
						}
					}
				}, {
					"config":	"Qwen3-8B@Apple-M4-Max",
					"tier":	"local",
					"queries":	0,
					"share":	0,
					"quality":	null,
					"energy_j":	0,
					"energy_kwh":	0,
					"energy_per_query_j":	null,
					"flops":	0,
					"cost_usd":	0,
					"latency_mean_s":	null,
					"waste_energy_j":	0,
					"waste_cost_usd":	0,
					"carbon_kg":	null,
					"energy_provenance":	{
						"source":	{
							"measured":	null,
							"estimated":	null,
							"modelled":	null,
							"assumed":	null,
							"unstated":	null
						},
						"scope":	{
							"accelerator":	null,
							"package":	null,
							"system":	null,
							"wall":	null,
							"unstated":	null
						}
					}
				}, {
					"config":	"Qwen3-235B-A22B@NVIDIA-H200",
					"tier":	"cloud",
					"queries":	5,
					"share":	1,
					"quality":	0.8,
					"energy_j":	450,
					"energy_kwh":	0.000125,
					"energy_per_query_j":	90,
					"flops":	352500000000000,
					"cost_usd":	0.0005742,
					"latency_mean_s":	null,
					"waste_energy_j":	0,
					"waste_cost_usd":	0,
					"carbon_kg":	null,
					"energy_provenance":	{
						"source":	{
							"measured":	0,
							"estimated":	0,
							"modelled":	0,
							"assumed":	0,
							"unstated":	1
						},
						"scope":	{
							"accelerator":	0,
							"package":	0,
							"system":	0,
							"wall":	0,
							"unstated":	1
						}
					}
				}]
		}, {
			"policy":	"oracle",
			"queries":	5,
			"share":	1,
			"quality":	1,
			"energy_j":	150,
			"energy_kwh":	4.1666666666666665e-05,
			"energy_per_query_j":	30,
			"flops":	146280000000000,
			"cost_usd":	0.00025654,
			"latency_mean_s":	null,
			"waste_energy_j":	0,
			"waste_cost_usd":	0,
			"carbon_kg":	null,
			"energy_provenance":	{
				"source":	{
					"measured":	0,
					"estimated":	0,
					"modelled":	0,
					"assumed":	0,
					"unstated":	1
				},
				"scope":	{
					"accelerator":	0,
					"package":	0,
					"system":	0,
					"wall":	0,
					"unstated":	1
				}
			},
			"latency_p95_s":	null,
			"local_share":	0.8,
			"cloud_calls":	0.2,
			"quality_gap_recovered":	1.9999999999999996,
			"savings":	{
				"energy_saving":	0.6666666666666667,
				"compute_saving":	0.5850212765957447,
				"cost_saving":	0.5532218739115291,
				"carbon_saving":	null
			},
			"savings_ci95":	{
				"bootstrap_replicates":	200,
				"energy_saving":	{
					"lo":	0.2622407834101383,
					"hi":	0.9
				},
				"compute_saving":	{
					"lo":	0.1404255028371343,
					"hi":	0.9829787243931795
				},
				"cost_saving":	{
					"lo":	0.12803878416000652,
					"hi":	1
				}
			},
			"served_by":	[{
					"config":	"Qwen3-4B@Apple-M4-Max",
					"tier":	"local",
					"queries":	3,
					"share":	0.6,
					"quality":	1,
					"energy_j":	45,
					"energy_kwh":	1.25e-05,
					"energy_per_query_j":	15,
					"flops":	2000000000000,
					"cost_usd":	0,
					"latency_mean_s":	null,
					"waste_energy_j":	0,
					"waste_cost_usd":	0,
					"carbon_kg":	null,
					"energy_provenance":	{
						"source":	{
							"measured":	0,
							"estimated":	0,
							"modelled":	0,
							"assumed":	0,
							"unstated":	1
						},
						"scope":	{
							"accelerator":	0,
							"package":	0,
							"system":	0,
							"wall":	0,
							"unstated":	1
						}
					}
				}, {
					"config":	"Qwen3-8B@Apple-M4-Max",
					"tier":	"local",
					"queries":	1,
					"share":	0.2,
					"quality":	1,
					"energy_j":	25,
					"energy_kwh":	6.944444444444445e-06,
					"energy_per_query_j":	25,
					"flops":	3279999999999.9995,
					"cost_usd":	2.5540000000000003e-05,
					"latency_mean_s":	null,
					"waste_energy_j":	0,
					"waste_cost_usd":	0,
					"carbon_kg":	null,
					"energy_provenance":	{
						"source":	{
							"measured":	0,
							"estimated":	0,
							"modelled":	0,
							"assumed":	0,
							"unstated":	1
						},
						"scope":	{
							"accelerator":	0,
							"package":	0,
							"system":	0,
							"wall":	0,
							"unstated":	1
						}
					}
				}, {
					"config":	"Qwen3-235B-A22B@NVIDIA-H200",
					"tier":	"cloud",
					"queries":	1,
					"share":	0.2,
					"quality":	1,
					"energy_j":	80,
					"energy_kwh":	2.2222222222222223e-05,
					"energy_per_query_j":	80,
					"flops":	141000000000000,
					"cost_usd":	0.000231,
					"latency_mean_s":	null,
					"waste_energy_j":	0,
					"waste_cost_usd":	0,
					"carbon_kg":	null,
					"energy_provenance":	{
						"source":	{
							"measured":	0,
							"estimated":	0,
							"modelled":	0,
							"assumed":	0,
							"unstated":	1
						},
						"scope":	{
							"accelerator":	0,
							"package":	0,
							"system":	0,
							"wall":	0,
							"unstated":	1
						}
					}
				}]
		}],
	"model_interval":	{
		"state":	"none",
		"draws":	200,
		"note":	"nothing here is moved by a model: every energy is as the trace gives it (its provenance line says how the trace obtained it)"
	}
}
--- stderr

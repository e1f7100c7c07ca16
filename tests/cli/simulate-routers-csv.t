# router rows as CSV (policy, local share, cloud calls, waste, savings and intervals)
cmd: $IPWSIM simulate --router paper:0.8 --router cascade:0.8 --router-fp 0.1 --router-fn 0.3 --detect 0.9 --format csv ../../traces/example.jsonl | grep ',all,all,' | cut -d, -f1,14-19,20,21,28-31
--- stdout
cloud-only,0,1,0,0,1,0,0,0,,,,
oracle,0.7916666667,0.2083333333,0,0,1.4,0.5259231351,0.3198836272,0.7437248285,,,,
paper:0.8,0.6333333333,0.3666666667,0,0,1.32,0.4207385081,0.2559068495,0.5949798827,200,0.4124082941,0.2750882911,0.515809653
cascade:0.8,0.55625,0.44375,572.8,0,1.272,0.3690188448,0.2253281438,0.5209736897,200,0.3692631998,0.2452186542,0.4857559909
--- stderr

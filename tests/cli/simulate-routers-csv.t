# router rows as CSV (policy, local share, cloud calls, waste, savings and intervals)
cmd: $IPWSIM simulate --router paper:0.8 --router cascade:0.8 --router-fp 0.1 --router-fn 0.3 --detect 0.9 --format csv ../../traces/example.jsonl | grep ',all,all,' | cut -d, -f1,14-19,20,21,28-31
--- stdout
cloud-only,0,1,0,0,1,0,0,0,,,,
oracle,0.7916666667,0.2083333333,0,0,1.4,0.5259231351,0.3198836272,0.7437248285,,,,
paper:0.8,0.6333333333,0.3666666667,0,0,1.32,0.4207385081,0.2559068495,0.5949798827,200,0.4124082941,0.2750882911,0.515809653
cascade:0.8,0.55625,0.44375,966.2231579,0.0001133823158,1.272,0.3669841581,0.222041573,0.5201195842,200,0.3682029471,0.2444329372,0.4857559909
--- stderr

# convert --map on a nested JSON Lines log in mJ, ms and mW with a status
# string (map-lab.json), by hand: query ids run.id "-" run.idx; r1-1
# 12500 mJ = 12.5 J, 2500 ms = 2.5 s, 5000 mW = 5 W, "pass" is correct;
# r1-2 0.8 J, 0.4 s, 2 W, "fail" is not; r1-3 "timeout" is skipped by
# skip[0] (a note counts it); r1-4 250 J, 1.25 s, 200 W, "error" is in
# the false list. Constants: the accelerator, the dataset, measured at
# the package. The same map serves every command (check here).
cmd: $IPWSIM convert --map map-lab.json map-lab.jsonl; echo "status $?"; $IPWSIM check --quiet --format csv --map map-lab.json map-lab.jsonl | cut -d, -f1,2,5,6,10,11
--- stdout
{"query_id":"r1-1","model":"Qwen3-8B","accelerator":"Apple-M4-Max","correct":true,"energy_j":12.5,"latency_s":2.5,"tokens_in":12,"tokens_out":80,"power_w":5,"dataset":"lab","energy_source":"measured","energy_scope":"package"}
{"query_id":"r1-2","model":"Qwen3-8B","accelerator":"Apple-M4-Max","correct":false,"energy_j":0.8,"latency_s":0.4,"tokens_in":7,"tokens_out":9,"power_w":2,"dataset":"lab","energy_source":"measured","energy_scope":"package"}
{"query_id":"r1-4","model":"Qwen3-235B-A22B","accelerator":"Apple-M4-Max","correct":false,"energy_j":250,"latency_s":1.25,"tokens_in":12,"tokens_out":95,"power_w":200,"dataset":"lab","energy_source":"measured","energy_scope":"package"}
status 0
config,records,energy_per_query_j,power_mean_w,energy_source,energy_scope
Qwen3-8B@Apple-M4-Max,2,6.65,3.5,measured,package
Qwen3-235B-A22B@Apple-M4-Max,1,250,200,measured,package
--- stderr
ipwsim: convert: map-lab.jsonl: note: skipped 1 record by the map's skip[0]: status in timeout

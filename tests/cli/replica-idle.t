# a replica's idle power is devices x the device's: the catalog override gives the H100 100 W idle; the cloud (accelerators 8) at utilization 0.5, latency 2 s, batch 16 is charged 8 x 100 W x (1 - 0.5)/0.5 x 2 s / 16 = 100 J per query on top of its measured 100 J: 200 J/query; as one device (accelerators 1), 100 x 1 x 2 / 16 = 12.5 J: 112.5 J/query
cmd: S="$IPWSIM simulate --bootstrap 0 --model-draws 0 --catalog idle-h100.json --cloud-utilization 0.5"; $S replica-fp8.jsonl | grep "^  Qwen3-235B.*  2 "; sed "s/\"accelerators\":8/\"accelerators\":1/" replica-fp8.jsonl > $T/one.jsonl; $S $T/one.jsonl | grep "^  Qwen3-235B.*  2 "
--- stdout
  Qwen3-235B-A22B@NVIDIA-H100x8:fp8         2  100.0%   100.0%         400        200    2.82e+14   0.000396         2
  Qwen3-235B-A22B@NVIDIA-H100x1:fp8         2  100.0%   100.0%         225      112.5    2.82e+14   0.000396         2
--- stderr

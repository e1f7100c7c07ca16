# the idle floor at, below and above its boundary (the override's 80 W,
# exact in binary): a record's replica power is power_w, else energy x
# batch / latency: "at" 10 x 16 / 2 = 80 W (not below), "below" 9.75 x
# 16 / 2 = 78 W, "above" 82 W, "power" power_w 79 W (below); "nobatch"
# (5 W at batch 1) is only a lower bound, so not held against the floor;
# 8 devices idle at 8 x 80 = 640 W: "at" 80 x 16 / 2 = 640 (not below),
# "below" 636. With the shipped catalog's 80.3 W (measured), "at" 80 W is
# below it too.
cmd: $IPWSIM check --catalog idle-80-h200.json idle-floor.jsonl | grep "idle power"; $IPWSIM check idle-floor.jsonl | grep "idle power"
--- stdout
warning: M@NVIDIA-H200: 2 records imply an average power below the 80 W idle power of NVIDIA-H200 (first: query "below"; power_w, else energy_j x batch_size / latency_s)
warning: M@NVIDIA-H200x8: 1 record implies an average power below the 640 W idle power of 8 x NVIDIA-H200 (first: query "below"; power_w, else energy_j x batch_size / latency_s)
warning: M@NVIDIA-H200: 3 records imply an average power below the 80.3 W idle power of NVIDIA-H200 (first: query "at"; power_w, else energy_j x batch_size / latency_s)
warning: M@NVIDIA-H200x8: 2 records imply an average power below the 642.4 W idle power of 8 x NVIDIA-H200 (first: query "at"; power_w, else energy_j x batch_size / latency_s)
--- stderr

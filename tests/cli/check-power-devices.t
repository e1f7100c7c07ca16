# a replica's TDP is its devices': 1500 W is above 2 x 700 W (accelerators 2, warned) and under 4 x 700 W (accelerators 4, not)
cmd: $IPWSIM check power-devices.jsonl | grep "TDP"
--- stdout
warning: Qwen3-8B@NVIDIA-H100x2: 1 record implies an average power above the 1400 W TDP of 2 x NVIDIA-H100 (first: query "a")
--- stderr

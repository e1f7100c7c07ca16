# the mW trap: Qwen3-8B on the H100 logs 300000 to 900000 "W" (mW read as
# W), over 100 times its 700 W TDP, and check says what the factor
# suggests; the H200's 300 W is plausible and not flagged
cmd: $IPWSIM check milliwatt.jsonl | grep -i 'tdp'
--- stdout
warning: Qwen3-8B@NVIDIA-H100: 3 records imply an average power above the 700 W TDP of NVIDIA-H100 (first: query "q0"); their mean is over 100 times the TDP: is the power in mW, or the energy in mJ?
--- stderr

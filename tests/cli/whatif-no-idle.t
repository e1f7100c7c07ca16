# utilization below 1 needs an idle power: a catalog that takes the
# H200's away (null) leaves none, and the run says what to give
cmd: $IPWSIM simulate --catalog no-idle-h200.json --cloud-utilization 0.5 whatif.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: the idle power of NVIDIA-H200 is not known: give --cloud-idle-w W or add idle_w to the catalog with --catalog FILE

# utilization below 1 needs an idle power the catalog does not have
cmd: $IPWSIM simulate --cloud-utilization 0.5 whatif.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: the idle power of NVIDIA-H200 is not known: give --cloud-idle-w W or add idle_w to the catalog with --catalog FILE

# "NAME xN" is N devices: a replica of eight H100s drawing 1200 W is under
# its 8 x 700 = 5600 W TDP, one H100 drawing 1200 W is over its 700 W; and
# the catalog's idle power (60 W a device, replica-catalog.json) is
# charged for the replica: at cloud utilization 0.5 each cloud query adds
# idle x (1 - u) / u x latency / batch = 480 x 1 x 1 / 1 J to its 1200 J,
# so cloud-only is 2 x 1680 = 3360 J for x8 and 2 x 1260 = 2520 J for one
# (the records give no batch_size: --measured-batch cloud=1 states it;
# without it the utilization what-if stops, naming the configuration)
cmd: $IPWSIM check replica.jsonl | grep -c 'TDP'; sed 's/NVIDIA H100 x8/NVIDIA H100/' replica.jsonl > $T/single.jsonl; $IPWSIM check $T/single.jsonl | grep 'TDP'; for f in replica.jsonl $T/single.jsonl; do $IPWSIM simulate --catalog replica-catalog.json --cloud-utilization 0.5 --measured-batch cloud=1 --bootstrap 0 --format csv $f | awk -F, '$1 == "cloud-only" && $2 == "all" { print $7 }'; done; $IPWSIM simulate --catalog replica-catalog.json --cloud-utilization 0.5 --bootstrap 0 replica.jsonl; echo "status $?"
--- stdout
0
warning: Qwen3-235B-A22B@NVIDIA H100: 2 records imply an average power above the 700 W TDP of NVIDIA H100 (first: query "q1")
3360
2520
status 65
--- stderr
ipwsim: simulate: replica.jsonl:2: Qwen3-235B-A22B@NVIDIA H100 x8: its records give no batch_size, and --cloud-utilization needs the batch they were measured at: give --measured-batch Qwen3-235B-A22B@NVIDIA H100 x8=B

# a per-configuration batch size: the cloud to 4 along the test curve, energy x2 (cloud-only 1000 J, oracle 500 J; see test_whatif.c)
cmd: $IPWSIM simulate --curves curve-test.csv --batch Qwen3-235B-A22B@NVIDIA-H200=4 --bootstrap 0 --format csv whatif.jsonl | grep ',all,' | cut -d, -f1,7
--- stdout
cloud-only,1000
oracle,500
--- stderr

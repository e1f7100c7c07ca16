# total cost of ownership on the what-if trace (hand values in tests/unit/test_whatif.c)
cmd: $IPWSIM simulate --cost tco --cloud-kwh-usd 0.36 --cloud-rent-usd-per-hour 57.6 --local-kwh-usd 0.18 --local-device-usd 3600 --local-lifetime-years 1 --bootstrap 0 --format csv whatif.jsonl | cut -d, -f1,2,11,25
--- stdout
policy,served_by,cost_usd,cost_saving
cloud-only,all,0.00605,0
cloud-only,Qwen3-4B@Apple-M4-Max,0,
cloud-only,Qwen3-235B-A22B@NVIDIA-H200,0.00605,
oracle,all,0.005166552511,0.1460243783
oracle,Qwen3-4B@Apple-M4-Max,0.001146552511,
oracle,Qwen3-235B-A22B@NVIDIA-H200,0.00402,
--- stderr

# the query is placed at its first record (q2 first appears on line 3)
# a query without a cloud record
cmd: $IPWSIM simulate bad/no_cloud.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/no_cloud.jsonl:3: query "q2" has no record for the cloud configuration "Qwen3-235B-A22B@NVIDIA-H200" (--drop-incomplete leaves such queries out)

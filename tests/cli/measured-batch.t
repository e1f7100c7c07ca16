# Records without batch_size were measured at an unknown batch: a what-if
# that needs it (a batch move here; cloud utilization in
# replica-devices.t) stops with one line
# naming the configuration; --measured-batch CONFIG=B (or cloud=B,
# local=B for a side) states it, and gives what a trace with that
# batch_size gives, byte for byte; a value the records contradict, a
# configuration outside the pool, records that give it in part, and B
# outside 1 to 1e6 are refused
cmd: C=Qwen3-235B-A22B@NVIDIA-H200; sed '/NVIDIA-H200/s/}$/, "batch_size": 16}/' tiny.jsonl > $T/b16.jsonl; sed '0,/NVIDIA-H200/s/}$/, "batch_size": 16}/' tiny.jsonl > $T/part.jsonl; $IPWSIM simulate --bootstrap 0 --cloud-batch 64 tiny.jsonl; echo "status $?"; $IPWSIM simulate --bootstrap 0 --format csv --cloud-batch 64 --measured-batch $C=16 tiny.jsonl > $T/a; $IPWSIM simulate --bootstrap 0 --format csv --cloud-batch 64 --measured-batch cloud=16 tiny.jsonl > $T/c; $IPWSIM simulate --bootstrap 0 --format csv --cloud-batch 64 $T/b16.jsonl > $T/b; cmp $T/a $T/b && cmp $T/c $T/b && echo "stated = in the trace"; $IPWSIM simulate --bootstrap 0 --cloud-batch 64 --measured-batch $C=8 $T/b16.jsonl; echo "status $?"; $IPWSIM simulate --bootstrap 0 --measured-batch Nope@X=8 tiny.jsonl; echo "status $?"; $IPWSIM simulate --bootstrap 0 --cloud-batch 64 $T/part.jsonl 2>&1 | sed "s|$T/||"; for b in 0 1 1000000 1000001; do $IPWSIM simulate --bootstrap 0 --format csv --measured-batch local=$b tiny.jsonl > /dev/null 2>&1; echo "local=$b: status $?"; done
--- stdout
status 65
stated = in the trace
status 64
status 64
ipwsim: simulate: part.jsonl:3: Qwen3-235B-A22B@NVIDIA-H200: some records give batch_size 16 and others none; a batch what-if needs one
local=0: status 64
local=1: status 0
local=1000000: status 0
local=1000001: status 64
--- stderr
ipwsim: simulate: tiny.jsonl:3: Qwen3-235B-A22B@NVIDIA-H200: its records give no batch_size, and a batch what-if needs the batch they were measured at: give --measured-batch Qwen3-235B-A22B@NVIDIA-H200=B
ipwsim: simulate: --measured-batch Qwen3-235B-A22B@NVIDIA-H200=8: its records say batch_size 16 (see 'ipwsim simulate --help')
ipwsim: simulate: --measured-batch Nope@X: not a configuration of the pool (see 'ipwsim simulate --help')

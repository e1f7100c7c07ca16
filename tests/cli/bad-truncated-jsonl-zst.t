# bad input: truncated.jsonl.zst
cmd: $IPWSIM simulate bad/truncated.jsonl.zst
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/truncated.jsonl.zst:1: truncated zstd frame: input ends inside a frame

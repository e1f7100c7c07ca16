# single: with a configuration outside the pool
cmd: $IPWSIM simulate --router single:Qwen3-32B@Apple-M4-Max tiny.jsonl
status: 64
--- stdout
--- stderr
ipwsim: simulate: --router single:Qwen3-32B@Apple-M4-Max: not a local configuration of the pool (Qwen3-4B@Apple-M4-Max, Qwen3-8B@Apple-M4-Max) (see 'ipwsim simulate --help')

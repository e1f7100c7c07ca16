# curve names the pool it drew on in its first lines (the default pool
# is every local-tier configuration of the trace; reproduce's the paper's
# four), and a given --local replaces it; JSON carries the same
cmd: $IPWSIM curve coverage-models tiny.jsonl | head -3; $IPWSIM curve coverage-models --local Qwen3-8B@Apple-M4-Max tiny.jsonl | head -2; $IPWSIM curve coverage-models --format json tiny.jsonl | grep '"local"\|"cloud"'
--- stdout
local: Qwen3-4B@Apple-M4-Max, Qwen3-8B@Apple-M4-Max
cloud: Qwen3-235B-A22B@NVIDIA-H200

local: Qwen3-8B@Apple-M4-Max
cloud: Qwen3-235B-A22B@NVIDIA-H200
		"cloud":	"Qwen3-235B-A22B@NVIDIA-H200",
		"local":	["Qwen3-4B@Apple-M4-Max", "Qwen3-8B@Apple-M4-Max"],
--- stderr

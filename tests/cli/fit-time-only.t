# an accelerator measured only in static-batch latencies (the shipped
# LLM-Inference-Bench MI300X rows: no power, no energy) gets its time
# terms fitted to them and the power shares of the fitted accelerator
# nearest it, named in the fit, in --predict's pred_source, and in the
# JSON; its validation rows have no energy error and no target
cmd: $IPWSIM fit | grep -A1 '^AMD-MI300X'; $IPWSIM fit --format json | grep -o '"power_shares_from":[^,]*'; $IPWSIM fit --predict predict-mi300x.csv | grep -o 'power shares from [^"]*'; $IPWSIM fit --validate | grep '^AMD-MI300X *dense model-out'
--- stdout
AMD-MI300X (719 points)
  no power measured: the time terms fitted to its latencies, power_floor_share, power_memory_share and power_compute_share from NVIDIA-H100's fit
"power_shares_from":	"NVIDIA-H100"
power shares from NVIDIA-H100's fit (no power measured on AMD-MI300X)
AMD-MI300X       dense model-out            599        -        -    17.6%   371.3%        -      -
--- stderr

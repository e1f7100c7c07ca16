# oracle vs cloud-only on the hand-made trace, as a table
cmd: $IPWSIM simulate tiny.jsonl
--- stdout
queries: 5
cloud: Qwen3-235B-A22B@NVIDIA-H200
local: Qwen3-4B@Apple-M4-Max, Qwen3-8B@Apple-M4-Max
oracle: smallest
flops_params: total
rng: mt19937, seed 1; Monte Carlo 200 replicates; bootstrap 200 replicates
whatif: cloud utilization 1, host overhead 0, PUE 1; local measured, PUE 1
accounting: cloud charge share, cloud energy basis measured, cloud measured on its own accelerator, token pricing both

policy                     local   cloud  quality  gap_rec  energy_sav [95% CI]          compute_sav             cost_sav
cloud-only                  0.0%  100.0%    80.0%        1    0.0% [  0.0,  0.0]    0.0% [  0.0,  0.0]    0.0% [  0.0,  0.0]
oracle                     80.0%   20.0%   100.0%        2   66.7% [ 26.2, 90.0]   58.5% [ 14.0, 98.3]   55.3% [ 12.8,100.0]

model interval: none: nothing here is moved by a model: every energy is as the trace gives it (its provenance line says how the trace obtained it)

cloud-only:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-8B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-235B-A22B@NVIDIA-H200               5  100.0%    80.0%         450         90   3.525e+14  0.0005742         -
  total                                     5  100.0%    80.0%         450         90   3.525e+14  0.0005742         -
  energy                             0.000125 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency -
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

oracle:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     3   60.0%   100.0%          45         15       2e+12          0         -
  Qwen3-8B@Apple-M4-Max                     1   20.0%   100.0%          25         25    3.28e+12  2.554e-05         -
  Qwen3-235B-A22B@NVIDIA-H200               1   20.0%   100.0%          80         80    1.41e+14   0.000231         -
  total                                     5  100.0%   100.0%         150         30   1.463e+14  0.0002565         -
  energy                             4.16667e-05 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency -
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%
--- stderr

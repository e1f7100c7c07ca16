# the bundled example trace (README's first command)
cmd: $IPWSIM simulate ../../traces/example.jsonl
--- stdout
queries: 24
cloud: Qwen3-235B-A22B@NVIDIA-H200x8
local: Qwen3-4B@Apple-M4-Max, Qwen3-8B@Apple-M4-Max, Qwen3-14B@Apple-M4-Max, GPT-OSS-20B@Apple-M4-Max
oracle: smallest
flops_params: total
rng: mt19937, seed 1; Monte Carlo 200 replicates; bootstrap 200 replicates
whatif: cloud utilization 1, host overhead 0, PUE 1; local measured, PUE 1
accounting: cloud charge share, cloud energy basis measured, cloud measured on its own accelerator, token pricing both

policy                     local   cloud  quality  gap_rec  energy_sav [95% CI]          compute_sav             cost_sav
cloud-only                  0.0%  100.0%    87.5%        1    0.0% [  0.0,  0.0]    0.0% [  0.0,  0.0]    0.0% [  0.0,  0.0]
oracle                     79.2%   20.8%    95.8%      1.4   52.6% [ 32.0, 74.4]   59.4% [ 37.5, 82.7]   54.4% [ 34.1, 74.8]

model interval: none: nothing here is moved by a model: every energy is as the trace gives it (its provenance line says how the trace obtained it)

cloud-only:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-8B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-14B@Apple-M4-Max                    0    0.0%        -           0          -           0          0         -
  GPT-OSS-20B@Apple-M4-Max                  0    0.0%        -           0          -           0          0         -
  Qwen3-235B-A22B@NVIDIA-H200x8            24  100.0%    87.5%   1.934e+05       8057   1.892e+16     0.0335     39.44
  total                                    24  100.0%    87.5%   1.934e+05       8057   1.892e+16     0.0335     39.44
  energy                             0.0537106 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency 96.38 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

oracle:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     8   33.3%   100.0%        1880        235   4.368e+13          0     3.777
  Qwen3-8B@Apple-M4-Max                     5   20.8%   100.0%        5330       1066    1.16e+14  0.0009171      16.5
  Qwen3-14B@Apple-M4-Max                    3   12.5%   100.0%        7992       2664   1.755e+14  0.0007014     41.01
  GPT-OSS-20B@Apple-M4-Max                  3   12.5%   100.0%        2311      770.4   2.837e+14  0.0009089     11.98
  Qwen3-235B-A22B@NVIDIA-H200x8             5   20.8%    80.0%   7.415e+04  1.483e+04   7.069e+15    0.01276      72.6
  total                                    24  100.0%    95.8%   9.167e+04       3819   7.688e+15    0.01529     26.45
  energy                             0.0254629 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency 96.38 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%
--- stderr

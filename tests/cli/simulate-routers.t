# every router model and heuristic on the example trace, with seeded intervals
cmd: $IPWSIM simulate --router paper:0.8 --router paper:0.6 --router cascade:0.8 --router mixture:0.8 --router domain --router length --router size-cascade --router random:0.5 --router single:Qwen3-8B@Apple-M4-Max --router budget:0.95 ../../traces/example.jsonl
--- stdout
queries: 16
cloud: Qwen3-235B-A22B@NVIDIA-H200x8
local: Qwen3-4B@Apple-M4-Max, Qwen3-8B@Apple-M4-Max, Qwen3-14B@Apple-M4-Max, GPT-OSS-20B@Apple-M4-Max
oracle: smallest
flops_params: total
routers: detect 1; cascade false-local and false-cloud rates 1 - A, a false local tries the oracle's mix of local picks
split: heuristics fitted on 8 queries (--calib-frac 0.3), every policy scored on the other 16
rng: mt19937, seed 1; Monte Carlo 200 replicates; bootstrap 200 replicates
whatif: cloud utilization 1, host overhead 0, PUE 1; local measured, PUE 1
accounting: cloud charge share, cloud energy basis measured, cloud measured on its own accelerator, token pricing both

policy                     local   cloud  quality  gap_rec  energy_sav [95% CI]          compute_sav             cost_sav
cloud-only                  0.0%  100.0%    87.5%        1    0.0% [  0.0,  0.0]    0.0% [  0.0,  0.0]    0.0% [  0.0,  0.0]
oracle                     87.5%   12.5%   100.0%    1.667   70.3% [ 47.8, 88.8]   78.1% [ 55.1, 97.2]   72.8% [ 51.3, 92.2]
paper:0.8                  70.0%   30.0%    97.5%    1.533   56.3% [ 38.3, 71.0]   62.5% [ 44.1, 77.8]   58.2% [ 41.0, 73.7]
paper:0.6                  52.5%   47.5%    95.0%      1.4   42.2% [ 28.7, 53.3]   46.9% [ 33.1, 58.3]   43.7% [ 30.8, 55.3]
cascade:0.8                70.0%   30.0%    97.5%    1.533   55.8% [ 37.1, 71.0]   62.3% [ 43.7, 77.8]   57.9% [ 40.2, 73.7]
mixture:0.8                86.0%   14.0%    93.5%     1.32   69.9% [ 51.9, 84.7]   77.7% [ 59.3, 92.9]   72.4% [ 55.2, 87.9]
domain                     12.5%   87.5%    87.5%        1    9.2% [  0.0, 22.0]    8.7% [  0.0, 20.9]    8.3% [  0.0, 19.7]
length:380@GPT-OSS-20B@Apple-M4-Max   68.8%   31.2%   100.0%    1.667   45.1% [ 16.1, 83.9]   43.9% [ 16.2, 80.2]   36.4% [  7.7, 74.5]
size-cascade               87.5%   12.5%   100.0%    1.667   48.0% [ 15.9, 81.9]   71.9% [ 44.7, 96.2]   59.1% [ 28.7, 89.9]
random:0.5                 31.2%   68.8%    91.4%    1.208   17.4% [  9.9, 31.3]   22.5% [ 15.3, 36.0]   19.1% [ 11.6, 33.0]
single:Qwen3-8B@Apple-M4-Max   68.8%   31.2%    93.8%    1.333   41.5% [ 15.9, 78.9]   54.6% [ 29.6, 90.0]   41.8% [ 16.4, 78.7]
budget:0.95=length         68.8%   31.2%   100.0%    1.667   45.1% [ 16.1, 83.9]   43.9% [ 16.2, 80.2]   36.4% [  7.7, 74.5]

model interval: none: nothing here is moved by a model: every energy is as the trace gives it (its provenance line says how the trace obtained it)

Monte Carlo (200 replicates): mean [2.5%, 97.5%]
policy                             energy_sav          compute_sav             cost_sav              quality                local
paper:0.8                  54.7% [ 34.9, 70.3]   60.9% [ 40.2, 78.1]   56.7% [ 37.1, 72.8]   96.9% [ 87.5,100.0]   68.8% [ 50.0, 87.5]
paper:0.6                  43.2% [ 19.3, 65.5]   47.9% [ 21.9, 72.0]   44.6% [ 20.3, 67.3]   95.1% [ 87.5,100.0]   53.2% [ 31.2, 75.0]
cascade:0.8                55.1% [ 33.0, 69.2]   61.6% [ 40.7, 77.9]   57.3% [ 36.1, 72.8]   97.3% [ 87.5,100.0]   70.2% [ 50.0, 87.5]
mixture:0.8                69.8% [ 55.4, 83.0]   77.4% [ 61.2, 90.8]   72.0% [ 57.6, 86.1]   93.4% [ 81.2,100.0]   85.8% [ 75.0, 93.8]
random:0.5                 17.4% [  1.1, 40.4]   22.8% [  4.3, 47.0]   19.3% [  2.3, 42.4]   91.2% [ 87.5,100.0]   30.7% [ 12.5, 56.2]

cloud-only:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-8B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-14B@Apple-M4-Max                    0    0.0%        -           0          -           0          0         -
  GPT-OSS-20B@Apple-M4-Max                  0    0.0%        -           0          -           0          0         -
  Qwen3-235B-A22B@NVIDIA-H200x8            16  100.0%    87.5%   9.678e+04       6049    9.64e+15    0.01685     29.61
  total                                    16  100.0%    87.5%   9.678e+04       6049    9.64e+15    0.01685     29.61
  energy                             0.0268841 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency 73.62 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

oracle:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     7   43.8%   100.0%        1788      255.4   4.144e+13          0     4.101
  Qwen3-8B@Apple-M4-Max                     5   31.2%   100.0%        5330       1066    1.16e+14  0.0009171      16.5
  Qwen3-14B@Apple-M4-Max                    1    6.2%   100.0%        3108       3108   6.423e+13  0.0002646     47.58
  GPT-OSS-20B@Apple-M4-Max                  1    6.2%   100.0%         792        792   9.513e+13    0.00031     12.22
  Qwen3-235B-A22B@NVIDIA-H200x8             2   12.5%   100.0%   1.771e+04       8855   1.795e+15   0.003098     43.35
  total                                    16  100.0%   100.0%   2.873e+04       1795   2.112e+15   0.004589     16.11
  energy                             0.00797995 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency 65.88 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

paper:0.8:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                   5.6   35.0%   100.0%        1430      255.4   3.315e+13          0     4.101
  Qwen3-8B@Apple-M4-Max                     4   25.0%   100.0%        4264       1066   9.282e+13  0.0007337      16.5
  Qwen3-14B@Apple-M4-Max                  0.8    5.0%   100.0%        2486       3108   5.139e+13  0.0002117     47.58
  GPT-OSS-20B@Apple-M4-Max                0.8    5.0%   100.0%       633.6        792    7.61e+13   0.000248     12.22
  Qwen3-235B-A22B@NVIDIA-H200x8           4.8   30.0%    91.7%   3.352e+04       6984   3.364e+15   0.005848     34.19
  total                                    16  100.0%    97.5%   4.234e+04       2646   3.618e+15   0.007041     18.81
  energy                             0.0117608 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency 65.88 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

paper:0.6:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                   4.2   26.2%   100.0%        1073      255.4   2.486e+13          0     4.101
  Qwen3-8B@Apple-M4-Max                     3   18.7%   100.0%        3198       1066   6.962e+13  0.0005503      16.5
  Qwen3-14B@Apple-M4-Max                  0.6    3.7%   100.0%        1865       3108   3.854e+13  0.0001588     47.58
  GPT-OSS-20B@Apple-M4-Max                0.6    3.7%   100.0%       475.2        792   5.708e+13   0.000186     12.22
  Qwen3-235B-A22B@NVIDIA-H200x8           7.6   47.5%    89.5%   4.934e+04       6492   4.933e+15   0.008598     31.78
  total                                    16  100.0%    95.0%   5.595e+04       3497   5.123e+15   0.009493     21.51
  energy                             0.0155416 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency 65.88 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

cascade:0.8:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                   5.6   35.0%   100.0%        1546        276   3.573e+13          0     4.101
  Qwen3-8B@Apple-M4-Max                     4   25.0%   100.0%        4412       1103   9.612e+13  0.0007593      16.5
  Qwen3-14B@Apple-M4-Max                  0.8    5.0%   100.0%        2646       3308   5.496e+13  0.0002258     47.58
  GPT-OSS-20B@Apple-M4-Max                0.8    5.0%   100.0%       672.5      840.6   8.117e+13  0.0002635     12.22
  Qwen3-235B-A22B@NVIDIA-H200x8           4.8   30.0%    91.7%   3.352e+04       6984   3.364e+15   0.005848     35.69
  total                                    16  100.0%    97.5%    4.28e+04       2675   3.632e+15   0.007096     19.26
  energy                             0.011889 kWh; wasted on failed local attempts 461.52 J, 5.52257e-05 USD; p95 latency 65.88 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

mixture:0.8:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                  6.24   39.0%    94.2%        1729      277.2   3.972e+13          0     4.435
  Qwen3-8B@Apple-M4-Max                  4.64   29.0%    95.7%        4877       1051   1.063e+14  0.0008394     16.27
  Qwen3-14B@Apple-M4-Max                 1.44    9.0%    86.1%        3593       2495   7.567e+13  0.0003088     38.26
  GPT-OSS-20B@Apple-M4-Max               1.44    9.0%    86.1%       902.7      626.9   1.106e+14  0.0003548     9.741
  Qwen3-235B-A22B@NVIDIA-H200x8          2.24   14.0%    96.4%   1.804e+04       8053   1.822e+15   0.003152     39.42
  total                                    16  100.0%    93.5%   2.914e+04       1821   2.154e+15   0.004655     16.29
  energy                             0.00809478 kWh; wasted on failed local attempts 1004.86 J, 0.000130108 USD; p95 latency 65.88 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

domain:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-8B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-14B@Apple-M4-Max                    0    0.0%        -           0          -           0          0         -
  GPT-OSS-20B@Apple-M4-Max                  2   12.5%   100.0%         666        333   8.253e+13  0.0002625     5.197
  Qwen3-235B-A22B@NVIDIA-H200x8            14   87.5%    85.7%    8.72e+04       6229   8.716e+15    0.01519     30.49
  total                                    16  100.0%    87.5%   8.787e+04       5492   8.799e+15    0.01546     27.33
  energy                             0.024408 kWh; wasted on failed local attempts 0 J, 0 USD; p95 latency 73.62 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

length:380@GPT-OSS-20B@Apple-M4-Max:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-8B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-14B@Apple-M4-Max                    0    0.0%        -           0          -           0          0         -
  GPT-OSS-20B@Apple-M4-Max                 11   68.8%   100.0%        6728      611.7   8.614e+14   0.002671      5.06
  Qwen3-235B-A22B@NVIDIA-H200x8             5   31.2%   100.0%    4.64e+04       9280    4.55e+15   0.008043     55.56
  total                                    16  100.0%   100.0%   5.313e+04       3320   5.411e+15    0.01071     20.84
  energy                             0.0147572 kWh; wasted on failed local attempts 3225.6 J, 0.001276 USD; p95 latency 89.62 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

size-cascade:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     7   43.8%   100.0%        7476       1068   1.641e+14          0     4.101
  Qwen3-8B@Apple-M4-Max                     5   31.2%   100.0%   1.166e+04       2332   2.514e+14   0.002001     24.67
  Qwen3-14B@Apple-M4-Max                    1    6.2%   100.0%   1.143e+04  1.143e+04   2.443e+14  0.0009894     86.96
  GPT-OSS-20B@Apple-M4-Max                  1    6.2%   100.0%        2023       2023   2.556e+14  0.0008008     103.3
  Qwen3-235B-A22B@NVIDIA-H200x8             2   12.5%   100.0%   1.771e+04       8855   1.795e+15   0.003098     124.8
  total                                    16  100.0%   100.0%    5.03e+04       3143   2.711e+15   0.006889     36.99
  energy                             0.0139708 kWh; wasted on failed local attempts 21567.2 J, 0.00229967 USD; p95 latency 188.2 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

random:0.5:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                 0.875    5.5%   100.0%       934.5       1068   2.051e+13          0     4.101
  Qwen3-8B@Apple-M4-Max                 1.375    8.6%   100.0%        1916       1393   4.205e+13  0.0003304     12.41
  Qwen3-14B@Apple-M4-Max                1.375    8.6%   100.0%        3458       2515   7.589e+13  0.0003033     25.17
  GPT-OSS-20B@Apple-M4-Max              1.375    8.6%   100.0%         841      611.7   1.077e+14  0.0003339      5.06
  Qwen3-235B-A22B@NVIDIA-H200x8            11   68.8%    87.5%   7.279e+04       6617   7.221e+15    0.01266     36.82
  total                                    16  100.0%    91.4%   7.994e+04       4996   7.467e+15    0.01362      29.2
  energy                             0.0222046 kWh; wasted on failed local attempts 3140.2 J, 0.000406589 USD; p95 latency 81.88 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

single:Qwen3-8B@Apple-M4-Max:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-8B@Apple-M4-Max                    11   68.8%   100.0%   1.533e+04       1393   3.364e+14   0.002643     12.41
  Qwen3-14B@Apple-M4-Max                    0    0.0%        -           0          -           0          0         -
  GPT-OSS-20B@Apple-M4-Max                  0    0.0%        -           0          -           0          0         -
  Qwen3-235B-A22B@NVIDIA-H200x8             5   31.2%    80.0%   4.132e+04       8265   4.037e+15   0.007157     60.68
  total                                    16  100.0%    93.8%   5.665e+04       3541   4.374e+15     0.0098     27.49
  energy                             0.0157358 kWh; wasted on failed local attempts 6543.6 J, 0.00112259 USD; p95 latency 98.62 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%

budget:0.95=length:
  served by                           queries   share  quality    energy_J    J/query       FLOPs   cost_USD     lat_s
  Qwen3-4B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-8B@Apple-M4-Max                     0    0.0%        -           0          -           0          0         -
  Qwen3-14B@Apple-M4-Max                    0    0.0%        -           0          -           0          0         -
  GPT-OSS-20B@Apple-M4-Max                 11   68.8%   100.0%        6728      611.7   8.614e+14   0.002671      5.06
  Qwen3-235B-A22B@NVIDIA-H200x8             5   31.2%   100.0%    4.64e+04       9280    4.55e+15   0.008043     55.56
  total                                    16  100.0%   100.0%   5.313e+04       3320   5.411e+15    0.01071     20.84
  energy                             0.0147572 kWh; wasted on failed local attempts 3225.6 J, 0.001276 USD; p95 latency 89.62 s
  energy provenance                  source: unstated 100.0%; scope: unstated 100.0%
--- stderr

# the length-aware model's validation on the shipped measurements: every fold per group, the 90% interval's coverage, targets met or missed (regression pin of the table bench/README.md records)
cmd: $IPWSIM fit --validate
--- stdout
length-aware batch model on the installed measurements/mlenergy-v3-chat.csv and measurements/mlenergy-v3-gpqa.csv (515 points)
relative error of energy per token and ITL on the points each fold's fit did not see;
cover90: share of the points inside the 90% interval (model-out); target: median < 15%,
worst < 60%, cover90 85-95%

accelerator    class fold        points   med_e   max_e med_itl max_itl cover90 target
NVIDIA-B200    dense fitted         127    11.7%    57.6%    17.6%    58.8%               
NVIDIA-B200    dense cross-task     127    13.6%    50.5%    43.2%   587.5%            met
NVIDIA-B200    dense model-out      127    12.7%    61.2%    20.3%    61.0%    91.3% missed
NVIDIA-B200    dense accel-out      127    29.0%    74.4%    24.3%    83.8%         missed
NVIDIA-B200    dense curve-batch     93     4.7%    16.4%     5.7%    44.9%            met
NVIDIA-B200    dense curve-task      47    15.5%    86.8%    37.0%   136.9%         missed
NVIDIA-B200    MoE   fitted         130    20.0%   117.4%    24.6%   311.3%               
NVIDIA-B200    MoE   cross-task     130    39.8%   200.1%    42.0%   231.6%         missed
NVIDIA-B200    MoE   model-out      130    26.4%   142.8%    26.9%   255.6%    95.4% missed
NVIDIA-B200    MoE   accel-out      130    31.7%    68.9%    28.2%   196.4%         missed
NVIDIA-B200    MoE   curve-batch    100     3.8%    29.5%     6.4%    47.8%            met
NVIDIA-B200    MoE   curve-task      11     7.1%    39.8%    37.5%    47.1%            met
NVIDIA-H100    dense fitted         132    13.1%    44.4%     8.7%    40.0%               
NVIDIA-H100    dense cross-task     132    27.7%   108.3%    18.8%   115.5%         missed
NVIDIA-H100    dense model-out      132    13.6%    63.2%    11.1%    45.8%    86.4% missed
NVIDIA-H100    dense accel-out      132    44.7%   129.8%    30.4%   153.4%         missed
NVIDIA-H100    dense curve-batch     96     2.3%     8.9%     3.0%     8.9%            met
NVIDIA-H100    dense curve-task      47    31.3%   173.4%    39.8%   151.8%         missed
NVIDIA-H100    MoE   fitted         126    21.9%   132.7%    19.1%    86.0%               
NVIDIA-H100    MoE   cross-task     126    30.5%   196.1%    31.7%   233.3%         missed
NVIDIA-H100    MoE   model-out      126    27.8%   169.0%    24.0%   154.2%    76.2% missed
NVIDIA-H100    MoE   accel-out      126    38.7%   190.8%    27.3%   183.6%         missed
NVIDIA-H100    MoE   curve-batch     94     1.6%    19.0%     1.9%    17.5%            met
--- stderr

# the length-aware model's validation on the shipped measurements: every fold per group, the 90% interval's coverage, targets met or missed (regression pin of the table bench/README.md records)
cmd: $IPWSIM fit --validate
--- stdout
length-aware batch model on the installed measurements/mlenergy-v3-chat.csv and measurements/mlenergy-v3-gpqa.csv (515 points)
relative error of energy per token and ITL on the points each fold's fit did not see;
cover90: share of the points inside the 90% interval (model-out); target: median < 15%,
worst < 60%, cover90 85-95%

accelerator    class fold        points   med_e   max_e med_itl max_itl cover90 target
NVIDIA-B200    dense fitted         127    13.4%    57.3%    19.1%    58.9%               
NVIDIA-B200    dense cross-task     127    14.4%    52.9%    42.1%   529.7%            met
NVIDIA-B200    dense model-out      127    14.6%    61.5%    22.3%    61.2%    86.6% missed
NVIDIA-B200    dense accel-out      127    29.4%    82.2%    22.9%    84.7%         missed
NVIDIA-B200    dense curve-batch     93     4.7%    16.4%     5.7%    44.9%            met
NVIDIA-B200    dense curve-task      47    16.2%    86.2%    37.1%   141.3%         missed
NVIDIA-B200    MoE   fitted         130    23.0%   120.2%    26.1%   317.5%               
NVIDIA-B200    MoE   cross-task     130    39.1%   215.4%    41.4%   218.5%         missed
NVIDIA-B200    MoE   model-out      130    28.6%   148.7%    29.4%   248.1%    84.6% missed
NVIDIA-B200    MoE   accel-out      130    33.4%    68.8%    29.3%   178.3%         missed
NVIDIA-B200    MoE   curve-batch    100     3.8%    29.5%     6.4%    47.8%            met
NVIDIA-B200    MoE   curve-task      11     5.4%    42.7%    37.0%    45.2%            met
NVIDIA-H100    dense fitted         132    13.7%    50.7%     7.8%    43.3%               
NVIDIA-H100    dense cross-task     132    27.3%   123.4%    23.2%   119.0%         missed
NVIDIA-H100    dense model-out      132    14.8%    82.4%     9.6%    47.8%    75.8% missed
NVIDIA-H100    dense accel-out      132    48.5%   134.4%    33.8%   153.1%         missed
NVIDIA-H100    dense curve-batch     96     2.3%     8.9%     3.0%     8.9%            met
NVIDIA-H100    dense curve-task      47    28.3%   176.3%    43.6%   152.8%         missed
NVIDIA-H100    MoE   fitted         126    21.9%   149.0%    18.2%    82.2%               
NVIDIA-H100    MoE   cross-task     126    32.5%   205.6%    33.2%   246.2%         missed
NVIDIA-H100    MoE   model-out      126    27.9%   195.1%    23.8%   148.7%    65.9% missed
NVIDIA-H100    MoE   accel-out      126    43.1%   194.7%    31.9%   191.7%         missed
NVIDIA-H100    MoE   curve-batch     94     1.6%    19.0%     1.9%    17.5%            met
--- stderr

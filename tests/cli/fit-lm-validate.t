# the length-aware model's validation on the shipped measurements: every fold per group, the 90% interval's coverage, targets met or missed (regression pin of the table bench/README.md records)
cmd: $IPWSIM fit --validate
--- stdout
length-aware batch model on the installed measurements/mlenergy-v3-chat.csv and measurements/mlenergy-v3-gpqa.csv (515 points)
relative error of energy per token and ITL on the points each fold's fit did not see;
cover90: share of the points inside the 90% interval (model-out); target: median < 15%,
worst < 60%, cover90 85-95%

accelerator    class fold              points   med_e   max_e med_itl max_itl cover90 target
NVIDIA-B200    dense fitted               127    13.9%    58.2%    20.4%    59.4%               
NVIDIA-B200    dense cross-task           127    39.5%   225.3%    49.9%   645.5%         missed
NVIDIA-B200    dense model-out            127    13.5%    61.5%    23.8%    63.4%    92.1% missed
NVIDIA-B200    dense accel-out            127    19.4%    64.9%    17.1%    82.2%         missed
NVIDIA-B200    dense curve-batch           93     4.7%    16.4%     5.7%    44.9%            met
NVIDIA-B200    dense curve-task            47    17.6%    55.2%    41.3%   148.7%         missed
NVIDIA-B200    dense ratio-task            88    15.1%    65.5%        -        -         missed
NVIDIA-B200    dense ratio-accel          161    11.1%    78.9%        -        -         missed
NVIDIA-B200    dense ratio-precision       36     4.5%    14.9%        -        -            met
NVIDIA-B200    dense ratio-model          445    10.6%    66.6%        -        -         missed
NVIDIA-B200    dense ratio-model-accel    445    14.0%   108.1%        -        -         missed
NVIDIA-B200    MoE   fitted               130    20.7%    76.4%    21.8%   351.7%               
NVIDIA-B200    MoE   cross-task           130    28.1%   110.3%    35.6%   306.6%         missed
NVIDIA-B200    MoE   model-out            130    23.1%    81.2%    24.2%   332.8%    96.9% missed
NVIDIA-B200    MoE   accel-out            130    25.3%    70.1%    22.9%   249.6%         missed
NVIDIA-B200    MoE   curve-batch          100     3.8%    29.5%     6.4%    47.8%            met
NVIDIA-B200    MoE   curve-task            11    16.0%    31.5%    35.0%    50.6%         missed
NVIDIA-B200    MoE   ratio-task            25    15.3%    33.7%        -        -         missed
NVIDIA-B200    MoE   ratio-accel          192     8.0%    40.8%        -        -            met
NVIDIA-B200    MoE   ratio-precision      150    19.9%    91.6%        -        -         missed
NVIDIA-B200    MoE   ratio-devices        211    11.1%    43.6%        -        -            met
NVIDIA-B200    MoE   ratio-model          551    12.6%   142.9%        -        -         missed
NVIDIA-B200    MoE   ratio-model-accel    551    17.7%   184.8%        -        -         missed
NVIDIA-H100    dense fitted               132    12.9%    41.6%     7.6%    42.3%               
NVIDIA-H100    dense cross-task           132    37.7%   173.7%    16.8%    91.0%         missed
NVIDIA-H100    dense model-out            132    14.5%    44.1%     9.7%    47.6%    90.9%    met
NVIDIA-H100    dense accel-out            132    45.6%   126.8%    33.1%   167.0%         missed
NVIDIA-H100    dense curve-batch           96     2.3%     8.9%     3.0%     8.9%            met
NVIDIA-H100    dense curve-task            47    11.3%    60.7%     3.9%    30.1%         missed
NVIDIA-H100    dense ratio-task           105    10.8%    42.6%        -        -            met
NVIDIA-H100    dense ratio-accel          449    10.6%    49.0%        -        -            met
NVIDIA-H100    dense ratio-devices          8     0.6%     3.5%        -        -            met
NVIDIA-H100    dense ratio-model          482     5.3%    47.0%        -        -            met
NVIDIA-H100    dense ratio-model-accel    482    11.9%    54.4%        -        -            met
NVIDIA-H100    MoE   fitted               126    15.8%    66.2%    11.8%    54.1%               
NVIDIA-H100    MoE   cross-task           126    19.8%   120.0%    16.2%   109.1%         missed
NVIDIA-H100    MoE   model-out            126    18.7%    93.9%    14.9%    90.5%    77.8% missed
NVIDIA-H100    MoE   accel-out            126    29.8%   154.8%    22.2%   164.8%         missed
NVIDIA-H100    MoE   curve-batch           94     1.6%    19.0%     1.9%    17.5%            met
NVIDIA-H100    MoE   ratio-accel          524     8.6%    42.5%        -        -            met
NVIDIA-H100    MoE   ratio-precision       90    21.4%    86.3%        -        -         missed
NVIDIA-H100    MoE   ratio-devices        131     3.5%    14.2%        -        -            met
NVIDIA-H100    MoE   ratio-model          560    10.7%   105.5%        -        -         missed
NVIDIA-H100    MoE   ratio-model-accel    560     7.9%    79.7%        -        -         missed
--- stderr

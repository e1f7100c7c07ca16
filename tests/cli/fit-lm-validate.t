# the length-aware model's validation on the shipped measurements: every fold per group, the 90% interval's coverage, targets met or missed (regression pin of the table bench/README.md records)
cmd: $IPWSIM fit --validate
--- stdout
length-aware batch model on the installed measurements/mlenergy-v3-chat.csv and measurements/mlenergy-v3-gpqa.csv (515 points)
relative error of energy per token and ITL on the points each fold's fit did not see;
cover90: share of the points inside the 90% interval (model-out); target: median < 15%,
worst < 60%, cover90 85-95%

accelerator    class fold              points   med_e   max_e med_itl max_itl cover90 target
NVIDIA-B200    dense fitted               127    11.9%    55.3%    20.1%    58.3%               
NVIDIA-B200    dense cross-task           127    17.4%    57.4%    42.2%   550.0%         missed
NVIDIA-B200    dense model-out            127    13.7%    58.7%    22.4%    60.3%    87.4%    met
NVIDIA-B200    dense accel-out            127    28.0%    67.0%    24.4%    83.8%         missed
NVIDIA-B200    dense curve-batch           93     4.7%    16.4%     5.7%    44.9%            met
NVIDIA-B200    dense curve-task            47    15.8%    88.2%    37.8%   143.8%         missed
NVIDIA-B200    dense ratio-task            88    15.1%    65.5%        -        -         missed
NVIDIA-B200    dense ratio-accel          161    11.1%    78.9%        -        -         missed
NVIDIA-B200    dense ratio-precision       36     4.5%    14.9%        -        -            met
NVIDIA-B200    dense ratio-model          445    12.4%    63.9%        -        -         missed
NVIDIA-B200    dense ratio-model-accel    445    15.1%    99.2%        -        -         missed
NVIDIA-B200    MoE   fitted               130    18.3%   110.2%    23.1%   302.9%               
NVIDIA-B200    MoE   cross-task           130    36.2%   195.0%    41.1%   222.8%         missed
NVIDIA-B200    MoE   model-out            130    23.5%   135.7%    24.9%   253.3%    93.8% missed
NVIDIA-B200    MoE   accel-out            130    32.2%    73.0%    26.9%   180.5%         missed
NVIDIA-B200    MoE   curve-batch          100     3.8%    29.5%     6.4%    47.8%            met
NVIDIA-B200    MoE   curve-task            11    16.4%    42.2%    36.2%    50.0%         missed
NVIDIA-B200    MoE   ratio-task            25    15.3%    33.7%        -        -         missed
NVIDIA-B200    MoE   ratio-accel          192     8.0%    40.8%        -        -            met
NVIDIA-B200    MoE   ratio-precision      150    19.9%    91.6%        -        -         missed
NVIDIA-B200    MoE   ratio-devices        211    11.1%    43.6%        -        -            met
NVIDIA-B200    MoE   ratio-model          551    12.2%   113.8%        -        -         missed
NVIDIA-B200    MoE   ratio-model-accel    551    15.1%   134.6%        -        -         missed
NVIDIA-H100    dense fitted               132    16.3%    45.4%    10.5%    45.3%               
NVIDIA-H100    dense cross-task           132    30.8%   102.8%    22.5%   109.1%         missed
NVIDIA-H100    dense model-out            132    18.2%    55.8%    13.2%    52.2%    90.2% missed
NVIDIA-H100    dense accel-out            132    46.3%   144.2%    33.4%   158.3%         missed
NVIDIA-H100    dense curve-batch           96     2.3%     8.9%     3.0%     8.9%            met
NVIDIA-H100    dense curve-task            47    30.5%   171.0%    40.8%   149.9%         missed
NVIDIA-H100    dense ratio-task           105    10.8%    42.6%        -        -            met
NVIDIA-H100    dense ratio-accel          449    10.6%    49.0%        -        -            met
NVIDIA-H100    dense ratio-devices          8     0.6%     3.5%        -        -            met
NVIDIA-H100    dense ratio-model          482     7.5%    47.3%        -        -            met
NVIDIA-H100    dense ratio-model-accel    482    13.6%    56.0%        -        -            met
NVIDIA-H100    MoE   fitted               126    17.5%    68.1%    15.8%    76.7%               
NVIDIA-H100    MoE   cross-task           126    27.4%   174.8%    26.3%   220.9%         missed
NVIDIA-H100    MoE   model-out            126    21.0%   122.8%    20.4%   144.4%    76.2% missed
NVIDIA-H100    MoE   accel-out            126    33.6%   138.3%    22.9%   174.7%         missed
NVIDIA-H100    MoE   curve-batch           94     1.6%    19.0%     1.9%    17.5%            met
NVIDIA-H100    MoE   ratio-accel          524     8.6%    42.5%        -        -            met
NVIDIA-H100    MoE   ratio-precision       90    21.4%    86.3%        -        -         missed
NVIDIA-H100    MoE   ratio-devices        131     3.5%    14.2%        -        -            met
NVIDIA-H100    MoE   ratio-model          560    11.9%   123.9%        -        -         missed
NVIDIA-H100    MoE   ratio-model-accel    560     9.5%    75.5%        -        -         missed
--- stderr

# the length-aware model's validation on the shipped measurements: every fold per group, the 90% interval's coverage, targets met or missed (regression pin of the table bench/README.md records)
cmd: $IPWSIM fit --validate
--- stdout
length-aware batch model on the installed measurements/mlenergy-v3-chat.csv and measurements/mlenergy-v3-gpqa.csv (515 points)
relative error of energy per token and ITL on the points each fold's fit did not see;
cover90: share of the points inside the 90% interval (model-out); target: median < 15%,
worst < 60%, cover90 85-95%

accelerator    class fold              points   med_e   max_e med_itl max_itl cover90 target
NVIDIA-B200    dense fitted               127    11.9%    57.2%    17.7%    58.6%               
NVIDIA-B200    dense cross-task           127    15.2%    50.7%    43.1%   589.6%         missed
NVIDIA-B200    dense model-out            127    13.0%    60.7%    20.1%    60.9%    91.3% missed
NVIDIA-B200    dense accel-out            127    28.6%    73.5%    24.2%    83.6%         missed
NVIDIA-B200    dense curve-batch           93     4.7%    16.4%     5.7%    44.9%            met
NVIDIA-B200    dense curve-task            47    15.4%    86.9%    37.1%   136.8%         missed
NVIDIA-B200    dense ratio-task            88    15.1%    65.5%        -        -         missed
NVIDIA-B200    dense ratio-accel          161    11.1%    78.9%        -        -         missed
NVIDIA-B200    dense ratio-precision       36     4.5%    14.9%        -        -            met
NVIDIA-B200    dense ratio-model          445    12.2%    61.3%        -        -         missed
NVIDIA-B200    dense ratio-model-accel    445    17.6%   124.7%        -        -         missed
NVIDIA-B200    MoE   fitted               130    19.7%   116.0%    24.4%   309.9%               
NVIDIA-B200    MoE   cross-task           130    39.2%   199.2%    42.2%   233.1%         missed
NVIDIA-B200    MoE   model-out            130    26.1%   141.4%    26.7%   255.1%    94.6% missed
NVIDIA-B200    MoE   accel-out            130    31.6%    70.3%    27.7%   194.4%         missed
NVIDIA-B200    MoE   curve-batch          100     3.8%    29.5%     6.4%    47.8%            met
NVIDIA-B200    MoE   curve-task            11     8.2%    40.1%    37.6%    47.7%            met
NVIDIA-B200    MoE   ratio-task            25    15.3%    33.7%        -        -         missed
NVIDIA-B200    MoE   ratio-accel          192     8.0%    40.8%        -        -            met
NVIDIA-B200    MoE   ratio-precision      150    19.9%    91.6%        -        -         missed
NVIDIA-B200    MoE   ratio-devices        211    11.1%    43.6%        -        -            met
NVIDIA-B200    MoE   ratio-model          551    14.6%    94.1%        -        -         missed
NVIDIA-B200    MoE   ratio-model-accel    551    17.0%   112.3%        -        -         missed
NVIDIA-H100    dense fitted               132    13.5%    44.5%     8.6%    39.7%               
NVIDIA-H100    dense cross-task           132    28.9%   109.0%    18.9%   115.0%         missed
NVIDIA-H100    dense model-out            132    14.0%    62.5%    11.5%    45.3%    85.6% missed
NVIDIA-H100    dense accel-out            132    44.7%   132.2%    30.6%   154.3%         missed
NVIDIA-H100    dense curve-batch           96     2.3%     8.9%     3.0%     8.9%            met
NVIDIA-H100    dense curve-task            47    30.7%   173.3%    39.9%   151.6%         missed
NVIDIA-H100    dense ratio-task           105    10.8%    42.6%        -        -            met
NVIDIA-H100    dense ratio-accel          449    10.6%    49.0%        -        -            met
NVIDIA-H100    dense ratio-devices          8     0.6%     3.5%        -        -            met
NVIDIA-H100    dense ratio-model          482     6.1%    42.7%        -        -            met
NVIDIA-H100    dense ratio-model-accel    482    11.8%    54.1%        -        -            met
NVIDIA-H100    MoE   fitted               126    21.7%   130.7%    19.1%    84.7%               
NVIDIA-H100    MoE   cross-task           126    30.4%   192.0%    30.6%   231.4%         missed
NVIDIA-H100    MoE   model-out            126    27.4%   162.7%    24.0%   152.8%    76.2% missed
NVIDIA-H100    MoE   accel-out            126    39.4%   189.3%    26.7%   182.0%         missed
NVIDIA-H100    MoE   curve-batch           94     1.6%    19.0%     1.9%    17.5%            met
NVIDIA-H100    MoE   ratio-accel          524     8.6%    42.5%        -        -            met
NVIDIA-H100    MoE   ratio-precision       90    21.4%    86.3%        -        -         missed
NVIDIA-H100    MoE   ratio-devices        131     3.5%    14.2%        -        -            met
NVIDIA-H100    MoE   ratio-model          560    14.9%   122.4%        -        -         missed
NVIDIA-H100    MoE   ratio-model-accel    560    13.4%    54.0%        -        -            met
--- stderr

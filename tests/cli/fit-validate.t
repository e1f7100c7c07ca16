# the fit and its held-out errors on the shipped ML.ENERGY curves
cmd: $IPWSIM fit --validate --curves ../../data/curves/mlenergy-v3.csv
--- stdout
fitted on ../../data/curves/mlenergy-v3.csv

accelerator       eta_bw   eta_c      t0_s   floor      B_p  points   med_err   max_err
NVIDIA-B200        0.301   0.104   0.00149   0.477     89.6      91     21.0%    131.2%
NVIDIA-H100        0.477   0.187   0.00665   0.342     75.9     101     17.0%     66.5%

held out (each model predicted by a fit without it):
accelerator      class   models  points   med_err   max_err
NVIDIA-B200      dense        6      50     23.0%    175.8%
NVIDIA-B200      MoE          2      41     38.5%     76.4%
NVIDIA-H100      dense        6      57      9.8%     46.3%
NVIDIA-H100      MoE          2      44     40.6%     71.5%
--- stderr

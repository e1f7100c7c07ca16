# an accelerator with too few measurements to fit (3 rows, 9 values of
# the 26 a fit needs) is reported as not fitted and the others are
# fitted and written (exit 0); --predict gives its rows the nearest
# fitted accelerator as a named stand-in; when no accelerator can be
# fitted, exit 70 and nothing written
cmd: $IPWSIM fit --data $IPWSIM_DATADIR/measurements/mlenergy-v3-chat.csv --data mle-h200-few.csv | grep -A1 '^NVIDIA-H200'; $IPWSIM fit --data $IPWSIM_DATADIR/measurements/mlenergy-v3-chat.csv --data mle-h200-few.csv --format json | grep -c '"fitted":[[:space:]]*false'; $IPWSIM fit --data $IPWSIM_DATADIR/measurements/mlenergy-v3-chat.csv --data mle-h200-few.csv --predict mle-h200-few.csv | grep -o 'stand-in [^"]*' | sort -u; $IPWSIM fit --data mle-h200-few.csv -o $T/out.txt; echo "status $?"; ls $T
--- stdout
NVIDIA-H200 (3 points)
  not fitted: too few points (a fit needs 26 measured values) or no convergence; --predict gives its rows the nearest fitted accelerator's parameters, named as a stand-in
1
stand-in NVIDIA-H100 fit with NVIDIA-H200's bandwidth, FLOPS and TDP
status 70
--- stderr
ipwsim: fit: the batch model could not be fitted on any accelerator's points (3 points on 1 accelerator; a fit needs 26 measured values, and one that does not converge is not kept)

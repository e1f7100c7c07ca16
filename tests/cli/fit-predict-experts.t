# a predict row's own experts and experts_active (E, k) split a mixture
# of experts into a shared part and experts: 13B active of 40B with 2 of
# 8 experts reads 4 + 36 x (1 - 0.75^2) = 19.75B at batch 2, against
# 40 x (1 - 0.675^2) = 21.775B without them (lower ITL and energy), and
# 13B either way at batch 1, where knowing E adds only the fixed time of
# the k experts each layer runs (under 1% of the step); experts_active above
# experts is an error at its file, line and column, exit 65, nothing
# written
cmd: $IPWSIM fit --predict predict-experts.csv | awk -F, 'NR > 1 { itl[NR] = $(NF-3); e[NR] = $(NF-6) } END { print (itl[3] < itl[2] && e[3] < e[2]) ? "batch 2: fewer weights read" : "batch 2: WRONG"; print (itl[5] > itl[4] && itl[5] < 1.01 * itl[4]) ? "batch 1: the same weights, the fixed time of the experts added" : "batch 1: WRONG" }'; $IPWSIM fit --predict bad/predict-experts-over.csv -o $T/out.csv; echo "status $?"; ls $T
--- stdout
batch 2: fewer weights read
batch 1: the same weights, the fixed time of the experts added
status 65
--- stderr
ipwsim: fit: bad/predict-experts-over.csv:3:54: experts_active 9 is above experts 8

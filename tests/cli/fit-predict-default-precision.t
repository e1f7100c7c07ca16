# a row without weight_precision takes the precision named by its model
# id's last part, else the catalog model's release precision, else BF16
# (assumed): each such row predicts as the next row, which states that
# precision, and its note says where the precision came from; a file
# without the column at all predicts its rows as those cells empty
cmd: $IPWSIM fit --predict predict-precision.csv > $T/p.csv && awk -F, 'NR > 1 { v = $10 "," $11 "," $12 "," $13 "," $14; if (NR % 2 == 0) { first = v; note = ""; if (match($0, /weight_precision not given: [^;"]*/)) note = substr($0, RSTART, RLENGTH) } else print ((v == first && v != ",,,,") ? "same as stated" : "DIFFERENT: " first " / " v) ": " note }' $T/p.csv; cut -d, -f1,2,4- predict-precision.csv > $T/nocol.csv && $IPWSIM fit --predict $T/nocol.csv | awk 'NR % 2 == 0' | cut -d, -f9-13 > $T/a && awk 'NR % 2 == 0' $T/p.csv | cut -d, -f10-14 > $T/b && cmp $T/a $T/b && echo "no column: same as empty cells"
--- stdout
same as stated: weight_precision not given: MXFP4, the catalog's release precision
same as stated: weight_precision not given: FP8, named in the model id
same as stated: weight_precision not given: BF16 assumed
same as stated: weight_precision not given: Q4_K, named in the model id
no column: same as empty cells
--- stderr

# fit --predict: a row that leaves a cell it needs empty (batch, avg_output_len, num_gpus, model_id, gpu) is not predicted and says which in pred_note; the other rows are (avg_batch_size alone is a batch, an empty precision the catalog's); the exit status is 0
cmd: $IPWSIM fit --predict predict-empty-cells.csv -o $T/out.csv; echo "status $?"; grep -o 'not predicted: .*' $T/out.csv; grep -c ',parametric,\|,"curve: ' $T/out.csv
--- stdout
status 0
not predicted: neither avg_batch_size nor max_num_seqs is given
not predicted: avg_output_len is empty
not predicted: num_gpus is empty
not predicted: model_id is empty
not predicted: gpu is empty
2
--- stderr

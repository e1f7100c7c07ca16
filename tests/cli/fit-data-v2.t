# measurements in ML.ENERGY v2's columns fit to the same parameters, bit
# for bit, as the same rows in v3's columns (converted by the awk below:
# ITL = avg_tpot_s x 1000, power = energy_per_out_token_J x token_tput);
# without token_tput and without avg_power_W_all_gpus the power is
# missing and the file is refused
# (the rows: ML.ENERGY Leaderboard v2.0 chat, github.com/ml-energy/
# leaderboard-v2 commit c3af7f31, as the project's shared
# mlenergy_v2_chat_configs.csv holds them; data/measurements/README.md)
cmd: awk -F, 'NR == 1 { print "model_id,weight_precision,gpu,num_gpus,max_num_seqs,avg_batch_size,avg_output_len,energy_per_token_J,median_itl_ms,avg_power_W_all_gpus"; next } { printf "%s,bf16,%s,%s,%s,%s,%s,%s,%.17g,%.17g\n", $1, $2, $3, $4, $5, $7, $8, $10 * 1000, $8 * $9 }' mlenergy-v2-a100-some.csv > $T/v3.csv && $IPWSIM fit --data mlenergy-v2-a100-some.csv --format csv > $T/a && $IPWSIM fit --data $T/v3.csv --format csv > $T/b && cmp $T/a $T/b && echo "same fit" && grep -c NVIDIA-A100-40GB $T/a; cut -d, -f1-8,10 mlenergy-v2-a100-some.csv > $T/nopower.csv; $IPWSIM fit --data $T/nopower.csv > $T/o 2>&1; echo "exit $?"; sed 's|.*/nopower|nopower|' $T/o
--- stdout
same fit
13
exit 65
nopower.csv:1: the header has no column avg_power_W_all_gpus, nor output_tok_per_s (v2: token_tput) to make it of energy per token
--- stderr

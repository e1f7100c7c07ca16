# rows in ML.ENERGY Leaderboard v2's columns (model, gpu, tp, max_bs,
# avg_bs, avg_out_tokens, energy_per_out_token_J, avg_tpot_s in seconds,
# token_tput; no weight_precision) predict exactly as the same rows in
# v3's columns, converted by the awk below (bf16, ITL in ms, power =
# energy per token x output tokens/s), predict; only the note differs,
# saying where the precision came from
# (the rows: ML.ENERGY Leaderboard v2.0 chat, github.com/ml-energy/
# leaderboard-v2 commit c3af7f31, as the project's shared
# mlenergy_v2_chat_configs.csv holds them; data/measurements/README.md)
cmd: $IPWSIM fit --predict predict-v2.csv > $T/v2.csv && awk -F, 'NR == 1 { print "model_id,weight_precision,gpu,num_gpus,max_num_seqs,avg_batch_size,avg_output_len,energy_per_token_J,median_itl_ms,avg_power_W_all_gpus"; next } { printf "%s,bf16,%s,%s,%s,%s,%s,%s,%.17g,%.17g\n", $1, $2, $3, $4, $5, $7, $8, $10 * 1000, $8 * $9 }' predict-v2.csv > $T/v3in.csv && $IPWSIM fit --predict $T/v3in.csv > $T/v3.csv && cut -d, -f11- $T/v2.csv | sed 's/,"\([^"]*\); weight_precision not given: BF16, the catalog.s release precision"$/,\1/' > $T/a && cut -d, -f11- $T/v3.csv > $T/b && cmp $T/a $T/b && echo "v2 columns predict as v3's" && awk -F, 'NR > 1 { print ($11 > 0) ? "predicted" : "NOT predicted" }' $T/v2.csv && grep -c "weight_precision not given: BF16, the catalog's release precision" $T/v2.csv
--- stdout
v2 columns predict as v3's
predicted
predicted
predicted
predicted
predicted
5
--- stderr

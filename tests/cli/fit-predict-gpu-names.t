# an accelerator spelt loosely (case, spaces, dashes and underscores
# aside; with or without its vendor) is the catalog's entry: four
# spellings of the A100 40GB predict the same numbers; an unknown one is
# not predicted and says so in its row; the L40S is in the catalog; a
# mixture of experts the catalog lacks, on the A100, is predicted from
# its own parameters with the MoE interval (calibrated on every
# accelerator's MoE families, which pred_note does not repeat)
cmd: $IPWSIM fit --predict predict-gpu-names.csv | awk -F, 'NR > 1 { v = $10 "," $11 "," $12 "," $13 "," $14; if (NR == 2) first = v; else if (NR <= 5) print (v == first && v != ",,,,") ? "same as the catalog name" : "DIFFERENT: " v; else if (NR == 6) print $NF; else if (NR == 7) print ($10 > 0) ? "L40S predicted" : "L40S NOT predicted"; else print $NF }'
--- stdout
same as the catalog name
same as the catalog name
same as the catalog name
not predicted: accelerator A100-90GB is not in the catalog
L40S predicted
interval from the model-out fold; layers and KV cache estimated from its parameters

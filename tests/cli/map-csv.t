# convert --map on a CSV log (map-lab-csv.json): energy in Wh (0.01 Wh =
# 36 J, 0.002 = 7.2 J, 0.001 = 3.6 J, 0.0005 = 1.8 J), correctness from a
# numeric error, correct when at most 0.05 (a 0.01 yes, b 0.05 yes: the
# boundary, d 0.2 no); c has no error: correct follows from its score
# 0.6 >= 0.5 as in any trace; e has neither: an error at its line, or
# skipped and counted with --skip-unscored. With -o nothing is written
# on the error.
cmd: cd $T && cp "$IPWSIM_TESTDATA"/map-lab.csv "$IPWSIM_TESTDATA"/map-lab-csv.json . && $IPWSIM convert --format csv --map map-lab-csv.json -o out.csv map-lab.csv; echo "status $?"; ls out.csv 2>&1 | sed 's/.*: //'; $IPWSIM convert --format csv --skip-unscored --map map-lab-csv.json map-lab.csv
--- stdout
status 65
No such file or directory
query_id,model,accelerator,correct,score,p_correct,energy_j,latency_s,ttft_s,tokens_in,tokens_out,power_w,flops,cost_usd,batch_size,domain,dataset,energy_source,energy_scope,precision,accelerators
a,Qwen3-8B,NVIDIA-H200 x8,1,0.8,,36,1.5,,10,20,,,,,,,estimated,,,
b,Qwen3-8B,NVIDIA-H200 x8,1,0.3,,7.2,0.5,,10,5,,,,,,,estimated,,,
c,Qwen3-8B,NVIDIA-H200 x8,1,0.6,,3.6,0.2,,3,4,,,,,,,estimated,,,
d,Qwen3-8B,NVIDIA-H200 x8,0,0.1,,1.8,0.1,,3,4,,,,,,,estimated,,,
--- stderr
ipwsim: convert: map-lab.csv:6: correct is missing or null (give correct or score; --skip-unscored skips such records)
ipwsim: convert: map-lab.csv: note: skipped 1 record of Qwen3-8B@NVIDIA-H200 x8: 1 with no correctness (--skip-unscored), 0 with no energy (--skip-unmeasured)

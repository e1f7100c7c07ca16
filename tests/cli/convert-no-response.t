# a wide table with domain and dataset columns and no response column for
# "big": its output tokens are the profile's output_tokens (1, said in a
# note), so by hand big's t0001 is 1 x 5 + 3 x 1 = 8 J, 0.02 + 0.5 =
# 0.52 s, 400 FLOPs; t0002 1 x 5 + 6 = 11 J, 0.52 s, 700 FLOPs; small's
# are as in convert-hand.t; row 1's domain and dataset are its cells, row
# 2's are empty (no domain; --dataset's demo). Without output_tokens in
# the profile the missing column is an error, as before
cmd: $IPWSIM convert --wide wide-table-extra.csv --profile wide-profile-tokens.json --id-prefix t --dataset demo --format csv | cut -d, -f1,2,7,8,10,11,13,16,17; $IPWSIM convert --wide wide-table-extra.csv --profile wide-profile.json; echo "status $?"
--- stdout
query_id,model,energy_j,latency_s,tokens_in,tokens_out,flops,domain,dataset
t0001,Qwen3-8B,8,0.4,3,4,,Education,mmlu
t0001,Qwen3-235B-A22B,8,0.52,3,1,400,Education,mmlu
t0002,Qwen3-8B,4,0.2,6,2,,,demo
t0002,Qwen3-235B-A22B,11,0.52,6,1,700,,demo
status 65
--- stderr
ipwsim: convert: wide-table-extra.csv:1: note: no column "big_response": big's output tokens are the profile's output_tokens, 1
ipwsim: convert: wide-table-extra.csv:1: no column "big_response" (nor an output_tokens for the model in the profile)

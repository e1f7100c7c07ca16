# words split as Python's str.split() does: the same table as
# convert-hand.t with a no-break space in "two words" (still 2 words, 3
# tokens), an ideographic space in "one two three" (still 3 words, 4
# tokens) and a zero-width space in "a b" (not a separator: 1 word,
# ceil(1 / 0.75) = 2 tokens, so big's t0001 is 2 x 5 + 3 x 1 = 13 J,
# 0.04 + 0.5 = 0.54 s); Python's len(s.split()) gives 2, 3 and 1
cmd: $IPWSIM convert --wide wide-table-unicode.csv --profile wide-profile.json --id-prefix t --dataset demo --format csv | cut -d, -f1,2,7,8,10,11
--- stdout
query_id,model,energy_j,latency_s,tokens_in,tokens_out
t0001,Qwen3-8B,8,0.4,3,4
t0001,Qwen3-235B-A22B,13,0.54,3,2
t0002,Qwen3-8B,4,0.2,6,2
t0002,Qwen3-235B-A22B,46,0.66,6,8
--- stderr

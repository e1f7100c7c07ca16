# savings against router accuracy: paper:A is exactly A times the oracle (the row at 1)
cmd: $IPWSIM curve savings-alpha --format csv ../../traces/example.jsonl | grep -E '^savings-alpha,(paper energy|reported energy),'
--- stdout
savings-alpha,paper energy,0,,0
savings-alpha,paper energy,0.1,,0.05259231351
savings-alpha,paper energy,0.2,,0.105184627
savings-alpha,paper energy,0.3,,0.1577769405
savings-alpha,paper energy,0.4,,0.2103692541
savings-alpha,paper energy,0.5,,0.2629615676
savings-alpha,paper energy,0.6,,0.3155538811
savings-alpha,paper energy,0.7,,0.3681461946
savings-alpha,paper energy,0.8,,0.4207385081
savings-alpha,paper energy,0.9,,0.4733308216
savings-alpha,paper energy,1,,0.5259231351
savings-alpha,reported energy,0.8,router,0.643
savings-alpha,reported energy,0.6,router,0.484
savings-alpha,reported energy,1,oracle,0.804
--- stderr

# later --data files are read by their own headers: the same three H200
# rows with their columns in reverse order and an extra column are read
# as the same points (fitted alike: the same parameters); a file lacking
# a required column is still an error at its header, exit 65
cmd: awk -F, 'BEGIN { OFS = "," } { sub(/\r$/, ""); s = (NR == 1 ? "extra" : "x"); for (i = NF; i >= 1; i--) s = s "," $i; print s }' mle-h200-few.csv > $T/rev.csv; $IPWSIM fit --data $IPWSIM_DATADIR/measurements/mlenergy-v3-chat.csv --data mle-h200-few.csv --format csv > $T/a.csv; $IPWSIM fit --data $IPWSIM_DATADIR/measurements/mlenergy-v3-chat.csv --data $T/rev.csv --format csv > $T/b.csv; cmp $T/a.csv $T/b.csv && echo "same fit"; cut -d, -f1-5 mle-h200-few.csv > $T/cut.csv; $IPWSIM fit --data $IPWSIM_DATADIR/measurements/mlenergy-v3-chat.csv --data $T/cut.csv -o $T/out.txt 2> $T/err; echo "status $?"; sed "s|$T/||" $T/err; ls $T | grep out.txt || echo "nothing written"
--- stdout
same fit
status 65
ipwsim: fit: cut.csv:1: the header has no column gpu
nothing written
--- stderr

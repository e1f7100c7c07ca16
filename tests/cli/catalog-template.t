# catalog --template prints a catalog file with one entry to fill in that
# --catalog loads as it is (every value unknown), and, with its first
# value (params_total_b) filled in, carries it; an unknown kind is 64
cmd: cd $T && $IPWSIM catalog --template model > m.json && $IPWSIM catalog --template accelerator -o a.json && $IPWSIM catalog --catalog m.json --catalog a.json --format csv | grep -c 'NEW-' && awk '/"value":/ && !done { sub(/null/, "7"); done = 1 } { print }' m.json > m7.json && $IPWSIM catalog --catalog m7.json --format csv | grep '^model,NEW-MODEL,params_total_b' | cut -d, -f1-4; $IPWSIM catalog --template gpu; echo "exit $?"
--- stdout
24
model,NEW-MODEL,params_total_b,7
exit 64
--- stderr
ipwsim: catalog: --template: "gpu" is not model or accelerator (see 'ipwsim catalog --help')

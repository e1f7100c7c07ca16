# plot files refused: a name with no known format (64), a directory that
# does not exist (73, nothing left behind), one file named for two
# outputs (64), and a run that fails on its data (65) leaves an earlier
# file as it was; lowercase and uppercase extensions both name a format
cmd: D=$(pwd); tr=$D/../../traces/example.jsonl; cd $T && echo old > keep.png; $IPWSIM curve savings-batch --plot a.jpg $tr; echo "status $?"; $IPWSIM curve savings-batch --plot noext $tr; echo "status $?"; $IPWSIM curve savings-batch --png missing/a.png $tr > /dev/null; echo "status $?"; ls missing; $IPWSIM curve savings-batch --svg a.svg -o a.svg $tr; echo "status $?"; $IPWSIM curve savings-batch --svg a.svg --pdf a.svg $tr; echo "status $?"; $IPWSIM curve coverage-domain --png keep.png $D/nodomain.jsonl; echo "status $? $(cat keep.png)"; ls; $IPWSIM curve savings-batch --plot b.PnG $tr > /dev/null; echo "status $?"; head -c 4 b.PnG | od -c | head -1
--- stdout
status 64
status 64
status 73
status 64
status 64
status 65 old
keep.png
status 0
0000000 211   P   N   G
--- stderr
ipwsim: curve: --plot: "a.jpg" does not end in .svg, .png or .pdf; name the format with --svg, --png or --pdf (see 'ipwsim curve --help')
ipwsim: curve: --plot: "noext" does not end in .svg, .png or .pdf; name the format with --svg, --png or --pdf (see 'ipwsim curve --help')
ipwsim: curve: missing/a.png: cannot create: No such file or directory
ls: cannot access 'missing': No such file or directory
ipwsim: curve: "a.svg" is given as two outputs (see 'ipwsim curve --help')
ipwsim: curve: "a.svg" is given as two outputs (see 'ipwsim curve --help')
ipwsim: curve: coverage-domain needs the domain field, which no record has

# every option --help names is in the command's man page, and back; for
# curve, the options of its own (those simulate lacks), since its page
# cites simulate's options where a kind needs them
cmd: bad=0; $IPWSIM simulate --help | grep -o -- '--[a-z][a-z-]*' | sort -u > $T/sim; for c in simulate check catalog fit convert curve sweep merge reproduce synth; do $IPWSIM $c --help | grep -o -- '--[a-z][a-z-]*' | sort -u > $T/help; sed -n 's/.*Fl -\([a-z][a-z-]*\).*/--\1/p' ../../man/ipwsim-$c.1 | sort -u > $T/man; if [ $c = curve ] || [ $c = reproduce ]; then for f in help man; do comm -23 $T/$f $T/sim > $T/own; mv $T/own $T/$f; done; fi; echo "$c:"; diff $T/help $T/man && echo same || bad=1; done; exit $bad
--- stdout
simulate:
same
check:
same
catalog:
same
fit:
same
convert:
same
curve:
same
sweep:
same
merge:
same
reproduce:
same
synth:
same
--- stderr

# every option --help names is in the command's man page, and back
cmd: bad=0; $IPWSIM simulate --help | grep -o -- '--[a-z][a-z-]*' | sort -u > $T/sim; for c in simulate check catalog fit convert curve; do $IPWSIM $c --help | grep -o -- '--[a-z][a-z-]*' | sort -u > $T/help; if [ $c = curve ]; then comm -23 $T/help $T/sim > $T/own; { cat $T/own; echo --format; echo --output; echo --help; } | sort -u > $T/help; fi; sed -n 's/.*Fl -\([a-z][a-z-]*\).*/--\1/p' ../../man/ipwsim-$c.1 | sort -u > $T/man; echo "$c:"; diff $T/help $T/man && echo same || bad=1; done; exit $bad
status: 1
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
0a1
> --break-even-target
1a3
> --cloud-idle-w
3a6
> --local-mode
--- stderr

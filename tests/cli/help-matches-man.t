# every option --help names is in the command's man page, and back
cmd: bad=0; for c in simulate check catalog fit convert; do $IPWSIM $c --help | grep -o -- '--[a-z][a-z-]*' | sort -u > $T/help; sed -n 's/.*Fl -\([a-z][a-z-]*\).*/--\1/p' ../../man/ipwsim-$c.1 | sort -u > $T/man; echo "$c:"; diff $T/help $T/man && echo same || bad=1; done; exit $bad
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
--- stderr

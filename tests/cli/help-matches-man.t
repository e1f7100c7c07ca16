# every option --help names is in the command's man page, and back
cmd: for c in simulate check catalog; do $IPWSIM $c --help | grep -o -- '--[a-z][a-z-]*' | sort -u > $T/help; sed -n 's/.*Fl -\([a-z][a-z-]*\).*/--\1/p' ../../man/ipwsim-$c.1 | sort -u > $T/man; echo "$c:"; diff $T/help $T/man && echo same; done
--- stdout
simulate:
2,3d1
< --bootstrap
< --calib-frac
6d3
< --detect
17,21d13
< --replicates
< --rng
< --router
< --router-fn
< --router-fp
23d14
< --seed
check:
same
catalog:
same
--- stderr

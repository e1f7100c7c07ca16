# --html to a path that cannot be written: one-line error, exit 73, and
# no file (nor temporary) left; --html with --shard is a usage error (a
# shard writes no report)
cmd: { $IPWSIM simulate --quiet --bootstrap 0 --html $T/no/s.html tiny.jsonl 2>&1 > /dev/null; echo "exit $?"; $IPWSIM reproduce --quiet --bootstrap 0 --cloud-batch 4 --html $T/none/r.html hypotheses.jsonl 2>&1 > /dev/null; echo "exit $?"; } | sed "s|$T|T|"; $IPWSIM simulate --shard 1/2 --html $T/s.html tiny.jsonl; echo "exit $?"; ls $T | wc -l
--- stdout
ipwsim: simulate: T/no/s.html: cannot create: No such file or directory
exit 73
ipwsim: reproduce: T/none/r.html: cannot create: No such file or directory
exit 73
exit 64
0
--- stderr
ipwsim: simulate: --html: a shard writes a partial result, not a report (merge the partials first) (see 'ipwsim simulate --help')

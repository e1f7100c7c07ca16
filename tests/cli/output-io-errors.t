# output failures: a full device is an I/O error (74) with the system's
# reason, not "cannot format the output" (70); past a file size limit
# the run fails the same way, leaves no temporary file and keeps the old
# output whole (SIGXFSZ would have killed it and left the temporary file);
# a closed stdout is no error when the report goes to -o, and is one
# when the report goes to stdout
cmd: $IPWSIM synth --queries 100 -o /dev/full; echo "status $?"; echo old > $T/s.jsonl; (ulimit -f 8; $IPWSIM synth --queries 1000 -o $T/s.jsonl 2> $T/../e; echo "status $?"); sed "s|$T/||" $T/../e; ls $T; cat $T/s.jsonl; $IPWSIM simulate -o $T/out.csv tiny.jsonl >&-; echo "status $?"; $IPWSIM simulate tiny.jsonl > $T/../w; cmp $T/out.csv $T/../w && echo "-o with stdout closed: the whole report"; $IPWSIM simulate tiny.jsonl >&-; echo "status $?"
--- stdout
status 74
status 74
ipwsim: synth: s.jsonl: write error: File too large
s.jsonl
old
status 0
-o with stdout closed: the whole report
status 74
--- stderr
ipwsim: synth: /dev/full: write error: No space left on device
ipwsim: write error on standard output: Bad file descriptor

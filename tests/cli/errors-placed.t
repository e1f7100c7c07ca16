# errors that had no place: a CSV with a header and no record (at its
# line 1), an empty -o (a usage error, nothing written), a directory
# given where a JSON file (catalog, preset, scenario) or a trace is
# expected: 66 "cannot read", as the trace reader says, not 74 (a
# directory as --preset is no preset: a usage error)
cmd: $IPWSIM simulate bad/header_only.csv; echo "status $?"; $IPWSIM simulate -o '' tiny.jsonl; echo "status $?"; $IPWSIM simulate --catalog bad tiny.jsonl; echo "status $?"; $IPWSIM simulate --preset bad/ tiny.jsonl; echo "status $?"; $IPWSIM sweep bad tiny.jsonl; echo "status $?"; $IPWSIM simulate bad; echo "status $?"
--- stdout
status 65
status 64
status 66
status 64
status 66
status 66
--- stderr
ipwsim: simulate: bad/header_only.csv:1: no records after the header
ipwsim: simulate: -o: the file name is empty (see 'ipwsim simulate --help')
ipwsim: simulate: bad: cannot read: is a directory
ipwsim: simulate: --preset: no preset "bad/" (the installed ones are in presets/ of the data directory; paper) (see 'ipwsim simulate --help')
ipwsim: sweep: bad: cannot read: is a directory
ipwsim: simulate: bad: cannot read: is a directory

# merge reads partials with the line limit of every reader: /dev/zero
# fails at its first line instead of filling memory; a directory cannot
# be opened (66)
cmd: $IPWSIM merge /dev/zero; echo "status $?"; $IPWSIM merge bad; echo "status $?"
--- stdout
status 65
status 66
--- stderr
ipwsim: merge: /dev/zero:1: line is longer than 1048576 bytes
ipwsim: merge: bad: cannot read: is a directory

# unknown fields: a typo of an optional column (latncy_s) was silently
# ignored, even by check. Now each unknown field is a warning once per
# input, at its first position, with the nearest known name when one is
# close ("notes" is far from every field: no suggestion): in the JSONL
# file latncy_s is met on line 1 (byte 134) and again on line 2 (not
# repeated), notes on line 2 (byte 156); in the CSV its header column
# starts at byte 66. check lists them in its report; --strict makes the
# first an error (exit 65) in check and in simulate alike.
cmd: $IPWSIM simulate --bootstrap 0 --format csv unknown-field.jsonl > /dev/null; echo "status $?"; $IPWSIM simulate --bootstrap 0 --format csv unknown-field.csv > /dev/null; echo "status $?"; $IPWSIM check unknown-field.jsonl | grep -i "unknown\|warnings"; $IPWSIM check --strict unknown-field.csv; echo "status $?"; $IPWSIM simulate --strict unknown-field.jsonl; echo "status $?"
--- stdout
status 0
status 0
2 warnings, with the input's notes
warning: unknown-field.jsonl:1:134: unknown field "latncy_s" (did you mean latency_s?); ignored
warning: unknown-field.jsonl:2:156: unknown field "notes"; ignored
status 65
status 65
--- stderr
ipwsim: simulate: unknown-field.jsonl:1:134: warning: unknown field "latncy_s" (did you mean latency_s?); ignored
ipwsim: simulate: unknown-field.jsonl:2:156: warning: unknown field "notes"; ignored
ipwsim: simulate: unknown-field.csv:1:66: warning: unknown field "latncy_s" (did you mean latency_s?); ignored
ipwsim: check: unknown-field.csv:1:66: unknown field "latncy_s" (did you mean latency_s?) (--strict)
ipwsim: simulate: unknown-field.jsonl:1:134: unknown field "latncy_s" (did you mean latency_s?) (--strict)

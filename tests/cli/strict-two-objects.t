# two records on one line: the first is 119 bytes and a space, so the second starts at byte 121; it was silently dropped before
cmd: $IPWSIM simulate bad/two_objects.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/two_objects.jsonl:1:121: malformed JSON: "{" after the end of the JSON value

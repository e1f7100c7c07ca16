# a NUL byte where white space may stand (byte 120, after the comma at 119) is not white space
cmd: $IPWSIM simulate bad/nul_space.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/nul_space.jsonl:1:120: malformed JSON: expected a member name in quotes

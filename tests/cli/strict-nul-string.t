# a NUL inside "q4\0x" (byte 16) was read as the id "q4"
cmd: $IPWSIM simulate bad/nul_string.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/nul_string.jsonl:1:16: malformed JSON: query_id: a NUL byte inside a string

# CR-only line endings: the whole file is one line; the second record starts at byte 121 (119 bytes and the CR)
cmd: $IPWSIM simulate bad/cr_only.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/cr_only.jsonl:1:121: malformed JSON: "{" after the end of the JSON value (lines ending in a bare CR? records end in LF or CRLF)

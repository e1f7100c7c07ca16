# bad input: domain_conflict.jsonl
cmd: $IPWSIM simulate bad/domain_conflict.jsonl
status: 65
--- stdout
--- stderr
ipwsim: simulate: bad/domain_conflict.jsonl:2: query "q1" has domain "Arts and media" here but "Education" in an earlier record

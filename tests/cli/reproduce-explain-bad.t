# --explain with an unknown hypothesis, an empty list, or a tolerance at or
# outside (0, 100) points is a usage error naming it (exit 64); just
# inside the bounds runs; --explain-targets needs three numbers
cmd: for o in "--explain=cloud-charge,pue" "--explain=" "--tolerance 0" "--tolerance 100" "--tolerance -1" "--tolerance 100.5" "--tolerance 0.001" "--tolerance 99.999" "--explain-targets 80,70" "--explain-targets 80,70,60,50" "--explain-targets 80,x,60"; do $IPWSIM reproduce --quiet --bootstrap 0 --cloud-batch 4 $o hypotheses.jsonl > /dev/null; echo "$o: exit $?"; done
--- stdout
--explain=cloud-charge,pue: exit 64
--explain=: exit 64
--tolerance 0: exit 64
--tolerance 100: exit 64
--tolerance -1: exit 64
--tolerance 100.5: exit 64
--tolerance 0.001: exit 0
--tolerance 99.999: exit 0
--explain-targets 80,70: exit 64
--explain-targets 80,70,60,50: exit 64
--explain-targets 80,x,60: exit 64
--- stderr
ipwsim: reproduce: --explain: "pue" is not a hypothesis (cloud-charge, cloud-energy-basis, local-mode, flops-params, oracle, token-pricing, cloud-measured-on or all) (see 'ipwsim reproduce --help')
ipwsim: reproduce: --explain: no hypothesis named (see 'ipwsim reproduce --help')
ipwsim: reproduce: --tolerance: 0 is not between 0 and 100 points (exclusive) (see 'ipwsim reproduce --help')
ipwsim: reproduce: --tolerance: 100 is not between 0 and 100 points (exclusive) (see 'ipwsim reproduce --help')
ipwsim: reproduce: --tolerance: "-1" is not a number in [0, 100] (see 'ipwsim reproduce --help')
ipwsim: reproduce: --tolerance: "100.5" is not a number in [0, 100] (see 'ipwsim reproduce --help')
ipwsim: reproduce: --explain-targets: "80,70" is not three savings E,C,K in percent (see 'ipwsim reproduce --help')
ipwsim: reproduce: --explain-targets: "80,70,60,50" is not three savings E,C,K in percent (see 'ipwsim reproduce --help')
ipwsim: reproduce: --explain-targets: "x" is not a number in [-1e+06, 100] (see 'ipwsim reproduce --help')

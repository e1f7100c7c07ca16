# the HTML report's energy by source and by scope: with the cloud moved
# to batch 64 its energy is modelled, so the oracle's measured share
# (--energy-source measured) is its local energy, 1880 + 5330 + 7992 +
# 2311.2 = 17513.2 J of 51796.7 J (the members' table), 33.8%, the rest
# modelled 66.2%; cloud-only is all modelled. The scope stays the
# records' (package, from --energy-scope): a batch move changes no scope.
# With no what-if and no option everything is unstated.
cmd: cd $T && for x in "--cloud-batch 64 --energy-source measured --energy-scope package" ""; do $IPWSIM simulate $x --bootstrap 0 --html s.html "$IPWSIM_SRCDIR/traces/example.jsonl" > /dev/null && python3 -c 'import re,sys; s=open(sys.argv[1]).read(); [print(" ".join(re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", r))) for k in ("energy by source", "energy by scope") for t in [s[s.index(k):]] for r in t[:t.index("</table>")].split("<tr>")[1:]]' s.html; done
--- stdout
policy energy (J) measured estimated modelled assumed unstated
cloud-only 89395.7 0.0% 0.0% 100.0% 0.0% 0.0%
oracle 51796.7 33.8% 0.0% 66.2% 0.0% 0.0%
policy energy (J) accelerator package system wall unstated
cloud-only 89395.7 0.0% 100.0% 0.0% 0.0% 0.0%
oracle 51796.7 0.0% 100.0% 0.0% 0.0% 0.0%
policy energy (J) measured estimated modelled assumed unstated
cloud-only 193358 0.0% 0.0% 0.0% 0.0% 100.0%
oracle 91666.6 0.0% 0.0% 0.0% 0.0% 100.0%
policy energy (J) accelerator package system wall unstated
cloud-only 193358 0.0% 0.0% 0.0% 0.0% 100.0%
oracle 91666.6 0.0% 0.0% 0.0% 0.0% 100.0%
--- stderr

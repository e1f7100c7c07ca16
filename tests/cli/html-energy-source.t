# the HTML report's energy by source: with the cloud moved to batch 64
# its energy is modelled, so the oracle's share as given is its local
# energy, 1880 + 5330 + 7992 + 2311.2 = 17513.2 J of 51796.7 J (the
# members' table), 33.8%; cloud-only is all modelled; with no what-if
# everything is as the trace gives it
cmd: cd $T && for x in "--cloud-batch 64" ""; do $IPWSIM simulate $x --bootstrap 0 --html s.html "$IPWSIM_SRCDIR/traces/example.jsonl" > /dev/null && python3 -c 'import re,sys; s=open(sys.argv[1]).read(); t=s[s.index("the share charged as the trace gives it"):]; t=t[:t.index("</table>")]; [print(" ".join(re.findall(r"<td[^>]*>([^<]*)</td>", r))) for r in t.split("<tr>")[2:]]' s.html; done
--- stdout
cloud-only 89395.7 0.0% 100.0%
oracle 51796.7 33.8% 66.2%
cloud-only 193358 100.0% 0.0%
oracle 91666.6 100.0% 0.0%
--- stderr

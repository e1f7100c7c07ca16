# savings-utilization: every energy point equals simulate's oracle energy
# saving at that utilization, and the marked break-even equals simulate's
# --break-even cloud-utilization for the same target
cmd: tr=../../traces/example.jsonl; $IPWSIM curve savings-utilization --cloud-idle-w 5000 --break-even-target 0.6 --format csv $tr | awk -F, '$2 == "energy" { print $3, $5 }' > $T/curve; n=0; bad=0; while read -r u y; do s=$($IPWSIM simulate --cloud-idle-w 5000 --cloud-utilization $u --bootstrap 0 --format csv $tr | awk -F, '$1 == "oracle" && $2 == "all" { print $19 }'); n=$((n + 1)); awk -v a=$y -v b=$s 'BEGIN { d = a - b; exit !(d < 1e-9 && d > -1e-9) }' || bad=$((bad + 1)); done < $T/curve; echo "$n points, $bad differ from simulate"; a=$($IPWSIM curve savings-utilization --cloud-idle-w 5000 --break-even-target 0.6 $tr | sed -n 's/^break-even (energy saving 0.6): //p'); b=$($IPWSIM simulate --cloud-idle-w 5000 --break-even cloud-utilization --break-even-target 0.6 --bootstrap 0 $tr | sed -n 's/.*at cloud-utilization = \([0-9.e+-]*\).*/\1/p'); echo "break-even $a, simulate $b"
--- stdout
9 points, 0 differ from simulate
break-even 0.254117, simulate 0.254117
--- stderr

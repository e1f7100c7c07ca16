# reproduce's critic columns (data/presets/critic-*.json on top of the
# paper's preset) equal ipwsim simulate given the same values as options
# on the same trace and pool, to 1e-9
cmd: cd $T && $IPWSIM synth --queries 2000 -o s.jsonl 2>/dev/null && $IPWSIM reproduce --bootstrap 0 --format csv s.jsonl 2>/dev/null > r.csv && P="--preset paper --local Qwen3-4B@Apple-M4-Max --local Qwen3-8B@Apple-M4-Max --local Qwen3-14B@Apple-M4-Max --local GPT-OSS-20B@Apple-M4-Max --format csv" && for c in "critic-dedicated|--local-mode dedicated --local-idle-w 10 --local-queries-per-day 100 --local-on-hours 8" "critic-pue-host|--cloud-pue 1.2 --cloud-host-overhead 0.25 --local-pue 1" "critic-tco|--cost tco --cloud-kwh-usd 0.08 --local-kwh-usd 0.17 --cloud-rent-usd-per-hour 24 --local-device-usd 3500 --local-lifetime-years 3"; do name=${c%%|*}; $IPWSIM simulate $P ${c#*|} s.jsonl | awk -F, '$1 == "oracle" && $2 == "all" { print $19; print $22; print $25 }' > sim; grep "(preset $name)" r.csv | awk -F, '{ print $5 }' > rep; paste rep sim | awk -v n=$name '{ d = $1 - $2; if (d < 0) d = -d; if (d > 1e-9 || NF != 2) bad = 1; k++ } END { print n ":", k, "savings", (bad || k != 3) ? "DIFFER" : "equal" }'; done
--- stdout
critic-dedicated: 3 savings equal
critic-pue-host: 3 savings equal
critic-tco: 3 savings equal

# at what cloud batch size does the oracle stop saving energy on the example trace?
cmd: $IPWSIM simulate --break-even cloud-batch --bootstrap 0 ../../traces/example.jsonl | sed -n '/^break-even/,/^$/p'
--- stdout
break-even: oracle energy saving = 0 as cloud-batch moves over [7.99, 228.47]: not reached (saving stays above it)
     cloud-batch   energy_sav
            7.99        55.2%
         12.1502        53.9%
         18.4764        52.1%
         28.0965        50.2%
         42.7256        47.1%
         64.9716        41.9%
         98.8004        35.4%
         150.243        27.0%
          228.47        18.8%

--- stderr

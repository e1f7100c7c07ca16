# --catalog adds entries
cmd: $IPWSIM catalog --catalog extra-catalog.json | grep Mystery
--- stdout
MysteryLM-7B               test                   7        7        - -            0.1      0.2      -         -           -
--- stderr

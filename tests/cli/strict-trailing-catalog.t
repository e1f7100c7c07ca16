# a catalog with a second JSON value after the first was accepted; now refused at line 2, column 1
cmd: $IPWSIM catalog --catalog bad/catalog-trailing.json
status: 65
--- stdout
--- stderr
ipwsim: catalog: bad/catalog-trailing.json:2:1: malformed JSON: "{" after the end of the JSON value

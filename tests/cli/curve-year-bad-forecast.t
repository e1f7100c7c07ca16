# savings-year refuses trends without a source, out of range, or missing
# file, naming the file and the field, and writes nothing
cmd: for f in forecast-nosource.json forecast-range.json no-such-forecast.json; do $IPWSIM curve savings-year --forecast $f -o $T/out.csv tiny.jsonl; echo "status $?"; done; ls $T
--- stdout
status 65
status 65
status 66
--- stderr
ipwsim: curve: forecast-nosource.json:4:32: uncovered_factor_per_year: has no source
ipwsim: curve: forecast-range.json:3:55: local_energy_factor_per_year.low: is not a number from 1 to 1000
ipwsim: curve: no-such-forecast.json: cannot open: No such file or directory

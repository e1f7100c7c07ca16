# with no trace and a bad calibration: the calibration's error, nothing
# written
cmd: $IPWSIM reproduce --calibration bad/calib-accuracy-range.json -o $T/out.csv; ls $T
--- stdout
--- stderr
ipwsim: reproduce: bad/calib-accuracy-range.json:19:70: targets[0].value: is outside [0, 1]

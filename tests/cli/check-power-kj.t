# the factor-1000 trap the other way: energies logged in kJ (or Wh) read
# as J. NVIDIA-H200 x8 is 8 x 700 W = 5600 W of TDP, a thousandth 5.6 W:
# q1 1.2 J / 2 s = 0.6 W and q3 11.1 / 2 = 5.55 W are below it (2
# records, first q1); q2 11.2 / 2 = 5.6 W is at it and q4 6 W above, not
# flagged. The M4 Max has no TDP in the catalog: its 0.01 W is not
# checked. Exit 0 (warnings are not errors), 65 with --strict.
cmd: $IPWSIM check power-kj.jsonl | tail -2; $IPWSIM check --strict power-kj.jsonl > /dev/null
status: 65
--- stdout
1 warning
warning: Qwen3-235B-A22B@NVIDIA-H200 x8: 2 records imply an average power below 5.6 W, a thousandth of the 5600 W TDP of NVIDIA-H200 x8 (first: query "q1"): is the energy in kJ or Wh, or the power in kW?
--- stderr
ipwsim: check: 1 warning (--strict)

# no command: usage on stderr
cmd: $IPWSIM
status: 64
--- stdout
--- stderr
usage: ipwsim <command> [options]
       ipwsim --version | --help

Replay local-vs-cloud LLM routing on measured per-query traces.

Commands:
  simulate   route queries to the cloud, by the oracle and by routers; savings
  check      lint a trace: counts, per-configuration summary, plausibility warnings
  catalog    print the models and accelerators, with the source of every value
  fit        fit, validate and apply the batch model on measurements
  convert    write traces, any per-query log (by a map) or a wide table as a canonical trace
  curve      coverage and savings curves, as data and as SVG, PNG and PDF plots
  sweep      simulate every point of a scenario's grid of options; one row each
  merge      combine the partials of a sharded sweep or simulation into the whole
  reproduce  the paper's routing numbers next to ipwsim's: the verdict, and which accounting would give the paper's
  synth      generate a synthetic trace calibrated to the paper's published numbers

'ipwsim <command> --help' describes a command; ipwsim(1) and ipwsim-<command>(1) document them.

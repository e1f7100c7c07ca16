# synth's usage errors: a mix naming no dataset of the calibration, a
# negative weight, weights summing to 0, a configuration it does not have,
# a query count that is not a whole number >= 1, an unknown format
cmd: for a in "--mix chat=1" "--mix wildchat=-1" "--mix wildchat=0" "--configs Qwen3-8B@NVIDIA-A100-40GB" "--queries 0" "--queries 2.5" "--format yaml"; do $IPWSIM synth $a -o $T/out.jsonl; echo "status $?"; done; ls $T
--- stdout
status 64
status 64
status 64
status 64
status 64
status 64
status 64
--- stderr
ipwsim: synth: --mix: "chat=1" is not DATASET=WEIGHT with a dataset of the calibration (see 'ipwsim synth --help')
ipwsim: synth: --mix: the weight in "wildchat=-1" is not a number >= 0 (see 'ipwsim synth --help')
ipwsim: synth: --mix: the weights sum to 0 (see 'ipwsim synth --help')
ipwsim: synth: --configs: "Qwen3-8B@NVIDIA-A100-40GB" is not MODEL@ACCELERATOR of the calibration's configurations (see 'ipwsim synth --help')
ipwsim: synth: --queries: "0" is not a number in [1, 1e+12] (see 'ipwsim synth --help')
ipwsim: synth: --queries: not a whole number: "2.5" (see 'ipwsim synth --help')
ipwsim: synth: --format: "yaml" is not jsonl or csv (see 'ipwsim synth --help')

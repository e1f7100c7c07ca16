# bash completion (completion/ipwsim.bash.in, installed by make install):
# commands from ipwsim --help, a command's options from its --help, the
# values of fixed-choice options, preset names from the data directory,
# --explain's hypotheses after the comma, and curve's kinds
cmd: bash -c 'source "$IPWSIM_SRCDIR/completion/ipwsim.bash.in"; t() { COMP_WORDS=("$IPWSIM" "$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _ipwsim; echo "${COMPREPLY[*]}"; }; t re; t s; t check --energy-scope ""; t simulate --energy-source m; t simulate --pre; t simulate --preset ""; t simulate --cloud-charge ""; t reproduce --explain=oracle,tok; t reproduce --html; t curve savings-b; t catalog --template ""; t --v'
--- stdout
reproduce
simulate sweep synth
accelerator package system wall
measured modelled
--preset
critic-dedicated critic-pue-host critic-tco paper
share step
--explain=oracle,token-pricing
--html
savings-batch
model accelerator
--version
--- stderr

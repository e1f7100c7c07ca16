# unknown command
cmd: $IPWSIM frobnicate
status: 64
--- stdout
--- stderr
ipwsim: "frobnicate" is not a command; see 'ipwsim --help'

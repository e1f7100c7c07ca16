# version
cmd: $IPWSIM --version
--- stdout
ipwsim 0.1.0
--- stderr

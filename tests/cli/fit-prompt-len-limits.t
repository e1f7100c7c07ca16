# --prompt-len at its limits 0 and 1e6 is accepted (the fit runs), below 0 and above 1e6 a usage error
cmd: $IPWSIM fit --prompt-len 0 | head -1; $IPWSIM fit --prompt-len -1; echo "status $?"; $IPWSIM fit --prompt-len 1e6 >/dev/null; echo "status $?"; $IPWSIM fit --prompt-len 1.1e6; echo "status $?"
--- stdout
length-aware batch model fitted on the installed measurements/mlenergy-v3-chat.csv, measurements/mlenergy-v3-gpqa.csv, measurements/mlenergy-v2-chat-a100.csv and measurements/llm-inference-bench-mi300x.csv (1320 points; a prompt of 0 tokens assumed where a row gives no avg_input_len; weak priors: eta_compute_dense 0.7, eta_prefill 0.9)
status 64
status 0
status 64
--- stderr
ipwsim: fit: --prompt-len: "-1" is not a number in [0, 1e+06] (see 'ipwsim fit --help')
ipwsim: fit: --prompt-len: "1.1e6" is not a number in [0, 1e+06] (see 'ipwsim fit --help')

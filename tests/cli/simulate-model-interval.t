# the model interval: the cloud moved from its measured batch 16 to 64 along the H100 curve standing in for the H200 (ratio-task and ratio-accel errors drawn); the same seed gives the same interval, another seed another; the point estimate sits inside; nothing moved says none instead of a zero-width range; --model-draws 0 says not computed (tests/unit/test_modelint.c checks the arithmetic by hand)
cmd: S="$IPWSIM simulate --bootstrap 0 --cloud-batch 64 --measured-batch cloud=16 ../../traces/example.jsonl"; $S | sed -n "/^model interval/,/^drawn/p"; $S > $T/a; $S > $T/b; cmp $T/a $T/b && echo "seed 1 twice: same"; $S --seed 2 | grep -A1 "^model interval" | tail -1; $S --format csv | awk -F, "\$1 == \"oracle\" && \$2 == \"all\" { print (\$(NF-2) <= \$19 && \$19 <= \$(NF-1)) ? \"inside\" : \"outside\" }"; $IPWSIM simulate --bootstrap 0 ../../traces/example.jsonl | grep "^model interval"; $S --model-draws 0 | grep "^model interval"
--- stdout
model interval (200 draws): energy_sav [2.5%, 97.5%] when every modelled energy is drawn from its validated error, one draw per configuration, routing as decided
oracle                     42.1% [ 33.4,  48.1]
drawn: Qwen3-235B-A22B@NVIDIA-H200x8: its batch move's ratio-task error (25 residuals, MoE) and ratio-accel error (716 residuals, MoE)
seed 1 twice: same
oracle                     42.1% [ 32.5,  48.8]
inside
model interval: none: nothing here is moved by a model: every energy is as the trace gives it (its provenance line says how the trace obtained it)
model interval: not computed: --model-draws 0
--- stderr

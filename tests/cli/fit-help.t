# fit --help
cmd: $IPWSIM fit --help
--- stdout
usage: ipwsim fit [options]

Fit the parametric decode-step model (bandwidth and compute efficiency,
step overhead, power floor and rise; see ipwsim-fit(1)) to the measured
batch curves, one fit per accelerator, and write the fitted parameters
with the relative error of energy per token on the points fitted.

Options:
  --curves FILE         curves to fit (default: the installed
                        curves/mlenergy-v3.csv, one vLLM generation)
  --validate            also fit each accelerator once per model without
                        that model and report the error of predicting it,
                        per accelerator and model class (dense / MoE)
  --catalog FILE        add catalog entries, or override fields (repeat)
  --format F            table (default), csv or json (the parameter file
                        that ipwsim simulate reads)
  -o, --output FILE     write to FILE atomically instead of stdout
  -h, --help            show this help

Exit status: 0 ok, 64 usage, 65 bad curve file, 66 cannot open it,
70 a fit did not converge (nothing written), 73 cannot create output,
74 I/O error.
--- stderr

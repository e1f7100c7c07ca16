# simulate --help
cmd: $IPWSIM simulate --help
--- stdout
usage: ipwsim simulate [options] TRACE...

Route every query of TRACE (files are concatenated; - is stdin) to the
cloud (the baseline) and by the oracle (a correct local configuration,
else the cloud), and report energy, FLOPs, cost, local share, quality and
savings against the baseline.

Pool:
  --local CONFIG        a local configuration, model@accelerator (repeat);
                        default: every configuration on a local-tier
                        accelerator of the catalog
  --cloud CONFIG        the cloud configuration; default: the only one on a
                        cloud-tier accelerator
  --oracle RULE         smallest (default; fewest parameters), cheapest-energy,
                        cheapest-cost or cheapest-compute
  --flops-params WHICH  total (default) or active parameters in
                        FLOPs = 2 x params x (tokens_in + tokens_out)
  --drop-incomplete     leave out queries with no cloud record (else an error)

Input:
  --input-format F      auto (default), jsonl, csv or harness
  --accelerator NAME    accelerator of harness records (overrides gpu_info)
  --score-threshold X   correct = score >= X when correct is absent (0.5)
  --catalog FILE        add catalog entries, or override fields (repeat)
  --max-errors N        report up to N bad records before stopping (1)
  --max-line BYTES      longest accepted line (1048576)

Output:
  --format F            table (default), csv or json
  -o, --output FILE     write to FILE atomically instead of stdout
  -h, --help            show this help

Exit status: 0 ok, 64 usage, 65 bad data, 66 cannot open input,
70 internal error, 73 cannot create output, 74 I/O error.
--- stderr

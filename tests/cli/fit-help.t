# fit --help
cmd: $IPWSIM fit --help
--- stdout
usage: ipwsim fit [options]

Fit the length-aware batch model (inter-token latency, power and energy
per output token against batch size, prompt and output length,
precision and devices; see ipwsim-fit(1)) to ML.ENERGY-format
measurements, one fit per accelerator, and write its parameters; or
validate it on measurements each fit did not see; or predict rows.

Options:
  --data FILE           measurements to fit (repeat; default the
                        installed measurements/mlenergy-v3-chat.csv,
                        measurements/mlenergy-v3-gpqa.csv,
                        measurements/mlenergy-v2-chat-a100.csv and
                        measurements/llm-inference-bench-mi300x.csv)
  --validate            report the error of every fold (fitted,
                        cross-task, model-out, accel-out, curve-batch,
                        curve-task) per accelerator and class, and the
                        coverage of the 90% interval
  --by-family           the same per model family (implies --validate):
                        its median, lowest and highest predicted /
                        measured energy per token and its coverage
  --predict FILE        read rows with ML.ENERGY's columns (its v3 or v2
                        tables') and write them back as CSV with the
                        predicted energy per token, its 90% interval,
                        ITL, power and source (a row it cannot predict,
                        an empty cell it needs too: why, in pred_note;
                        an extrapolation, in batch or in memory, too)
  --score               with --predict: on stderr, the predictions' error
                        against the measurements the rows carry, per
                        accelerator, class and path, with the targets
  --no-priors           fit without the weak priors on the dense decode
                        and prefill shares of peak FLOPS (0.7, 0.9)
  --prompt-len N        mean prompt tokens assumed where a row gives no
                        avg_input_len (0 to 1e6; default 1000)
  --roofline            fit the older decode-step model instead (the
                        roofline model simulate can use, shipped as
                        data/curves/roofline.json)
  --curves FILE         the roofline fit's curves (implies --roofline;
                        default the installed curves/mlenergy-v3.csv)
  --catalog FILE        add catalog entries, or override fields (repeat)
  --format F            table (default), csv or json (--predict: csv)
  -o, --output FILE     write to FILE atomically instead of stdout
  -h, --help            show this help

Exit status: 0 ok, 64 usage, 65 bad measurement, curve or predict file,
66 cannot open it, 70 no accelerator could be fitted (nothing written;
one that cannot be while others are is reported as not fitted),
73 cannot create output, 74 I/O error.
--- stderr

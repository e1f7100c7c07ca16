# check --help
cmd: $IPWSIM check --help
--- stdout
usage: ipwsim check [options] TRACE...

Read TRACE (files are concatenated; - is stdin) and report its queries,
configurations and missing cells, a summary per configuration, and
warnings: average power (power_w, or energy_j / latency_s) above the
accelerator's TDP or below its idle power, zero energy with tokens > 0,
the same token counts in every record, a configuration whose records
are all correct or all incorrect, an accelerator missing from the catalog.

Input notes (an unknown field, ignored; a byte-order mark, skipped) are
listed with the warnings.

Options:
  --input-format F      auto (default), jsonl, csv, harness or querytrace
  --accelerator NAME    accelerator of harness records (overrides gpu_info)
                        and of QueryTrace records (over summary.json)
  --model NAME          model of QueryTrace records (over summary.json)
  --correct-from KEY    QueryTrace's correctness field (is_resolved)
  --score-threshold X   correct = score >= X when correct is absent (0.5)
  --catalog FILE        add catalog entries, or override fields (repeat)
  --max-errors N        report up to N bad records before stopping (1)
  --skip-unscored       skip records with no correctness, and count them
  --skip-unmeasured     skip records with no energy, and count them
  --map FILE            read every trace by this map: any per-query JSON
                        Lines or CSV log (ipwsim-convert(1), MAPS)
  --energy-source S     measured, estimated, modelled or assumed: the
                        energy_source of records that state none
  --energy-scope S      accelerator, package, system or wall: the
                        energy_scope of records that state none
  --max-line BYTES      longest accepted line (1048576)
  --threads N           threads reading a canonical trace, 1 to 64
                        (default: the online CPUs, up to 8; the same
                        result)
  --strict              unknown fields are errors, not warnings
  --quiet               no warnings, notes or progress on stderr (errors
                        still)
  --progress            a progress line on stderr even when it is not a
                        terminal (for batch logs)
                        (and with check, exit 65 on any warning)
  --format F            table (default), csv or json
  -o, --output FILE     write to FILE atomically instead of stdout
  -h, --help            show this help

Exit status: 0 ok (warnings do not fail unless --strict), 64 usage,
65 bad data, 66 cannot open input, 73 cannot create output, 74 I/O error.
--- stderr

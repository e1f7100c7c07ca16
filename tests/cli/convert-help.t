# convert --help
cmd: $IPWSIM convert --help
--- stdout
usage: ipwsim convert [options] TRACE...
       ipwsim convert --map MAP.json [options] LOG...
       ipwsim convert --wide TABLE --profile PROFILE [options]

Write the records of traces in any format ipwsim reads (canonical JSON
Lines or CSV, the IPW harness's ProfilingRecord and QueryTrace lines) as
one canonical trace, in the order read. With --map, read any per-query
JSON Lines or CSV log by a mapping file: canonical field from source
field (dotted paths), units, constants, correctness rules, records to
skip (ipwsim-convert(1), MAPS; maps for the native formats are in
data/maps). With --wide, join a wide correctness table (one row per query; one True/False column
per model, as router benchmarks publish them) with a profile of each
model's energy and latency per token into a canonical JSONL or CSV trace.
Tokens are counted from the text as words / 0.75 (OpenAI's rule of
thumb) unless the profile says otherwise; every modelled value is
labelled in the profile. See ipwsim-convert(1).

Options for traces and logs:
  --map FILE            read every input by this map
  --input-format F      auto (default), jsonl, csv, harness or querytrace
  --accelerator NAME    accelerator of harness and QueryTrace records, and
                        of mapped records whose map gives none
  --model NAME          model of QueryTrace records, and of mapped
                        records whose map gives none
  --correct-from KEY    QueryTrace's correctness field (is_resolved)
  --score-threshold X   correct = score >= X when correct is absent (0.5)
  --skip-unscored       skip records with no correctness, and count them
  --skip-unmeasured     skip records with no energy, and count them
  --energy-source S     the energy_source of records that state none
  --energy-scope S      the energy_scope of records that state none
  --max-errors N        report up to N bad records before stopping (1)
  --max-line BYTES      longest accepted line (1048576)
  --threads N           threads reading a canonical trace (the online
                        CPUs, up to 8)
  --strict              unknown fields are errors, not warnings
  --quiet               no warnings or notes on stderr (errors still)

Options for a wide table:
  --wide TABLE          the wide CSV table
  --profile FILE        per-model profile (JSON)
  --text-column NAME    the prompt column (prompt)
  --response-suffix S   a model's response column is MODEL+S (_response)
  --exclude FILE        JSON Lines of prompts to leave out
  --exclude-key KEY     the prompt's key in those lines (eval_prompt)
  --id-prefix P         query ids are P0001, P0002, ... by row (q)
  --dataset NAME        the dataset field of every record

Output:
  --format F            jsonl (default) or csv
  -o, --output FILE     write to FILE atomically instead of stdout
  -h, --help            show this help

Exit status: 0 ok, 64 usage, 65 bad input, map, table or profile, 66
cannot open an input, 73 cannot create output, 74 I/O error; on an
error nothing is written.
--- stderr

# convert --help
cmd: $IPWSIM convert --help
--- stdout
usage: ipwsim convert --wide TABLE --profile PROFILE [options]

Join a wide correctness table (one row per query; one True/False column
per model, as router benchmarks publish them) with a profile of each
model's energy and latency per token into a canonical JSONL or CSV trace.
Tokens are counted from the text as words / 0.75 (OpenAI's rule of
thumb) unless the profile says otherwise; every modelled value is
labelled in the profile. See ipwsim-convert(1).

Options:
  --wide TABLE          the wide CSV table
  --profile FILE        per-model profile (JSON)
  --text-column NAME    the prompt column (prompt)
  --response-suffix S   a model's response column is MODEL+S (_response)
  --exclude FILE        JSON Lines of prompts to leave out
  --exclude-key KEY     the prompt's key in those lines (eval_prompt)
  --id-prefix P         query ids are P0001, P0002, ... by row (q)
  --dataset NAME        the dataset field of every record
  --format F            jsonl (default) or csv
  -o, --output FILE     write to FILE atomically instead of stdout
  -h, --help            show this help

Exit status: 0 ok, 64 usage, 65 bad table or profile, 66 cannot open an
input, 73 cannot create output, 74 I/O error.
--- stderr

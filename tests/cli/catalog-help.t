# catalog --help
cmd: $IPWSIM catalog --help
--- stdout
usage: ipwsim catalog [options]

Print the models and accelerators ipwsim knows, after merging the
installed catalog.json with any --catalog files. Every value has a source;
unknown values are shown as - (table), empty (csv) or null (json).

Options:
  --catalog FILE        add catalog entries, or override fields (repeat)
  --template KIND       print instead a catalog file with one entry to fill
                        in, KIND model or accelerator: every value null
                        with a source to write; it loads with --catalog
                        as it is (unknown values stay unknown)
  --format F            table (default); csv (one row per value: kind,
                        name, field, value, source); or json (the merged
                        catalog)
  -o, --output FILE     write to FILE atomically instead of stdout
  -h, --help            show this help

Environment: IPWSIM_DATADIR names the directory holding catalog.json.

Exit status: 0 ok, 64 usage, 65 bad catalog, 66 cannot open it,
73 cannot create output, 74 I/O error.
--- stderr

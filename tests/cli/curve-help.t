# curve --help
cmd: $IPWSIM curve --help
--- stdout
usage: ipwsim curve KIND [options] TRACE...

Curves of a trace, as rows (kind, series, x, label, y) and, with --svg,
--png, --pdf or --plot, as a plot; the paper's values are rows whose
series begins "reported" and diamonds on the plot. KIND:
  coverage-models       share of queries some local model answers, as
                        local models are added (--by size or greedy), per
                        dataset and overall
  coverage-domain       that share for the whole local pool, per domain
                        and dataset (the paper's Table 4)
  coverage-time         best single model and best-of-local among the
                        models released by each release month (catalog)
  pareto                quality against energy (--against cost: cost) per
                        query of cloud-only, and of the oracle and each
                        --router on every local subset up to --max-subset
                        configurations, with the frontier
  savings-alpha         savings of the paper, cascade and mixture routers
                        against router accuracy 0 to 1
  savings-batch         oracle savings against the cloud batch size
  savings-utilization   ... against cloud utilization (--cloud-idle-w)
  savings-idle          ... against local idle power (--local-mode)
  savings-year          the oracle's energy saving projected --years on by
                        the trends of data/forecast.json, with a band

Options:
  --by ORDER            coverage-models: size (default) or greedy
  --against M           pareto: energy (default) or cost
  --max-subset N        pareto: largest local subset, 1 to 62 (3); at
                        most 131071 points
  --no-fast             pareto: simulate every subset in full (as with
                        routers) instead of from the pool's values
  --years N             savings-year: years after the base year, 1-50 (5)
  --forecast FILE       savings-year: trends (data/forecast.json)
  --svg FILE            also write the plot to FILE as SVG (atomically)
  --png FILE            ... as PNG (1800x1120)
  --pdf FILE            ... as PDF
  --plot FILE           ... in the format FILE ends in: .svg, .png, .pdf
  --html FILE           also write one self-contained HTML page: the pool,
                        the plot inline and the rows as a table
  --format F            table (default), csv or json
  -o, --output FILE     write the rows to FILE atomically

and the options of ipwsim simulate:

Pool:
  --local CONFIG        a local configuration, model@accelerator (repeat,
                        at most 63);
                        default: every configuration on a local-tier
                        accelerator of the catalog
  --cloud CONFIG        the cloud configuration; default: the only one on a
                        cloud-tier accelerator
  --oracle RULE         smallest (default; fewest parameters), cheapest-energy,
                        cheapest-cost or cheapest-compute
  --flops-params WHICH  total (default) or active parameters in
                        FLOPs = 2 x params x (tokens_in + tokens_out)
  --drop-incomplete     leave out queries with no cloud record (else an error)

Routers (repeat --router; see ipwsim-simulate(1) for the exact accounting):
  --router paper:A      a share A of the oracle's local routes happen
  --router cascade:A    local/cloud decision with accuracy A; a wrong local
                        try fails and falls back, both charged
  --router mixture:A    the oracle's route with probability A, else random
  --router domain[:T]   a domain goes local if its best local model's
                        calibration accuracy reaches T (0.8)
  --router length[:N]   local if tokens_in <= N (fitted when N is absent)
  --router single:CONFIG  everything to one local configuration
  --router size-cascade try local models smallest first, then the cloud
  --router random:P     a share P local, to a random local configuration
  --router budget:X     the heuristic saving most energy while keeping
                        quality >= X x the cloud's (on the calibration split)
  --router-fp R         cascade: P(local | no local model is correct)
  --router-fn R         cascade: P(cloud | a local model is correct)
  --cascade-attempt W   cascade: a false local decision tries the model
                        the router would pick, mix (default: the oracle's
                        mix of local picks) or smallest
  --detect D            share of failed local answers caught and re-run in
                        the cloud (1); the rest are returned, wrong
  --calib-frac F        share of queries heuristics are fitted on (0.3);
                        every policy is then scored on the other queries
  --seed N              seed of the split, Monte Carlo and bootstrap (1)
  --replicates N        Monte Carlo replicates of random routers (200)
  --bootstrap N         bootstrap replicates of the savings (200; 0 = none)
  --model-draws N       draws of each modelled energy from its validated
                        error, for the model interval (200; 0 = none;
                        at most 100000)
  --rng NAME            GSL generator (mt19937)

What-if (defaults: the paper's setting, see ipwsim-simulate(1)):
  --preset NAME         a what-if setting from data/presets (or a file):
                        paper = cloud batch 16, local batch 1,
                        utilization 1, no host overhead, PUE 1, local
                        energy as measured, token prices
  --cloud-batch B       move cloud energy and latency to batch B along a
                        measured curve (data/curves); --local-batch B too
  --batch CONFIG=B      batch size of one configuration (repeat)
  --measured-batch CONFIG=B  the batch CONFIG was measured at, for
                        records without batch_size (repeat); local=B or
                        cloud=B: every configuration of that side
  --curves FILE         batch curves to use instead of the installed ones
  --batch-model M       measured (default: along the curves),
                        parametric (the length-aware model of ipwsim fit)
                        or roofline (the older decode-step model)
  --roofline FILE       roofline parameters instead of the installed ones
  --cloud-utilization U busy share of the cloud fleet, (0,1]; idle
                        accelerators' power is charged to the queries
  --cloud-idle-w W      idle power of a cloud replica (else the catalog's)
  --cloud-host-overhead H  host energy as a share of accelerator energy
  --cloud-pue P         --local-pue P: facility overhead, >= 1
  --local-mode M        measured (default), marginal (energy above idle)
                        or dedicated (idle time over the on-hours charged)
  --local-idle-w W      idle power of a local device (else the catalog's)
  --local-queries-per-day Q  --local-on-hours H (24): dedicated devices
  --arrivals FILE       set the cloud's batch size and utilization from
                        request arrivals (vidur CSV) served by one replica
  --arrival-rate R      requests per second (default: the file's own)
  --cloud-grid G        --local-grid G: g CO2e per kWh, for carbon
  --cost MODE           tokens (default: the trace's cost, else token
                        prices) or tco (electricity and hardware):
  --cloud-kwh-usd P     --local-kwh-usd P: electricity, USD per kWh
  --cloud-rent-usd-per-hour R  a cloud replica's rent
  --local-device-usd D  --local-lifetime-years Y: a local device's price
  --break-even PARAM    solve for cloud-batch, cloud-utilization,
                        local-idle-w, local-queries-per-day, cloud-kwh-usd
                        or local-kwh-usd where the policy's saving falls
                        to the target
  --break-even-metric M energy (default), compute, cost or carbon
  --break-even-target S saving to solve for (0)
  --break-even-policy P the policy (oracle)

Accounting hypotheses (how the paper may have charged; see
ipwsim-simulate(1) and docs/reproduction.md):
  --cloud-charge C      share (default: a query's share of a batch step)
                        or step (the whole step: share x cloud batch)
  --cloud-energy-basis B  measured (default: each query's own energy) or
                        per-query (every cloud query the mean energy)
  --cloud-measured-on A the cloud's records were measured on accelerator
                        A: energy x (bandwidth_A / bandwidth) x (TDP /
                        TDP_A), latency x bandwidth_A / bandwidth
  --token-pricing P     both (default), output (output tokens only) or
                        output-rate (every token at the output price)

Input:
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
  -h, --help            show this help

Exit status: 0 ok, 64 usage, 65 bad data, 66 cannot open input,
70 internal error, 73 cannot create output, 74 I/O error.
--- stderr

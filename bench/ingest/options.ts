import { parseArgs } from 'node:util';

export type WorkerMode = 'process' | 'inline';

export interface BenchOptions {
  sizes: number[];
  batchSizes: number[];
  concurrencies: number[];
  worker: WorkerMode;
  seed: string;
  /** Runs of each configuration (the table shows each and their median). */
  repeat: number;
  /** One unreported run first, so that the first configuration does not pay for the server's warm-up. */
  warmup: boolean;
  /** Export each size's graph to CSV and time neo4j-admin import on it. */
  ceiling: boolean;
  /** Also time the producer alone (no worker running) per size and batch size. */
  isolatedProducer: boolean;
  keepFiles: boolean;
  resultsDir?: string;
  /** Statement files run on the bench graph after the schema, before each run (experiments; see bench/README.md). */
  afterSchema: string[];
  /** Wipe the data but keep the indexes between runs (reproduces plans made on stale index statistics). */
  keepSchema: boolean;
  /** Suffix of the results file: ingest-<date>[-<label>].json */
  label: string;
}

const USAGE = `usage: npm run bench:ingest -- [options]
  --sizes 10000,100000        source records per run (exactly this many, across the 7 sources)
  --batch-sizes 500,1000      INGEST_BATCH_SIZE values to try
  --concurrency 1,2           WORKER_CONCURRENCY values to try
  --repeat 1                  runs of each configuration (medians are reported beside them)
  --no-warmup                 skip the unreported warm-up run before the first size
  --worker process|inline     worker as a separate 'tsx src/worker.ts' process (default) or in this process
  --seed 42                   seeds generator seed
  --no-ceiling                skip the CSV export + neo4j-admin import ceiling
  --no-isolated-producer      skip timing the producer alone
  --keep-files                keep the generated NDJSON and CSV files under .data/bench/
  --results-dir DIR           where ingest-<date>.json goes (default bench/results)
  --after-schema FILE         EXPERIMENT: a .cypher statement run on the bench graph after the schema, before each run
                              (repeatable), e.g. bench/ingest/experiments/drop-identifier-type-index.cypher
  --label NAME                results file ingest-<date>-NAME.json (use it with --after-schema)
  --keep-schema               EXPERIMENT: wipe the data but keep the indexes between runs (default: drop and re-apply
                              the schema, as a new deployment starts)`;

function numbers(flag: string, text: string): number[] {
  const values = text.split(',').map((s) => Number(s.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < 1)) throw new Error(`${flag}: expected positive integers separated by commas, got '${text}'`);
  return values;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      'batch-sizes': { type: 'string', default: '500,1000' },
      concurrency: { type: 'string', default: '1,2' },
      worker: { type: 'string', default: 'process' },
      repeat: { type: 'string', default: '1' },
      'no-warmup': { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
      'no-ceiling': { type: 'boolean', default: false },
      'no-isolated-producer': { type: 'boolean', default: false },
      'keep-files': { type: 'boolean', default: false },
      'results-dir': { type: 'string' },
      'after-schema': { type: 'string', multiple: true, default: [] },
      label: { type: 'string', default: '' },
      'keep-schema': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (values.worker !== 'process' && values.worker !== 'inline') throw new Error(`--worker: 'process' or 'inline', got '${values.worker}'`);
  return {
    sizes: numbers('--sizes', values.sizes),
    batchSizes: numbers('--batch-sizes', values['batch-sizes']),
    concurrencies: numbers('--concurrency', values.concurrency),
    worker: values.worker,
    repeat: numbers('--repeat', values.repeat)[0] ?? 1,
    warmup: !values['no-warmup'],
    seed: values.seed,
    ceiling: !values['no-ceiling'],
    isolatedProducer: !values['no-isolated-producer'],
    keepFiles: values['keep-files'],
    ...(values['results-dir'] ? { resultsDir: values['results-dir'] } : {}),
    afterSchema: values['after-schema'],
    label: values.label,
    keepSchema: values['keep-schema'],
  };
}

import { parseArgs } from 'node:util';

export interface MatchingBenchOptions {
  /** People per size; the seeds give ~3.2 source records per person. */
  people: number[];
  seed: string;
  /** Records per writeRecordBatch call when loading a size. */
  ingestBatch: number;
  /** Records timed one at a time through matchRecords (new people, new records of known people, updates). */
  incremental: number;
  /** Records timed through the real ingest and matching queues (0 skips it). */
  queue: number;
  /** Page size of the full run (runFullMatching's pageSize). */
  pageSize: number;
  /** Stops a full run that has taken longer than this (0: no limit); the size's later steps still run. */
  fullRunLimitMinutes: number;
  /** A later size is skipped when an earlier size's full run took longer than this. */
  skipAfterMinutes: number;
  resultsDir?: string;
  /** Suffix of the results file: matching-<date>[-<label>].json */
  label: string;
}

const USAGE = `usage: npm run bench:matching -- [options]
  --people 3000,30000         people per size (~3.2 source records each: ~10k and ~100k records);
                              --people 300000 is the ~1M-record size (hours on a small machine)
  --seed 42                   seeds generator seed
  --ingest-batch 1000         records per writeRecordBatch call when loading a size
  --incremental 200           records timed one at a time through matchRecords (1/4 new records of known
                              people held back from the load, 1/4 new people, 1/2 updates of loaded records)
  --queue 100                 records timed through the real queues, enqueue -> matched (0 skips it)
  --page-size 200             runFullMatching page size
  --full-run-limit-min 0      stop a full run after this many minutes (0: no limit); the size's re-run is then skipped
  --skip-after-min 10         skip later sizes once a full run took longer than this
  --results-dir DIR           where matching-<date>.json goes (default bench/results)
  --label NAME                results file matching-<date>-NAME.json`;

function numbers(flag: string, text: string, min = 1): number[] {
  const values = text.split(',').map((s) => Number(s.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < min)) throw new Error(`${flag}: expected integers >= ${min} separated by commas, got '${text}'`);
  return values;
}

function one(flag: string, text: string, min = 1): number {
  const [value] = numbers(flag, text, min);
  return value ?? min;
}

export function parseOptions(argv: string[]): MatchingBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      people: { type: 'string', default: '3000,30000' },
      seed: { type: 'string', default: '42' },
      'ingest-batch': { type: 'string', default: '1000' },
      incremental: { type: 'string', default: '200' },
      queue: { type: 'string', default: '100' },
      'page-size': { type: 'string', default: '200' },
      'full-run-limit-min': { type: 'string', default: '0' },
      'skip-after-min': { type: 'string', default: '10' },
      'results-dir': { type: 'string' },
      label: { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  return {
    people: numbers('--people', values.people),
    seed: values.seed,
    ingestBatch: one('--ingest-batch', values['ingest-batch']),
    incremental: one('--incremental', values.incremental, 4),
    queue: one('--queue', values.queue, 0),
    pageSize: one('--page-size', values['page-size']),
    fullRunLimitMinutes: one('--full-run-limit-min', values['full-run-limit-min'], 0),
    skipAfterMinutes: one('--skip-after-min', values['skip-after-min'], 1),
    ...(values['results-dir'] ? { resultsDir: values['results-dir'] } : {}),
    label: values.label,
  };
}

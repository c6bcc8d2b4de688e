import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_AS_OF } from './dataset';
import { writeDataset } from './write-dataset';

/**
 * CLI: `npx tsx seeds/generate.ts --people 1000 --seed 42 --out seeds/generated/demo [--malformed 50]`
 * (or `npm run seed -- --people ...`). Writes one NDJSON file per source plus truth, households and manifest.
 */
function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
  return n;
}

const program = new Command()
  .name('generate')
  .description('Generate a synthetic grocery-chain customer dataset with ground truth.')
  .requiredOption('--people <n>', 'number of people (1 to 1,000,000+)', positiveInt)
  .option('--seed <seed>', 'random seed (same seed, same data)', '42')
  .option('--out <dir>', 'output directory', 'seeds/generated/demo')
  .option('--malformed <n>', 'also write malformed.ndjson with n records that must be rejected', positiveInt, 0)
  .option('--as-of <iso>', 'the dataset\'s "now": records fall in the 3 years before it', DEFAULT_AS_OF)
  .option('--shuffle-window <n>', 'lines each source file is shuffled over (0: household order)', positiveInt, 5000)
  .option('--quiet', 'no progress output');

program.parse();
const opts = program.opts<{ people: number; seed: string; out: string; malformed: number; asOf: string; shuffleWindow: number; quiet?: boolean }>();
if (opts.people < 1) program.error('--people must be at least 1');

const started = Date.now();
const log = (text: string): void => {
  if (opts.quiet !== true) process.stderr.write(`${text}\n`);
};
const manifest = writeDataset({
  people: opts.people,
  seed: opts.seed,
  outDir: opts.out,
  malformed: opts.malformed,
  asOf: opts.asOf,
  shuffleWindow: opts.shuffleWindow,
  onProgress: (people) => {
    if (people % 100000 < 10000 || opts.people <= 100000) log(`  ${people.toLocaleString('en-US')} people...`);
  },
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
log(`Wrote ${manifest.people} people, ${manifest.households} households, ${manifest.records.total} records to ${opts.out} in ${seconds}s`);
for (const [source, count] of Object.entries(manifest.records.bySource)) log(`  ${source.padEnd(10)} ${count}`);
if (manifest.malformed > 0) log(`  malformed  ${manifest.malformed}`);

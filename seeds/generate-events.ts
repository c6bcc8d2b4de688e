import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { generateEvents } from './events/generate-events';
import { peopleFromTruth } from './events/people-from-truth';

/**
 * CLI: `npm run seed:events -- [--records seeds/demo] [--out seeds/generated/demo-events] [--end <iso>] [--days 180]`.
 * Writes events.ndjson (the behavioural event stream for the people of a record set) and personas.ndjson (what
 * each person was generated to be). The end defaults to now, so recency-based segments are meaningful on the day.
 */
const program = new Command()
  .name('generate-events')
  .option('--records <dir>', 'record set whose truth.ndjson names the people and their records', 'seeds/demo')
  .option('--out <dir>', 'output directory', 'seeds/generated/demo-events')
  .option('--seed <seed>', 'random seed', '42')
  .option('--end <iso>', 'end of the stream (default: now)')
  .option('--days <n>', 'days the stream covers', '180');
program.parse();
const opts = program.opts<{ records: string; out: string; seed: string; end?: string; days: string }>();
const end = opts.end === undefined ? new Date() : new Date(opts.end);
if (Number.isNaN(end.getTime())) program.error('--end must be an ISO 8601 date-time');
const { events, truth } = generateEvents(peopleFromTruth(join(opts.records, 'truth.ndjson')), { seed: opts.seed, end, days: Number(opts.days) });
mkdirSync(opts.out, { recursive: true });
writeFileSync(join(opts.out, 'events.ndjson'), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
writeFileSync(join(opts.out, 'personas.ndjson'), truth.map((t) => JSON.stringify(t)).join('\n') + '\n');
const byType = new Map<string, number>();
for (const e of events) byType.set(String(e.type), (byType.get(String(e.type)) ?? 0) + 1);
process.stderr.write(`Wrote ${String(events.length)} events for ${String(truth.length)} people to ${opts.out}\n`);
for (const [type, count] of byType) process.stderr.write(`  ${type.padEnd(14)} ${String(count)}\n`);

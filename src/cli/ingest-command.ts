import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SingleBar, Presets } from 'cli-progress';
import { AppContext } from '../app/app-context';
import { readInputFile, waitForJobs } from '../ingestion';

export interface IngestCommandOptions {
  source?: string;
  wait: boolean;
}

/** `idgraph ingest <file>`: validates, queues and dead-letters; prints received, accepted and rejected. */
export async function ingestCommand(app: AppContext, file: string, options: IngestCommandOptions): Promise<number> {
  const total = await countLines(file);
  const interactive = process.stderr.isTTY === true;
  const bar = new SingleBar({ format: 'validating {bar} {value}/{total} records | accepted {accepted} | rejected {rejected}', stream: process.stderr, noTTYOutput: !interactive, notTTYSchedule: 5000 }, Presets.shades_classic);
  bar.start(total, 0, { accepted: 0, rejected: 0 });
  const report = await app.producer.ingest(readInputFile(file, options.source), { via: 'cli', file }, (c) =>
    bar.update(c.received, { accepted: c.accepted, rejected: c.rejected }),
  );
  bar.stop();
  process.stdout.write(`received ${report.received}, accepted ${report.accepted}, rejected ${report.rejected} (dead-letter store)\n`);
  for (const r of report.rejections.slice(0, 20)) {
    process.stdout.write(`  line ${r.line}: ${r.issues.map((i) => `${i.field} [${i.code}] ${i.message}`).join('; ')}\n`);
  }
  if (report.rejections.length > 20) process.stdout.write(`  ... and ${report.rejections.length - 20} more: idgraph dead-letters list\n`);

  if (options.wait && report.jobIds.length > 0) {
    const writeBar = new SingleBar({ format: 'writing to graph {bar} {value}/{total} batches', stream: process.stderr, noTTYOutput: !interactive, notTTYSchedule: 5000 }, Presets.shades_classic);
    writeBar.start(report.jobIds.length, 0);
    await waitForJobs(app.ingestQueue, report.jobIds, (finished) => writeBar.update(finished));
    writeBar.stop();
    process.stdout.write(`written: ${report.jobIds.length} batches processed; dead-letter store now holds ${await app.deadLetters.count()} entries\n`);
  }
  return report.received === report.accepted + report.rejected ? 0 : 1;
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (text.trim() !== '') lines += 1;
  return file.toLowerCase().endsWith('.csv') ? Math.max(0, lines - 1) : lines;
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { AppContext } from '../app/app-context';
import { CYPHER } from '../graph/cypher-statements';
import { recomputeSegments } from '../segments/segment-store';

/** The events of an NDJSON file, one per line; a line that is not JSON is passed on as text (and rejected). */
async function* readEvents(file: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as unknown;
    } catch {
      yield line;
    }
  }
}

/** `idgraph events record <file>`: validates, queues the valid events and dead-letters the rest; prints counts only. */
export async function recordEventsCommand(app: AppContext, file: string): Promise<number> {
  const report = await app.eventProducer.record(readEvents(file), { via: 'cli', file });
  process.stdout.write(`received ${String(report.received)}, accepted ${String(report.accepted)}, rejected ${String(report.rejected)} (events dead-letter store), ${String(report.jobIds.length)} jobs queued\n`);
  for (const r of report.rejections.slice(0, 20)) process.stdout.write(`  line ${String(r.index + 1)}: ${r.issues.map((i) => `${i.field} ${i.code}: ${i.message}`).join('; ')}\n`);
  return report.rejected > 0 ? 2 : 0;
}

/** `idgraph segments list`: every segment with its rule and member count. */
export async function listSegmentsCommand(app: AppContext): Promise<void> {
  const rows = await app.graph.read<{ segment: { segmentId: string; version: number; ruleText: string; sensitive: boolean }; members: number }>(CYPHER.listSegments, {}, { actor: 'cli' });
  for (const { segment, members } of rows) {
    process.stdout.write(`${segment.segmentId.padEnd(16)} v${String(segment.version)} ${String(members).padStart(7)}  ${segment.ruleText}${segment.sensitive ? '  [sensitive]' : ''}\n`);
  }
}

/** `idgraph segments recompute`: the batch recompute at now. */
export async function recomputeSegmentsCommand(app: AppContext): Promise<void> {
  const report = await recomputeSegments(app.graph, app.segmentDefinitions);
  process.stdout.write(`re-evaluated ${String(report.customers)} customers: ${String(report.joined)} memberships began, ${String(report.left)} ended\n`);
}

import { CanonicalRecord, isSourceSystem } from '../../model';
import { BuilderOptions, parseSourceRecord } from '../../sources';
import { IngestQueue } from '../ingest-queue';
import { DeadLetterStore } from './dead-letter-store';

export interface ReplayReport {
  replayed: number;
  stillRejected: number;
  jobIds: string[];
}

/**
 * Sends dead letters back through ingestion after a fix: of the code (replay as stored), or of the data
 * (`fixes` maps an entry id to a corrected payload, e.g. edited from `dead-letters list --json`).
 * Validation rejects are validated again with today's rules; those that pass are queued and leave the
 * store, the rest stay with their fresh reasons. Write failures go straight back to the queue.
 */
export async function replayDeadLetters(
  ids: string[],
  store: DeadLetterStore,
  queue: IngestQueue,
  options: BuilderOptions,
  fixes: ReadonlyMap<string, unknown> = new Map(),
): Promise<ReplayReport> {
  const report: ReplayReport = { replayed: 0, stillRejected: 0, jobIds: [] };
  const entries = (await store.get(ids)).map((e) => (fixes.has(e.id) ? { ...e, payload: fixes.get(e.id) } : e));
  const ready: CanonicalRecord[] = [];
  const done: string[] = [];
  for (const entry of entries) {
    if (entry.stage === 'write') {
      ready.push(entry.payload as CanonicalRecord);
      done.push(entry.id);
      continue;
    }
    const result = entry.source !== null && isSourceSystem(entry.source) ? parseSourceRecord(entry.source, entry.payload, options) : null;
    if (result?.ok) {
      ready.push(result.record);
      done.push(entry.id);
    } else {
      await store.update({ ...entry, replays: entry.replays + 1, ...(result ? { issues: result.issues } : {}) });
      report.stillRejected += 1;
    }
  }
  if (ready.length > 0) {
    const job = await queue.add('write-records', { records: ready, origin: { via: 'replay' } });
    report.jobIds.push(job.id ?? '');
  }
  // Removed only after the queue holds the records: a crash in between replays them twice, harmlessly.
  await store.remove(done);
  report.replayed = done.length;
  return report;
}

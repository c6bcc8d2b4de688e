import { ErrorCode, fieldIssue, FieldIssue } from '../errors';
import { CanonicalRecord, isSourceSystem, SOURCE_SYSTEMS } from '../model';
import { BuilderOptions, parseSourceRecord } from '../sources';
import { IngestOrigin } from './dead-letter/dead-letter-entry';
import { DeadLetterStore, NewDeadLetter } from './dead-letter/dead-letter-store';
import { InputRow } from './input-row';
import { IngestQueue } from './ingest-queue';

export interface IngestCounts {
  received: number;
  accepted: number;
  rejected: number;
  jobIds: string[];
}

export interface RejectedRecord {
  line: number;
  source: string | null;
  issues: FieldIssue[];
  deadLetterId: string;
}

export interface IngestReport extends IngestCounts {
  rejections: RejectedRecord[];
}

/**
 * Validates and normalises incoming records, queues the accepted ones in batches and puts every rejected
 * one in the dead-letter store with its reasons. A record counts as accepted only once Redis has it, so
 * `received = accepted + rejected` holds whenever this returns.
 */
export class IngestProducer {
  constructor(
    private readonly queue: IngestQueue,
    private readonly deadLetters: DeadLetterStore,
    private readonly options: BuilderOptions & { batchSize: number },
  ) {}

  async ingest(rows: AsyncIterable<InputRow> | Iterable<InputRow>, origin: IngestOrigin, onProgress?: (counts: IngestCounts) => void): Promise<IngestReport> {
    const report: IngestReport = { received: 0, accepted: 0, rejected: 0, jobIds: [], rejections: [] };
    let accepted: CanonicalRecord[] = [];
    let rejected: (NewDeadLetter & { line: number })[] = [];

    const flushAccepted = async () => {
      if (accepted.length === 0) return;
      const job = await this.queue.add('write-records', { records: accepted, origin });
      report.jobIds.push(job.id ?? '');
      report.accepted += accepted.length;
      accepted = [];
    };
    const flushRejected = async () => {
      if (rejected.length === 0) return;
      const ids = await this.deadLetters.add(rejected.map(({ line: _line, ...letter }) => letter));
      rejected.forEach((r, i) => report.rejections.push({ line: r.line, source: r.source, issues: r.issues, deadLetterId: ids[i] ?? '' }));
      report.rejected += rejected.length;
      rejected = [];
    };

    for await (const row of rows) {
      report.received += 1;
      const outcome = this.validate(row);
      if (outcome.ok) accepted.push(outcome.record);
      else rejected.push({ source: outcome.source, stage: 'validation', payload: outcome.payload, issues: outcome.issues, origin: { ...origin, line: row.line }, line: row.line });
      if (accepted.length >= this.options.batchSize) await flushAccepted();
      if (rejected.length >= this.options.batchSize) await flushRejected();
      if (report.received % this.options.batchSize === 0) onProgress?.(report);
    }
    await flushAccepted();
    await flushRejected();
    onProgress?.(report);
    return report;
  }

  private validate(row: InputRow):
    | { ok: true; record: CanonicalRecord }
    | { ok: false; source: string | null; payload: unknown; issues: FieldIssue[] } {
    if (row.kind === 'unreadable') {
      return { ok: false, source: null, payload: row.text, issues: [fieldIssue('(line)', ErrorCode.MALFORMED_LINE, row.problem)] };
    }
    if (!isSourceSystem(row.source)) {
      return {
        ok: false,
        source: null,
        payload: row.raw,
        issues: [fieldIssue('source', ErrorCode.UNKNOWN_SOURCE, `must be one of ${SOURCE_SYSTEMS.join(', ')}`)],
      };
    }
    const result = parseSourceRecord(row.source, row.raw, this.options);
    return result.ok ? { ok: true, record: result.record } : { ok: false, source: row.source, payload: row.raw, issues: result.issues };
  }
}

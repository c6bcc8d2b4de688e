import { FieldIssue } from '../errors';
import { IngestOrigin } from '../ingestion/dead-letter/dead-letter-entry';
import { DeadLetterStore, NewDeadLetter } from '../ingestion/dead-letter/dead-letter-store';
import { BehaviourEvent } from './event-schemas';
import { EventQueue } from './event-queue';
import { parseEvent } from './parse-event';
import { RawEventLog } from './raw-event-log';

export interface RejectedEvent {
  index: number;
  issues: FieldIssue[];
  deadLetterId: string;
}

export interface EventReport {
  received: number;
  accepted: number;
  rejected: number;
  rejections: RejectedEvent[];
  jobIds: string[];
}

/**
 * Validates behavioural events, keeps the valid ones in the raw log (retention TTL) and queues them in batches;
 * every invalid one goes to the events' dead-letter store with its reasons. `received = accepted + rejected`.
 * Duplicates are accepted here and skipped by the worker (idempotent by event id).
 */
export class EventProducer {
  constructor(
    private readonly queue: EventQueue,
    private readonly deadLetters: DeadLetterStore,
    private readonly rawLog: RawEventLog,
    private readonly options: { batchSize: number },
  ) {}

  async record(raws: Iterable<unknown> | AsyncIterable<unknown>, origin: IngestOrigin): Promise<EventReport> {
    const report: EventReport = { received: 0, accepted: 0, rejected: 0, rejections: [], jobIds: [] };
    let accepted: BehaviourEvent[] = [];
    let rejected: (NewDeadLetter & { index: number })[] = [];
    const flushAccepted = async () => {
      if (accepted.length === 0) return;
      await this.rawLog.append(accepted);
      const job = await this.queue.add('aggregate-events', { events: accepted, origin });
      report.jobIds.push(job.id ?? '');
      report.accepted += accepted.length;
      accepted = [];
    };
    const flushRejected = async () => {
      if (rejected.length === 0) return;
      const ids = await this.deadLetters.add(rejected.map(({ index: _index, ...letter }) => letter));
      rejected.forEach((r, i) => report.rejections.push({ index: r.index, issues: r.issues, deadLetterId: ids[i] ?? '' }));
      report.rejected += rejected.length;
      rejected = [];
    };
    for await (const raw of raws) {
      const index = report.received;
      report.received += 1;
      const parsed = parseEvent(raw);
      if (parsed.ok) accepted.push(parsed.event);
      else rejected.push({ source: eventTypeOf(raw), stage: 'validation', payload: raw, issues: parsed.issues, origin: { ...origin, line: index }, index });
      if (accepted.length >= this.options.batchSize) await flushAccepted();
      if (rejected.length >= this.options.batchSize) await flushRejected();
    }
    await flushAccepted();
    await flushRejected();
    return report;
  }
}

/** The dead letter's `source`: `event:<type>` when the event names a type. */
function eventTypeOf(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object') return null;
  const type = (raw as Record<string, unknown>).type;
  return typeof type === 'string' ? `event:${type.slice(0, 40)}` : null;
}

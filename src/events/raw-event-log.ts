import { Redis } from 'ioredis';
import { DAY_MS } from '../segments/decay';
import { BehaviourEvent, subjectOf } from './event-schemas';

/**
 * The raw events as they arrived, kept for the retention period in a Redis stream (AOF on): every append trims
 * entries older than the retention (XADD MINID), so the TTL holds without a sweeper. Replays and debugging read
 * it; the graph keeps only aggregates.
 */
export class RawEventLog {
  readonly key: string;

  constructor(private readonly redis: Redis, prefix: string, readonly retentionDays: number) {
    this.key = `${prefix}:events:raw`;
  }

  async append(events: readonly BehaviourEvent[], now = Date.now()): Promise<void> {
    if (events.length === 0) return;
    const minId = String(now - this.retentionDays * DAY_MS);
    const pipeline = this.redis.pipeline();
    for (const event of events) pipeline.xadd(this.key, 'MINID', '~', minId, '*', 'eventId', event.eventId, 'event', JSON.stringify(event));
    const results = await pipeline.exec();
    const failed = (results ?? []).find(([error]) => error !== null);
    if (failed?.[0]) throw failed[0];
  }

  async length(): Promise<number> {
    return this.redis.xlen(this.key);
  }

  /**
   * Deletes every kept event about these subjects (an erasure): the stream is read page by page and matching
   * entries are removed with XDEL. Returns how many were removed.
   */
  async removeSubjects(subjects: { recordKeys: readonly string[]; customerIds: readonly string[] }, pageSize = 1000): Promise<number> {
    const recordKeys = new Set(subjects.recordKeys);
    const customerIds = new Set(subjects.customerIds);
    return this.removeWhere((subject) => (subject.recordKey !== null && recordKeys.has(subject.recordKey)) || (subject.customerId !== null && customerIds.has(subject.customerId)), pageSize);
  }

  /**
   * Deletes every kept event whose subject (record key, customer id) the predicate accepts, page by page with
   * XDEL; idempotent. The erasure-cleanup sweeper matches subjects by salted hash, so it needs no raw ids.
   */
  async removeWhere(matches: (subject: { recordKey: string | null; customerId: string | null }) => boolean, pageSize = 1000): Promise<number> {
    let removed = 0;
    let start = '-';
    for (;;) {
      const page = await this.redis.xrange(this.key, start, '+', 'COUNT', pageSize);
      const doomed: string[] = [];
      for (const [id, fields] of page) {
        const at = fields.indexOf('event');
        const raw = at >= 0 ? fields[at + 1] : undefined;
        if (raw === undefined) continue;
        if (matches(subjectOf(JSON.parse(raw) as BehaviourEvent))) doomed.push(id);
      }
      if (doomed.length > 0) removed += await this.redis.xdel(this.key, ...doomed);
      if (page.length < pageSize) return removed;
      start = `(${(page[page.length - 1] as [string, string[]])[0]}`;
    }
  }

  /**
   * Trims, exactly, every entry older than the retention (appends trim only approximately, and only when
   * events arrive). Run by the retention job before it forgets pending erasure cleanups. Returns entries removed.
   */
  async trimExpired(now = Date.now()): Promise<number> {
    return this.redis.xtrim(this.key, 'MINID', String(now - this.retentionDays * DAY_MS));
  }

  /** Raw events in arrival order, from the oldest kept (for a replay). */
  async *read(pageSize = 1000): AsyncGenerator<BehaviourEvent> {
    let start = '-';
    for (;;) {
      const page = await this.redis.xrange(this.key, start, '+', 'COUNT', pageSize);
      for (const [, fields] of page) {
        const at = fields.indexOf('event');
        if (at >= 0 && fields[at + 1] !== undefined) yield JSON.parse(fields[at + 1] as string) as BehaviourEvent;
      }
      if (page.length < pageSize) return;
      start = `(${(page[page.length - 1] as [string, string[]])[0]}`;
    }
  }
}

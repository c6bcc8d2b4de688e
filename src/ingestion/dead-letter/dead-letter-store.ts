import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DeadLetterEntry } from './dead-letter-entry';

export type NewDeadLetter = Omit<DeadLetterEntry, 'id' | 'receivedAt' | 'replays'>;

/**
 * Rejected records, kept in Redis (AOF on) with their reasons until they are replayed or discarded.
 * A hash holds the entries; a sorted set orders them by arrival for listing.
 */
export class DeadLetterStore {
  private readonly entriesKey: string;
  private readonly orderKey: string;
  private readonly sequenceKey: string;

  constructor(private readonly redis: Redis, prefix: string) {
    this.entriesKey = `${prefix}:dead-letter:entries`;
    this.orderKey = `${prefix}:dead-letter:order`;
    this.sequenceKey = `${prefix}:dead-letter:sequence`;
  }

  async add(letters: NewDeadLetter[]): Promise<string[]> {
    if (letters.length === 0) return [];
    const now = Date.now();
    const entries: DeadLetterEntry[] = letters.map((l) => ({ ...l, id: randomUUID(), receivedAt: new Date(now).toISOString(), replays: 0 }));
    // A shared sequence orders entries as they arrived, across processes and within one batch.
    const last = await this.redis.incrby(this.sequenceKey, entries.length);
    const tx = this.redis.multi();
    entries.forEach((entry, i) => {
      tx.hset(this.entriesKey, entry.id, JSON.stringify(entry));
      tx.zadd(this.orderKey, last - entries.length + 1 + i, entry.id);
    });
    await tx.exec();
    return entries.map((e) => e.id);
  }

  async count(): Promise<number> {
    return this.redis.zcard(this.orderKey);
  }

  async list(options: { offset?: number; limit?: number } = {}): Promise<DeadLetterEntry[]> {
    const offset = options.offset ?? 0;
    const limit = options.limit ?? 100;
    const ids = await this.redis.zrange(this.orderKey, offset, offset + limit - 1);
    return this.get(ids);
  }

  async get(ids: string[]): Promise<DeadLetterEntry[]> {
    if (ids.length === 0) return [];
    const values = await this.redis.hmget(this.entriesKey, ...ids);
    return values.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as DeadLetterEntry);
  }

  async update(entry: DeadLetterEntry): Promise<void> {
    await this.redis.hset(this.entriesKey, entry.id, JSON.stringify(entry));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.redis.multi().hdel(this.entriesKey, ...ids).zrem(this.orderKey, ...ids).exec();
  }
}

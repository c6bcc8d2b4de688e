import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { connectRedis, QUEUES } from '../../src/queue';

export interface TimelineSummary {
  jobs: number;
  /** performance.now() of the first job a worker took, and of the last job that completed. */
  firstActiveAt: number | null;
  lastCompletedAt: number | null;
  /** Time each job spent active (taken -> completed), in ms: one graph transaction per job. */
  jobMs: { mean: number; p50: number; p95: number; max: number } | null;
  /** performance.now() of every completion, in order. */
  completedAt: number[];
}

/**
 * Follows the queue's event stream (BullMQ QueueEvents) to time the write side: when workers took the first
 * job, when the last one completed, and how long each job was active. Completed jobs are removed at once
 * (removeOnComplete), so the event stream is the only place these times remain.
 */
export class JobTimeline {
  private readonly events: QueueEvents;
  private readonly connection: Redis;
  private readonly activeAt = new Map<string, number>();
  private readonly durations: number[] = [];
  private readonly completedAt: number[] = [];
  private firstActive: number | null = null;
  private lastCompleted: number | null = null;

  constructor(redisUrl: string, prefix: string) {
    this.connection = connectRedis(redisUrl);
    this.events = new QueueEvents(QUEUES.ingest, { connection: this.connection, prefix, blockingTimeout: 1000 });
    this.events.on('active', ({ jobId }) => {
      const now = performance.now();
      this.firstActive ??= now;
      this.activeAt.set(jobId, now);
    });
    this.events.on('completed', ({ jobId }) => {
      const now = performance.now();
      this.lastCompleted = now;
      this.completedAt.push(now);
      const started = this.activeAt.get(jobId);
      if (started !== undefined) this.durations.push(now - started);
    });
  }

  async ready(): Promise<void> {
    await this.events.waitUntilReady();
  }

  summary(): TimelineSummary {
    const sorted = [...this.durations].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return {
      jobs: sorted.length,
      firstActiveAt: this.firstActive,
      lastCompletedAt: this.lastCompleted,
      jobMs: sorted.length === 0 ? null : { mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) },
      completedAt: [...this.completedAt],
    };
  }

  async close(): Promise<void> {
    await this.events.close();
    this.connection.disconnect();
  }
}

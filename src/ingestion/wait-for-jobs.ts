import { IngestQueue } from './ingest-queue';

const PENDING = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * Waits until the given jobs have left the queue (written, or dead-lettered after their retries).
 * Completed jobs are removed at once, so a job that is no longer known counts as finished.
 */
export async function waitForJobs(queue: IngestQueue, jobIds: string[], onProgress?: (finished: number) => void, pollMs = 250): Promise<void> {
  let pending = [...jobIds];
  while (pending.length > 0) {
    const states = await Promise.all(pending.map((id) => queue.getJobState(id)));
    pending = pending.filter((_, i) => PENDING.has(states[i] ?? 'unknown'));
    onProgress?.(jobIds.length - pending.length);
    if (pending.length > 0) await new Promise((r) => setTimeout(r, pollMs));
  }
}

import { Worker } from 'bullmq';
import type { AppContext } from '../../app/app-context';
import { GROCERY_SETTINGS } from '../settings/grocery-settings';
import { enqueueRecordMatching } from '../queue/match-queue';
import { MatchJobData } from '../queue/match-job';
import { startMatchWorker } from '../queue/match-worker';
import { sweepPendingMatches } from '../queue/sweep-pending-matches';

/** The settings a trained model starts from in this deployment. */
export const SERVICE_MATCHING_SETTINGS = GROCERY_SETTINGS;

/** Starts the matching worker and queues the records an earlier process left unmatched. */
export async function startMatching(app: AppContext): Promise<{ worker: Worker<MatchJobData>; swept: number }> {
  const worker = startMatchWorker(app.matcher, app.redis, {
    prefix: app.config.QUEUE_PREFIX,
    concurrency: app.config.MATCH_WORKER_CONCURRENCY,
    lockMs: app.config.WORKER_LOCK_MS,
    settings: SERVICE_MATCHING_SETTINGS,
    queue: app.matchQueue,
  });
  const swept = await sweepPendingMatches(app.graph, app.matchQueue);
  if (swept > 0) app.log.info({ swept }, 'queued records an earlier process left unmatched');
  return { worker, swept };
}

/** What the ingest worker calls after each committed batch. */
export function handOverToMatching(app: AppContext): (recordKeys: string[], jobId: string) => Promise<void> {
  return (recordKeys, jobId) => enqueueRecordMatching(app.matchQueue, recordKeys, jobId);
}

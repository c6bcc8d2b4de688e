import type { AppContext } from '../../app/app-context';
import { CYPHER } from '../../graph/cypher-statements';
import { queueRetrainAfterErasure } from '../../matching/queue/match-queue';
import { eraseCustomer, ErasureReport, ErasureRequest } from './erase-customer';
import { withQueuedModelRetrain } from './scan-for-erased-values';

export interface ModelRetrainReport {
  /** A retrain of the matching model is queued (by this erasure or an earlier one in the window). */
  queued: boolean;
  jobId: string | null;
  /** When it runs, ISO time; null when none is queued. */
  runAt: string | null;
  /** Why none is queued: no stored model holds term-frequency tables, or the queue failed (its error code). */
  notQueuedBecause: string | null;
}

export interface ErasureWithRetrainReport extends ErasureReport {
  modelRetrain: ModelRetrainReport;
}

export type ErasureApp = Pick<AppContext, 'graph' | 'privacy' | 'rawEvents' | 'matchQueue' | 'config' | 'log'>;

/**
 * The erasure both the API (`eraseCustomer`) and the CLI (`idgraph privacy erase`) run: `eraseCustomer`, then,
 * when a stored matching model holds term-frequency tables (the erased names and addresses may be among their
 * values), a retrain `MODEL_RETRAIN_AFTER_ERASURE_MINUTES` later that every erasure in the window shares. The
 * new model is trained without the erased records, and saving it strips every older model of its tables. The
 * scan in the report then marks model hits as awaiting that retrain. A queue failure does not undo or fail the
 * committed erasure: the report says no retrain is queued, and why.
 */
export async function eraseCustomerAndQueueRetrain(app: ErasureApp, request: ErasureRequest): Promise<ErasureWithRetrainReport | null> {
  const report = await eraseCustomer(app.graph, app.privacy.policy, request, app.rawEvents, { log: app.log });
  if (report === null) return null;
  const modelRetrain = await queueRetrain(app);
  return { ...report, scan: withQueuedModelRetrain(report.scan, modelRetrain.queued), modelRetrain };
}

async function queueRetrain(app: ErasureApp): Promise<ModelRetrainReport> {
  const [row] = await app.graph.read<{ models: number }>(CYPHER.countModelsWithTermFrequencies, {}, { actor: 'erasure', purpose: 'erasure' });
  if ((row?.models ?? 0) === 0) return { queued: false, jobId: null, runAt: null, notQueuedBecause: 'no stored matching model holds term-frequency tables' };
  try {
    const queued = await queueRetrainAfterErasure(app.matchQueue, app.config.MODEL_RETRAIN_AFTER_ERASURE_MINUTES * 60_000);
    app.log.info({ jobId: queued.jobId, runAt: queued.runAt, added: queued.added }, 'matching model retrain queued after an erasure');
    return { queued: true, jobId: queued.jobId, runAt: queued.runAt, notQueuedBecause: null };
  } catch (error) {
    app.log.error({ err: error instanceof Error ? error.message : String(error) }, 'queueing the retrain after an erasure failed; run idgraph matching train');
    return { queued: false, jobId: null, runAt: null, notQueuedBecause: 'the matching queue could not be reached: run idgraph matching train' };
  }
}

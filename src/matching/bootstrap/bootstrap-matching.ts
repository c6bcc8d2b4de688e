import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../app/app-context';
import { CYPHER } from '../../graph/cypher-statements';
import { runFullMatching } from '../jobs/full-run';
import { trainFromGraph } from '../jobs/train-from-graph';
import { SERVICE_MATCHING_SETTINGS } from './start-matching';

export interface BootstrapReport {
  trained: boolean;
  /** Why nothing was trained, when nothing was. */
  skipped?: string;
  modelVersion: string | null;
  records: number;
  linksWritten: number;
  merges: number;
}

/**
 * First start of the embedded service: with records in the graph and no model yet, train one and run a
 * full matching pass, so the demo data is matched probabilistically before the first request.
 */
export async function bootstrapMatching(app: AppContext): Promise<BootstrapReport> {
  const active = await app.matcher.models.current(app.graph);
  if (active) return { trained: false, modelVersion: active.model.version, records: 0, linksWritten: 0, merges: 0 };
  const [{ records } = { records: 0 }] = await app.graph.read<{ records: number }>(CYPHER.countSourceRecords, {}, { actor: 'system:bootstrap' });
  if (records === 0) return { trained: false, modelVersion: null, records: 0, linksWritten: 0, merges: 0 };
  const [stale] = await app.graph.read<{ records: number }>(CYPHER.countRecordsWithoutMatchView, {}, { actor: 'system:bootstrap' });
  if ((stale?.records ?? 0) > 0) {
    const skipped = `${String(stale?.records)} records were written before the matching view existed; wipe and reload the demo: npm run services -- wipe --profile dev, then npm start`;
    app.log.warn({ staleRecords: stale?.records }, 'matching bootstrap skipped: records without a matching view');
    return { trained: false, skipped, modelVersion: null, records: 0, linksWritten: 0, merges: 0 };
  }
  const runId = `bootstrap-${randomUUID().slice(0, 8)}`;
  const trained = await trainFromGraph(app.matcher, SERVICE_MATCHING_SETTINGS, { jobId: runId });
  const run = await runFullMatching(app.matcher, { runId });
  return { trained: true, modelVersion: trained.model.version, records: trained.records, linksWritten: run.counts.linksWritten, merges: run.counts.merges };
}

import { randomUUID } from 'node:crypto';
import { AppContext } from '../app/app-context';
import { CYPHER } from '../graph/cypher-statements';
import { SERVICE_MATCHING_SETTINGS } from '../matching/bootstrap/start-matching';
import { runFullMatching } from '../matching/jobs/full-run';
import { trainFromGraph } from '../matching/jobs/train-from-graph';
import { MATCH_JOB_NAMES } from '../matching/queue/match-job';

/** `idgraph matching train`: trains on the graph's records and activates the model; prints its threshold. */
export async function trainCommand(app: AppContext, options: { sample?: number }): Promise<void> {
  const jobId = `train-cli-${randomUUID().slice(0, 8)}`;
  const { model, records, sampled } = await trainFromGraph(app.matcher, SERVICE_MATCHING_SETTINGS, { jobId, ...(options.sample ? { sampleLimit: options.sample } : {}) });
  process.stdout.write(
    `model ${model.version} active: trained on ${String(sampled)} of ${String(records)} records; link threshold p >= ${model.threshold.probability.toFixed(3)} ` +
      `(estimated precision ${model.threshold.estimatedPrecision.toFixed(4)}, recall ${model.threshold.estimatedRecall.toFixed(4)})\n`,
  );
}

/**
 * `idgraph matching run`: a full matching run. `--queue` hands it to the workers (a crashed worker's run is
 * resumed by the next); without it the run happens here, printing progress. `--resume <runId>` continues one.
 */
export async function runCommand(app: AppContext, options: { queue: boolean; resume?: string }): Promise<void> {
  const runId = options.resume ?? `full-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  if (options.queue) {
    await app.matchQueue.add(MATCH_JOB_NAMES.full, { kind: 'full', runId }, { jobId: runId });
    process.stdout.write(`queued full run ${runId}\n`);
    return;
  }
  const result = await runFullMatching(app.matcher, {
    runId,
    onProgress: (p) => {
      process.stderr.write(`\r${runId}: ${p.phase} ${String(p.recordsDone)} records   `);
    },
  });
  process.stderr.write('\n');
  process.stdout.write(`${JSON.stringify({ runId, ...result.counts }, null, 2)}\n`);
}

/** `idgraph matching report`: suspicious customers (cut links, at the size cap) and generic values, as counts and ids only. */
export async function reportCommand(app: AppContext, options: { limit: number }): Promise<void> {
  const active = await app.matcher.models.current(app.graph);
  const cap = active?.model.settings.clustering.maxClusterSize ?? 40;
  const rows = await app.graph.read<{ customerId: string; reasons: string[]; records: number }>(CYPHER.suspiciousClusterReport, { maxClusterSize: cap, limit: options.limit }, { actor: 'cli' });
  const generic = await app.graph.read<{ type: string; reason: string; values: number }>(CYPHER.countGenericValues, {}, { actor: 'cli' });
  process.stdout.write(`active model: ${active?.model.version ?? 'none'}\n`);
  process.stdout.write(`generic values (no longer person evidence):\n`);
  for (const g of generic) process.stdout.write(`  ${g.type.padEnd(16)} ${g.reason.padEnd(18)} ${String(g.values)}\n`);
  process.stdout.write(`customers to review (${String(rows.length)}):\n`);
  for (const row of rows) process.stdout.write(`  ${row.customerId}  ${String(row.records).padStart(4)} records  ${row.reasons.join(', ')}\n`);
}

/** `idgraph matching failed`: the matching dead-letter queue (failed jobs), with `--retry` to run them again. */
export async function failedCommand(app: AppContext, options: { retry: boolean }): Promise<void> {
  const failed = await app.matchQueue.getFailed(0, 999);
  for (const job of failed) {
    const size = job.data.kind === 'records' ? `${String(job.data.recordKeys.length)} records` : job.data.kind;
    process.stdout.write(`${job.id ?? '?'}  ${size}  attempts ${String(job.attemptsMade)}  ${job.failedReason ?? ''}\n`);
    if (options.retry) await job.retry('failed');
  }
  process.stdout.write(`${String(failed.length)} failed matching jobs${options.retry ? ', queued again' : ''}\n`);
}

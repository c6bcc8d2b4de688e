import { AppContext } from '../app/app-context';
import { findAuditEntries, verifyAuditLog } from '../privacy/audit';
import { enforceRetention, eraseCustomerAndQueueRetrain, exportCustomerData, sweepPendingEventErasures } from '../privacy/subject-rights';

const CLI_ROLE = 'privacy_officer';

/** `idgraph privacy retention`: deletes what outlived its category's TTL; prints counts only. */
export async function retentionCommand(app: AppContext): Promise<void> {
  const report = await enforceRetention(app.graph, app.privacy.policy, app.privacy.retention, new Date(), { eventLog: app.rawEvents });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

/**
 * `idgraph privacy erasure-cleanup`: removes the raw events of erasures whose cleanup is pending (the event
 * log was unavailable, or a process died after the graph commit), once; prints counts only.
 */
export async function erasureCleanupCommand(app: AppContext): Promise<void> {
  let total = { pending: 0, completed: 0, rawEvents: 0 };
  for (;;) {
    const sweep = await sweepPendingEventErasures(app.graph, app.rawEvents, { actor: 'cli:erasure-cleanup' });
    total = { pending: total.pending + sweep.pending, completed: total.completed + sweep.completed, rawEvents: total.rawEvents + sweep.rawEvents };
    if (sweep.pending === 0 || sweep.completed === 0) break;
  }
  process.stdout.write(`${JSON.stringify(total)}\n`);
}

/** `idgraph privacy export <customerId> --by <name>`: the access export as JSON on stdout (meant for the requester). */
export async function exportCommand(app: AppContext, customerId: string, options: { by: string }): Promise<number> {
  const exported = await exportCustomerData(app.graph, app.privacy.policy, { customerId, actor: `cli:${options.by}`, role: CLI_ROLE });
  if (exported === null) {
    process.stderr.write(`customerId: no customer "${customerId}"\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(exported, null, 2)}\n`);
  return 0;
}

/**
 * `idgraph privacy erase <customerId> --by --reason`: erases, queues the model retrain, scans, prints counts, the
 * retrain (`modelRetrain`) and the scan's verdict (no values). Exit 2 when the scan found values, unless every
 * hit is a matching model the queued retrain will clean (`scan.modelRetrainPending`).
 */
export async function eraseCommand(app: AppContext, customerId: string, options: { by: string; reason: string }): Promise<number> {
  const report = await eraseCustomerAndQueueRetrain(app, { customerId, actor: `cli:${options.by}`, role: CLI_ROLE, reason: options.reason });
  if (report === null) {
    process.stderr.write(`customerId: no customer "${customerId}"\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (report.modelRetrain.queued) process.stderr.write(`matching model retrain queued (job ${String(report.modelRetrain.jobId)}, runs at ${String(report.modelRetrain.runAt)})\n`);
  return report.scan.clean || report.scan.modelRetrainPending ? 0 : 2;
}

/** `idgraph privacy audit <customerId> [--category health]`: who read this customer's data, and why. */
export async function auditCommand(app: AppContext, customerId: string, options: { category?: string; limit: number }): Promise<void> {
  const entries = await findAuditEntries(app.graph, { customerIds: [customerId], ...(options.category ? { category: options.category } : {}), limit: options.limit }, 'cli');
  for (const e of entries) process.stdout.write(`${JSON.stringify({ seq: e.seq, at: e.at, kind: e.kind, actor: e.actor, role: e.role, purpose: e.purpose, scope: e.scope, fields: e.fields, reasons: e.reasons })}\n`);
}

/** `idgraph privacy audit-verify`: recomputes the hash chain; exit code 3 when it is broken. */
export async function auditVerifyCommand(app: AppContext): Promise<number> {
  const result = await verifyAuditLog(app.graph);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 3;
}

import { randomUUID } from 'node:crypto';
import { CYPHER } from '../../graph/cypher-statements';
import type { TransactionMeta } from '../../graph/graph-executor';
import { ErrorCode, IdentityGraphError } from '../../errors';
import { clusterLinks, Link } from '../clustering/cluster-links';
import { planCustomerIds } from '../identity/plan-customer-ids';
import type { MatchingSettings } from '../settings/matching-settings';
import { loadMatchInputs } from '../store/load-match-inputs';
import type { MatcherContext } from './matcher-context';

/** Deterministic evidence outranks any probabilistic weight, so the guards cut probabilistic links first. */
const DETERMINISTIC_WEIGHT = 1000;
const MAX_ATTEMPTS = 5;

export interface ReclusterOutcome {
  records: number;
  customers: number;
  assignments: number;
  merges: number;
  splits: number;
  newCustomers: number;
  cutLinks: number;
  /** The neighbourhood reached the limit: records linked beyond it were left as they were. */
  truncated: boolean;
  /** Customers whose records changed (kept ids that gained or lost records, new ids, survivors of merges). */
  changedCustomerIds: string[];
  attempts: number;
}

interface EvidenceRow extends Record<string, unknown> {
  links: { fromKey: string; toKey: string; kind: string; matchWeight: number | null; probability: number | null }[];
  neverLinks: { fromKey: string; toKey: string }[];
  customers: { customerId: string; createdAt: string; revision: number }[];
}

interface LockRow extends Record<string, unknown> {
  customers: { customerId: string; revision: number }[];
  assignments: { recordKey: string; customerId: string | null }[];
}

/** Another job changed the neighbourhood between our read and our write: read again. */
class NeighbourhoodChanged extends Error {}

/**
 * Re-decides the customers of some records and everything around them (their customers' records and the
 * records they link to): the links are clustered under the guards and the steward's decisions, and customer
 * ids are carried over so that unchanged customers keep theirs.
 *
 * Concurrency: optimistic. The plan is computed from a read; the write transaction first takes the write
 * lock of every customer involved (in id order) and checks that their revisions and the records' customers
 * are still those read. If another job got there first, the whole re-clustering is read and planned again.
 * Every write of a customer bumps its revision, so two jobs can never both apply a plan made from one state.
 */
/** Records a matching job is done with: cleared of `matchPending` in the re-clustering's own transaction. */
export interface MatchedRecords {
  recordKeys: readonly string[];
  modelVersion: string | null;
}

export async function reclusterNeighbourhood(
  ctx: MatcherContext,
  seedKeys: readonly string[],
  settings: MatchingSettings,
  meta: TransactionMeta,
  matched?: MatchedRecords,
): Promise<ReclusterOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ...(await reclusterOnce(ctx, seedKeys, settings, meta, matched)), attempts: attempt };
    } catch (error) {
      if (!(error instanceof NeighbourhoodChanged) || attempt >= MAX_ATTEMPTS) {
        if (error instanceof NeighbourhoodChanged) {
          throw new IdentityGraphError(ErrorCode.CONCURRENT_UPDATE, `recordKeys: other jobs changed these customers on each of ${String(MAX_ATTEMPTS)} attempts`);
        }
        throw error;
      }
    }
  }
}

async function reclusterOnce(
  ctx: MatcherContext,
  seedKeys: readonly string[],
  settings: MatchingSettings,
  meta: TransactionMeta,
  matched: MatchedRecords | undefined,
): Promise<Omit<ReclusterOutcome, 'attempts'>> {
  const { keys, truncated } = await readNeighbourhood(ctx, seedKeys, meta);
  const recordKeys = [...keys].sort();
  const [evidence] = await ctx.graph.read<EvidenceRow>(CYPHER.loadClusterEvidence, { recordKeys }, meta);
  const inputs = await loadMatchInputs(ctx.graph, recordKeys, meta);
  const present = recordKeys.filter((k) => inputs.has(k));
  const indexOf = new Map(present.map((k, i) => [k, i]));
  const links: Link[] = [];
  const kindOfLink: string[] = [];
  for (const l of evidence?.links ?? []) {
    const [left, right] = [indexOf.get(l.fromKey), indexOf.get(l.toKey)];
    if (left === undefined || right === undefined) continue;
    const forced = l.kind === 'STEWARD';
    const weight = l.kind === 'PROBABILISTIC' ? (l.matchWeight ?? 0) : DETERMINISTIC_WEIGHT;
    links.push({ left, right, weight, probability: l.probability ?? 1, ...(forced ? { forced } : {}) });
    kindOfLink.push(l.kind);
  }
  const kindByLink = new Map(links.map((l, i) => [l, kindOfLink[i] ?? 'PROBABILISTIC']));
  const cannotLink = (evidence?.neverLinks ?? []).flatMap((n) => {
    const [a, b] = [indexOf.get(n.fromKey), indexOf.get(n.toKey)];
    return a === undefined || b === undefined ? [] : [[a, b] as const];
  });
  const clustering = clusterLinks(present.map((k) => inputs.get(k)!.record), links, {
    maxClusterSize: settings.clustering.maxClusterSize,
    uniqueConstraints: settings.clustering.uniqueConstraints,
    cannotLink,
  });

  const customers = evidence?.customers ?? [];
  const current = present.map((k) => ({ recordKey: k, customerId: inputs.get(k)?.customerId ?? null }));
  const plan = planCustomerIds(
    clustering.clusters.map((members) => members.map((i) => present[i] ?? '')),
    current,
    new Map(customers.map((c) => [c.customerId, c.createdAt])),
    () => `cus_${randomUUID()}`,
  );
  const confidenceOf = strongestLinkPerRecord(links, present);
  const cuts = clustering.cutLinks.map((l) => ({
    fromKey: present[l.left],
    toKey: present[l.right],
    kind: kindByLink.get(l) ?? 'PROBABILISTIC',
    reason: l.reason,
    detail: l.detail,
  }));

  const revisionRead = new Map(customers.map((c) => [c.customerId, c.revision]));
  const now = new Date().toISOString();
  await ctx.graph.writeTransaction(async (tx) => {
    const [lock] = await tx.run<LockRow>(CYPHER.lockNeighbourhood, { customerIds: [...revisionRead.keys()].sort(), recordKeys: present });
    const changed =
      (lock?.customers ?? []).some((c) => revisionRead.get(c.customerId) !== c.revision) ||
      (lock?.assignments ?? []).some((a) => (inputs.get(a.recordKey)?.customerId ?? null) !== a.customerId);
    if (changed) throw new NeighbourhoodChanged();
    if (plan.assignments.length > 0) {
      await tx.run(CYPHER.assignRecordsToCustomers, {
        assignments: plan.assignments.map((a) => ({
          ...a,
          confidence: confidenceOf.get(a.recordKey)?.probability ?? 1,
          method: `cluster:${(confidenceOf.get(a.recordKey)?.kind ?? 'single_record').toLowerCase()}`,
        })),
        now,
        jobId: meta.jobId ?? null,
      });
    }
    if (plan.merges.length > 0) {
      await tx.run(CYPHER.mergeCustomers, { merges: plan.merges.map((m) => ({ ...m, reason: 'matching: linked records' })), now, jobId: meta.jobId ?? null });
    }
    const splits = plan.customers.flatMap((c) => (c.splitFrom ? [{ customerId: c.customerId, fromId: c.splitFrom, reason: 'matching: records no longer linked' }] : []));
    if (splits.length > 0) await tx.run(CYPHER.recordCustomerSplits, { splits, now, jobId: meta.jobId ?? null });
    await tx.run(CYPHER.markCutLinks, { recordKeys: present, cuts, now });
    if (matched && matched.recordKeys.length > 0) {
      await tx.run(CYPHER.clearMatchPending, { recordKeys: matched.recordKeys, modelVersion: matched.modelVersion, now, jobId: meta.jobId ?? null });
    }
  }, meta);

  return {
    records: present.length,
    customers: plan.customers.length,
    assignments: plan.assignments.length,
    merges: plan.merges.length,
    splits: plan.customers.filter((c) => c.origin === 'split').length,
    newCustomers: plan.newCustomerIds.length,
    cutLinks: cuts.length,
    truncated,
    changedCustomerIds: [...new Set([...plan.assignments.map((a) => a.customerId), ...plan.merges.map((m) => m.survivorId), ...plan.customers.flatMap((c) => (c.splitFrom ? [c.splitFrom] : []))])],
  };
}

/** The records around the seeds: whole customers, and records linked to them, up to the limit. */
async function readNeighbourhood(ctx: MatcherContext, seedKeys: readonly string[], meta: TransactionMeta): Promise<{ keys: Set<string>; truncated: boolean }> {
  const keys = new Set(seedKeys);
  let frontier = [...keys];
  let truncated = false;
  while (frontier.length > 0) {
    const rows = await ctx.graph.read<{ recordKey: string; customerRecords: string[]; linkedRecords: string[] }>(CYPHER.expandNeighbourhood, { recordKeys: frontier }, meta);
    const next: string[] = [];
    const full = keys.size >= ctx.neighbourhoodLimit;
    for (const row of rows) {
      // Whole customers always: a customer read in part would look split.
      for (const key of row.customerRecords) if (!keys.has(key)) { keys.add(key); next.push(key); }
      if (full) continue;
      for (const key of row.linkedRecords) if (!keys.has(key)) { keys.add(key); next.push(key); }
    }
    if (full) {
      truncated = true;
      // The records just added belong to customers read whole; their own links are left for another job.
      if (next.length > 0) await completeCustomers(ctx, next, keys, meta);
      break;
    }
    frontier = next;
  }
  return { keys, truncated };
}

async function completeCustomers(ctx: MatcherContext, recordKeys: string[], keys: Set<string>, meta: TransactionMeta): Promise<void> {
  let frontier = recordKeys;
  while (frontier.length > 0) {
    const rows = await ctx.graph.read<{ customerRecords: string[] }>(CYPHER.expandNeighbourhood, { recordKeys: frontier }, meta);
    frontier = [];
    for (const row of rows) for (const key of row.customerRecords) if (!keys.has(key)) { keys.add(key); frontier.push(key); }
  }
}

function strongestLinkPerRecord(links: readonly Link[], keys: readonly string[]): Map<string, { probability: number; kind: string }> {
  const best = new Map<string, { probability: number; kind: string; weight: number }>();
  for (const link of links) {
    const kind = link.forced ? 'STEWARD' : link.weight >= DETERMINISTIC_WEIGHT ? 'DETERMINISTIC' : 'PROBABILISTIC';
    for (const index of [link.left, link.right]) {
      const key = keys[index] ?? '';
      const seen = best.get(key);
      const weight = link.forced ? Number.POSITIVE_INFINITY : link.weight;
      if (!seen || weight > seen.weight) best.set(key, { probability: link.probability, kind, weight });
    }
  }
  return best;
}

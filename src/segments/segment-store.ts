import { GraphExecutor } from '../graph/graph-executor';
import { CYPHER } from '../graph/cypher-statements';
import { settleCustomers } from './aggregate-events';
import { isSensitive, SegmentDefinition } from './segment-definitions';
import { describeRule } from './segment-rules';

/** Writes the segment definitions to the graph (run at worker start; a new version replaces the old). */
export async function ensureSegmentDefinitions(graph: GraphExecutor, definitions: readonly SegmentDefinition[]): Promise<void> {
  await graph.write(
    CYPHER.upsertSegmentDefinitions,
    {
      now: new Date().toISOString(),
      segments: definitions.map((d) => ({
        segmentId: d.segmentId, version: d.version, name: d.name, kind: d.kind, owner: d.owner, purpose: d.purpose, description: d.description,
        categories: d.categories, rule: JSON.stringify(d.rule), ruleText: describeRule(d.rule), sensitive: isSensitive(d),
      })),
    },
    { actor: 'system:segments' },
  );
}

export interface RecomputeReport {
  customers: number;
  joined: number;
  left: number;
}

/**
 * The batch recompute: re-evaluates every customer's features and segments at `now` (time-based segments such
 * as lapsed and new change without events; a new definition version applies to everyone), page by page, one
 * transaction per page. Aggregates of merged customers are folded into their survivor on the way.
 */
export async function recomputeSegments(graph: GraphExecutor, definitions: readonly SegmentDefinition[], now = Date.now(), pageSize = 500): Promise<RecomputeReport> {
  const report: RecomputeReport = { customers: 0, joined: 0, left: 0 };
  let after = '';
  for (;;) {
    const page = await graph.read<{ customerId: string }>(CYPHER.pageBehaviourProfiles, { after, limit: pageSize }, { actor: 'system:segments' });
    if (page.length === 0) break;
    const ids = page.map((p) => p.customerId);
    const settled = await graph.writeTransaction((tx) => settleCustomers(tx, ids, definitions, now), { actor: 'system:segments', purpose: 'recompute' });
    report.customers += settled.customers;
    report.joined += settled.joined;
    report.left += settled.left;
    after = ids[ids.length - 1] ?? after;
    if (page.length < pageSize) break;
  }
  return report;
}

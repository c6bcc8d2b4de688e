import { CYPHER } from '../graph/cypher-statements';
import { GraphExecutor, TransactionMeta } from '../graph/graph-executor';
import { HouseholdPlan } from './plan-household-proposals';
import { pages } from './read-household-signals';

export interface HouseholdWriteCounts {
  membershipsCreated: number;
  membershipsUpdated: number;
  membershipsWithdrawn: number;
  householdsDeleted: number;
}

/**
 * Writes a plan household by household, `pageSize` households per transaction, so that one household's
 * withdrawals and proposals land together. An empty plan opens no transaction at all.
 */
export async function writeHouseholdPlan(
  graph: GraphExecutor,
  plan: HouseholdPlan,
  options: { now: string; jobId: string; pageSize: number },
  meta: TransactionMeta,
): Promise<HouseholdWriteCounts> {
  const counts: HouseholdWriteCounts = { membershipsCreated: 0, membershipsUpdated: 0, membershipsWithdrawn: 0, householdsDeleted: 0 };
  const touched = [...new Set([...plan.withdrawals, ...plan.proposals].map((w) => w.householdId))].sort();
  for (const householdIds of pages(touched, options.pageSize)) {
    const inPage = new Set(householdIds);
    const withdrawals = plan.withdrawals.filter((w) => inPage.has(w.householdId));
    const proposals = plan.proposals.filter((p) => inPage.has(p.householdId));
    await graph.writeTransaction(async (tx) => {
      if (withdrawals.length > 0) {
        const [row] = await tx.run<{ withdrawn: number }>(CYPHER.withdrawHouseholdProposals, { withdrawals, now: options.now });
        counts.membershipsWithdrawn += row?.withdrawn ?? 0;
      }
      if (proposals.length > 0) {
        const [row] = await tx.run<{ created: number; updated: number }>(CYPHER.proposeHouseholdMemberships, {
          proposals,
          now: options.now,
          jobId: options.jobId,
        });
        counts.membershipsCreated += row?.created ?? 0;
        counts.membershipsUpdated += row?.updated ?? 0;
      }
      if (withdrawals.length > 0) {
        const emptied = [...new Set(withdrawals.map((w) => w.householdId))];
        const [row] = await tx.run<{ deleted: number }>(CYPHER.deleteEmptyHouseholds, { householdIds: emptied });
        counts.householdsDeleted += row?.deleted ?? 0;
      }
    }, meta);
  }
  return counts;
}

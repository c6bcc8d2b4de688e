import { CYPHER } from '../graph/cypher-statements';
import { GraphExecutor, TransactionMeta } from '../graph/graph-executor';
import { HouseholdSignalKind, MembershipStatus } from './household-signals';

export interface HouseholdMembership {
  customerId: string;
  status: MembershipStatus;
  confidence: number | null;
  evidenceSignals: HouseholdSignalKind[] | null;
  evidenceKeys: string[] | null;
  signal: string | null;
  proposedAt: string | null;
  updatedAt: string | null;
  jobId: string | null;
}

export interface HouseholdView {
  householdId: string;
  createdAt: string | null;
  updatedAt: string | null;
  members: HouseholdMembership[];
}

/** Every household with its memberships, in household id order, read a page at a time. */
export async function listHouseholds(graph: GraphExecutor, meta: TransactionMeta, pageSize = 500): Promise<HouseholdView[]> {
  const households: HouseholdView[] = [];
  for (;;) {
    const rows = await graph.read<HouseholdView & Record<string, unknown>>(CYPHER.listHouseholds, { after: households.at(-1)?.householdId ?? '', limit: pageSize }, meta);
    households.push(...rows);
    if (rows.length < pageSize) return households;
  }
}

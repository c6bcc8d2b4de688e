import { randomUUID } from 'node:crypto';
import { GraphExecutor, TransactionMeta } from '../graph/graph-executor';
import { householdSettings, HouseholdSettings } from './household-settings';
import { planHouseholdProposals } from './plan-household-proposals';
import { findHouseholdScope, listActiveCustomerIds, readHouseholdSignals } from './read-household-signals';
import { HouseholdWriteCounts, writeHouseholdPlan } from './write-household-plan';

export interface DetectHouseholdsOptions {
  /** Plan around these customers (and whoever shares evidence with them); every active customer when omitted. */
  customerIds?: string[];
  jobId: string;
  /** The run's timestamp (ISO 8601), written as proposedAt / updatedAt; defaults to the current time. */
  now?: string;
}

export interface DetectHouseholdsResult extends HouseholdWriteCounts {
  customersRead: number;
  /** Households the evidence supports after this run (unchanged ones included). */
  householdsProposed: number;
  householdsCreated: number;
}

/**
 * The household job: reads household signals, plans PROPOSED memberships, writes what changed. Re-running
 * it on an unchanged graph writes nothing. Memberships a customer CONFIRMED or REJECTED are never changed.
 */
export async function detectHouseholds(
  graph: GraphExecutor,
  options: DetectHouseholdsOptions,
  overrides: Partial<HouseholdSettings> = {},
): Promise<DetectHouseholdsResult> {
  const settings = householdSettings(overrides);
  const meta: TransactionMeta = { actor: 'job:households', jobId: options.jobId, purpose: 'household-detection' };
  const scope =
    options.customerIds === undefined
      ? { customerIds: await listActiveCustomerIds(graph, settings, meta), context: new Set<string>() }
      : await findHouseholdScope(graph, options.customerIds, settings, meta);
  const customers = await readHouseholdSignals(graph, scope.customerIds, settings, meta);
  const plan = planHouseholdProposals({
    customers,
    contextCustomerIds: scope.context,
    settings,
    newHouseholdId: () => `hh_${randomUUID()}`,
  });
  const written = await writeHouseholdPlan(graph, plan, { now: options.now ?? new Date().toISOString(), jobId: options.jobId, pageSize: settings.pageSize }, meta);
  return {
    customersRead: customers.length,
    householdsProposed: plan.households.length,
    householdsCreated: plan.households.filter((h) => h.isNew && h.members.length > 0).length,
    ...written,
  };
}

import { CYPHER } from '../graph/cypher-statements';
import { GraphExecutor, TransactionMeta } from '../graph/graph-executor';
import { HouseholdSettings } from './household-settings';
import { CustomerSignals, ExistingMembership, HOUSEHOLD_IDENTIFIER_TYPES, HeldValue, HouseholdIdentifierType } from './household-signals';

interface SignalRow extends Record<string, unknown> {
  customerId: string;
  familyNames: string[];
  identifiers: { key: string; type: HouseholdIdentifierType; generic: boolean; holders: number }[];
  devices: { key: string; holders: number }[];
  memberships: ExistingMembership[];
}

/** Counting holders stops one past the limit: a value that common is not evidence however common it is. */
const holderCountCap = (settings: HouseholdSettings) => settings.maxCustomersPerValue + 1;

/** The signals of the given customers, read in pages of `settings.pageSize`, one read transaction each. */
export async function readHouseholdSignals(
  graph: GraphExecutor,
  customerIds: readonly string[],
  settings: HouseholdSettings,
  meta: TransactionMeta,
): Promise<CustomerSignals[]> {
  const customers: CustomerSignals[] = [];
  for (const page of pages(customerIds, settings.pageSize)) {
    const rows = await graph.read<SignalRow>(
      CYPHER.findHouseholdSignals,
      { customerIds: page, identifierTypes: HOUSEHOLD_IDENTIFIER_TYPES, holderCountCap: holderCountCap(settings) },
      meta,
    );
    customers.push(...rows.map(toCustomerSignals));
  }
  return customers;
}

/** Every active customer id, a page at a time in id order. */
export async function listActiveCustomerIds(graph: GraphExecutor, settings: HouseholdSettings, meta: TransactionMeta): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const rows = await graph.read<{ customerId: string }>(CYPHER.listActiveCustomerIds, { after: ids.at(-1) ?? '', limit: settings.pageSize }, meta);
    ids.push(...rows.map((r) => r.customerId));
    if (rows.length < settings.pageSize) return ids;
  }
}

/**
 * The customers a run for `seedIds` must plan with: the seeds and whoever shares usable household evidence
 * or a household with them, hop by hop up to `settings.maxNeighbourHops`. `context` holds those found at
 * the last hop, whose own neighbours were not read.
 */
export async function findHouseholdScope(
  graph: GraphExecutor,
  seedIds: readonly string[],
  settings: HouseholdSettings,
  meta: TransactionMeta,
): Promise<{ customerIds: string[]; context: Set<string> }> {
  const seen = new Set(seedIds);
  let frontier = [...seen];
  for (let hop = 0; hop < settings.maxNeighbourHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const page of pages(frontier, settings.pageSize)) {
      const rows = await graph.read<{ customerId: string; neighbourIds: string[] }>(
        CYPHER.findHouseholdNeighbours,
        { customerIds: page, identifierTypes: HOUSEHOLD_IDENTIFIER_TYPES, holderCountCap: holderCountCap(settings) },
        meta,
      );
      for (const id of rows.flatMap((r) => r.neighbourIds)) {
        if (!seen.has(id)) {
          seen.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  return { customerIds: [...seen], context: new Set(frontier) };
}

function toCustomerSignals(row: SignalRow): CustomerSignals {
  const devices: HeldValue[] = row.devices.map((d) => ({ key: d.key, type: 'device', generic: false, holders: d.holders }));
  return {
    customerId: row.customerId,
    familyNames: row.familyNames,
    values: [...row.identifiers, ...devices],
    memberships: row.memberships,
  };
}

export function* pages<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

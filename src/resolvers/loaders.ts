import DataLoader from 'dataloader';
import { CustomerProfile, PROFILE_ATTRIBUTE_PROPERTIES, RawProfile, toCustomerProfile } from '../customer-view/customer-profile';
import { CYPHER } from '../graph/cypher-statements';
import { GraphExecutor, TransactionMeta } from '../graph/graph-executor';
import { SourceReach } from '../privacy/decide';
import { PopulationBaseline } from '../segments/affinities';
import { CustomerBehaviour, loadBaseline, loadBehaviour } from '../segments/customer-insights';
import { RelationshipRow } from './relationship-row';

/** Most holders one identifier lists (a generic value can be held by thousands; those never identify anyone). */
export const MAX_HOLDERS_PER_IDENTIFIER = 50;

/** Per-request loaders: each batches every key asked for in one tick into one Cypher round trip. */
export interface Loaders {
  /** Requested id (maybe an alias) -> active customer id, or null when unknown. */
  activeCustomerId: DataLoader<string, string | null>;
  /** Any customer id (active or absorbed) -> the active customer's profile; also primes activeCustomerId. */
  customerProfile: DataLoader<string, CustomerProfile | null>;
  /** Active customer id -> behaviour aggregate, stated preferences and segment memberships (null: no events yet). */
  behaviour: DataLoader<string, CustomerBehaviour | null>;
  /** The population baseline of affinities, read once per request. */
  baseline(): Promise<PopulationBaseline>;
  /** Identifier key -> the active customers holding it through records in the caller's reach (at most MAX_HOLDERS_PER_IDENTIFIER). */
  identifierHolders: DataLoader<string, string[]>;
  /** Active customer id -> the customer's relationships, either side, any status. */
  customerRelationships: DataLoader<string, RelationshipRow[]>;
}

export function createLoaders(graph: GraphExecutor, meta: TransactionMeta, reach: readonly SourceReach[] | null): Loaders {
  const activeCustomerId = new DataLoader<string, string | null>(async (ids) => {
    const rows = await graph.read<{ requestedId: string; customerId: string | null }>(CYPHER.resolveCustomerId, { customerIds: [...ids] }, meta);
    const byId = new Map(rows.map((r) => [r.requestedId, r.customerId]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const customerProfile: DataLoader<string, CustomerProfile | null> = new DataLoader(async (ids) => {
    const rows = await graph.read<{ requestedId: string; customerId: string; profile: RawProfile }>(CYPHER.getCustomerProfiles, { customerIds: [...ids], attributeProperties: PROFILE_ATTRIBUTE_PROPERTIES }, meta);
    const byId = new Map(rows.map((r) => [r.requestedId, toCustomerProfile(r.profile)]));
    // The statement resolved each id: later ownership checks and reads by the active id in this request need no
    // round trip of their own.
    for (const id of ids) {
      const profile = byId.get(id) ?? null;
      activeCustomerId.prime(id, profile?.id ?? null);
      if (profile !== null && profile.id !== id) {
        activeCustomerId.prime(profile.id, profile.id);
        customerProfile.prime(profile.id, profile);
      }
    }
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    activeCustomerId,
    customerProfile,
    behaviour: new DataLoader(async (ids) => {
      const byId = await loadBehaviour(graph, ids, meta);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    baseline: (() => {
      let once: Promise<PopulationBaseline> | null = null;
      return () => (once ??= loadBaseline(graph, meta));
    })(),
    identifierHolders: new DataLoader(async (keys) => {
      const rows = await graph.read<{ key: string; customerIds: string[] }>(CYPHER.findIdentifierHolders, { keys: [...keys], perKey: MAX_HOLDERS_PER_IDENTIFIER, reach }, meta);
      const byKey = new Map(rows.map((r) => [r.key, r.customerIds]));
      return keys.map((k) => byKey.get(k) ?? []);
    }),
    customerRelationships: new DataLoader(async (ids) => {
      const rows = await graph.read<{ customerId: string; relationships: RelationshipRow[] }>(CYPHER.listCustomerRelationships, { customerIds: [...ids] }, meta);
      const byId = new Map(rows.map((r) => [r.customerId, r.relationships]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
